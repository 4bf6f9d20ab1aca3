package org.county.staffing.console.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the console forwards each service's API, and what the browser needs to log in. */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    /** Service short name (the segment after /api/) to its upstream. */
    Map<String, Route> routes();

    /** How long a forwarded request may take (a county's rotation simulation is the longest). */
    Duration upstreamTimeout();

    Keycloak keycloak();

    interface Route {
        /**
         * The service's base URL, e.g. http://localhost:8081; with several instances, each one's,
         * comma-separated: requests are spread over them in turn.
         */
        List<String> url();

        /** Prepended to the forwarded path (audit-service serves under /audit). */
        Optional<String> pathPrefix();
    }

    interface Keycloak {
        /** Keycloak as the browser reaches it. */
        String url();

        String realm();

        String clientId();
    }
}
