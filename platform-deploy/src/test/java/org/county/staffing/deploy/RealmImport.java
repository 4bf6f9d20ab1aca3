package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The KeycloakRealmImport made from deploy/keycloak/county-realm.json: the same realm, roles and
 * clients, without the development users (a deployment brings its own people) and with each
 * confidential client's secret taken from the secret keycloak-client-secrets instead of the file.
 */
final class RealmImport {

    static final String PUBLIC_URL = "https://staffing.example";
    static final String CLIENT_SECRETS = "keycloak-client-secrets";

    private RealmImport() {
    }

    static ObjectNode from(Path realmFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
        realm.remove("users");
        // behind the Ingress every request arrives over TLS; refuse plain HTTP from outside the cluster
        realm.put("sslRequired", "external");
        ObjectNode resource = json.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = resource.putObject("metadata");
        metadata.put("name", realm.path("realm").asText() + "-realm");
        metadata.putObject("labels").put("app.kubernetes.io/part-of", "county-staffing");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        spec.set("realm", realm);
        ObjectNode placeholders = json.createObjectNode();
        for (JsonNode client : realm.path("clients")) {
            ObjectNode c = (ObjectNode) client;
            String clientId = c.path("clientId").asText();
            if (c.has("secret")) {
                String placeholder = clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CLIENT_SECRET";
                c.put("secret", "${" + placeholder + "}");
                placeholders.putObject(placeholder).putObject("secret").put("name", CLIENT_SECRETS).put("key", clientId);
            }
            if (c.path("publicClient").asBoolean(false)) {
                c.putArray("redirectUris").add(PUBLIC_URL + "/*");
                // people log in through the login page (code flow with PKCE), never by sending a password to a script
                c.put("directAccessGrantsEnabled", false);
                c.putArray("webOrigins").add(PUBLIC_URL);
                if (c.path("attributes").has("post.logout.redirect.uris")) {
                    ((ObjectNode) c.path("attributes")).put("post.logout.redirect.uris", PUBLIC_URL + "/*");
                }
            }
        }
        spec.set("placeholders", placeholders);
        return resource;
    }
}
