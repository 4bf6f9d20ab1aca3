package org.county.staffing.infra.demo;

import java.util.Map;

/**
 * Where the five services and Keycloak answer. {@code keycloak} is the server's base URL
 * ({@code http://localhost:8180}); the county realm's issuer is {@code keycloak + /realms/county}.
 */
public record Endpoints(String quota, String post, String recruitment, String rotation, String audit, String keycloak) {

    public static final String REALM = "county";

    /** The local platform's ports ({@code ./platform up}). */
    public static Endpoints local() {
        return new Endpoints("http://localhost:8081", "http://localhost:8082", "http://localhost:8083",
                "http://localhost:8084", "http://localhost:8085", "http://localhost:8180");
    }

    public String url(Service service) {
        return switch (service) {
            case QUOTA -> quota;
            case POST -> post;
            case RECRUITMENT -> recruitment;
            case ROTATION -> rotation;
            case AUDIT -> audit;
        };
    }

    public String issuer() {
        return keycloak + "/realms/" + REALM;
    }

    public Map<Service, String> services() {
        return Map.of(Service.QUOTA, quota, Service.POST, post, Service.RECRUITMENT, recruitment, Service.ROTATION, rotation,
                Service.AUDIT, audit);
    }

    /** The services, by the department each serves. */
    public enum Service {
        QUOTA("quota-service"),
        POST("post-service"),
        RECRUITMENT("recruitment-service"),
        ROTATION("rotation-service"),
        AUDIT("audit-service");

        public final String serviceName;

        Service(String serviceName) {
            this.serviceName = serviceName;
        }
    }
}
