package org.county.staffing.infra.testing;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens shaped like the county realm's Keycloak tokens ({@code realm_access.roles},
 * {@code county_id}, {@code school_id}, {@code teacher_id}), signed with an RSA key made for
 * this test JVM. The services under test verify them with the matching public key, so the
 * whole OIDC bearer-token path runs, only without a Keycloak server.
 */
public final class TestTokens {

    public static final String ISSUER = "https://oidc.test.county.local/realms/county";
    public static final String COUNTY = "370683";
    private static final String PRIVATE_KEY = "county.test.oidc.private-key";
    private static final String PUBLIC_KEY = "county.test.oidc.public-key";

    private TestTokens() {
    }

    /** The base64 X.509 public key the services are configured with ({@code quarkus.oidc.public-key}). */
    public static String publicKey() {
        ensureKeys();
        return System.getProperty(PUBLIC_KEY);
    }

    public static Builder user(String username) {
        return new Builder(username);
    }

    public static String of(String username, String role) {
        return user(username).role(role).token();
    }

    private static synchronized void ensureKeys() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PRIVATE_KEY) != null) {
                return;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static PrivateKey privateKey() {
        ensureKeys();
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Builder {
        private final String username;
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private List<String> roles = List.of();
        private String subject = UUID.randomUUID().toString();
        private Duration lifetime = Duration.ofMinutes(30);

        private Builder(String username) {
            this.username = username;
            claims.put("county_id", COUNTY);
        }

        public Builder role(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder county(String countyId) {
            return claim("county_id", countyId);
        }

        public Builder school(String schoolId) {
            return claim("school_id", schoolId);
        }

        public Builder teacher(String teacherId) {
            return claim("teacher_id", teacherId);
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder expiresIn(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        public Builder claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        public String token() {
            long now = System.currentTimeMillis() / 1000;
            JwtClaimsBuilder jwt = Jwt.claims()
                    .issuer(ISSUER)
                    .subject(subject)
                    .claim("preferred_username", username)
                    .claim("typ", "Bearer")
                    .claim("azp", "county-console")
                    .claim("realm_access", Map.of("roles", roles))
                    .issuedAt(now)
                    .expiresAt(now + lifetime.toSeconds());
            claims.forEach(jwt::claim);
            return jwt.jws().keyId("test").sign(privateKey());
        }
    }
}
