package org.county.staffing.console.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.county.staffing.console.config.ConsoleConfig;

/** What the SPA needs before it can log anyone in: where Keycloak is, the realm and the client. */
@Path("/config.json")
public class ConsoleSettingsResource {

    public record ConsoleSettingsView(String keycloakUrl, String realm, String clientId, String authority) {
    }

    private final ConsoleConfig config;

    public ConsoleSettingsResource(ConsoleConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response settings() {
        ConsoleConfig.Keycloak keycloak = config.keycloak();
        String base = keycloak.url().replaceAll("/+$", "");
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(new ConsoleSettingsView(base, keycloak.realm(), keycloak.clientId(),
                base + "/realms/" + keycloak.realm())).cacheControl(noCache).build();
    }
}
