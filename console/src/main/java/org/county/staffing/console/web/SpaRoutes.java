package org.county.staffing.console.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * The SPA routes in the browser (/schools/137..., /plans): a page load of such an address gets
 * index.html; the hashed assets may be cached for good.
 */
@ApplicationScoped
public class SpaRoutes {

    void routes(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "/(?!api/|q/|assets/|config\\.json)[^.]*").order(-5).handler(ctx -> {
            String accept = ctx.request().getHeader("Accept");
            if (!ctx.request().path().equals("/") && accept != null && accept.contains("text/html")) {
                ctx.reroute("/");
            } else {
                ctx.next();
            }
        });
        router.route("/assets/*").order(-5).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> ctx.response().putHeader("Cache-Control", "public, max-age=31536000, immutable"));
            ctx.next();
        });
    }
}
