package org.county.staffing.backbone.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.config.BackboneConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token this service verified before, until the token's {@code exp}, with the
 * identity its verification produced; any other token goes on to Quarkus OIDC's full check (its
 * RS256 signature against the realm's keys, issuer, expiry, claims), and when that passes the
 * identity is remembered ({@link Remember}). A user's repeated requests then cost a SHA-256 of the
 * token instead of the signature check and the parsing of its claims. Expiry is wall-clock time, as
 * OIDC checks it, not the platform's business date.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity answered from the cache, so that it is not remembered again. */
    static final String FROM_CACHE = "org.county.staffing.token-from-cache";

    private final VerifiedTokens<SecurityIdentity> verified;

    @Inject
    CachedTokenIdentityProvider(BackboneConfig config) {
        this.verified = new VerifiedTokens<>(config.tokens().cacheSize());
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of Quarkus OIDC's provider (the default priority). */
    @Override
    public int priority() {
        return IdentityProvider.SYSTEM_FIRST * 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = verified.find(request.getToken().getToken(), System.currentTimeMillis()).orElse(null);
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        // the identity's request-bound attributes are this request's, as OIDC would have set them
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                .addAttribute(RoutingContext.class.getName(), HttpSecurityUtils.getRoutingContextAttribute(request))
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .build());
    }

    void remember(String token, SecurityIdentity identity, long expiresAtMillis) {
        verified.remember(token, identity, expiresAtMillis, System.currentTimeMillis());
    }

    int size() {
        return verified.size();
    }

    /** Remembers each identity Quarkus OIDC verified from a bearer token, until the token's expiry. */
    @ApplicationScoped
    public static class Remember implements SecurityIdentityAugmentor {

        @Inject
        CachedTokenIdentityProvider cache;

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
            if (token != null && identity.getAttribute(FROM_CACHE) == null
                    && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
                SecurityIdentity kept = QuarkusSecurityIdentity.builder(identity)
                        .addAttribute(RoutingContext.class.getName(), null)
                        .addAttribute(AuthenticationRequestContext.class.getName(), null)
                        .addAttribute(FROM_CACHE, Boolean.TRUE)
                        .build();
                cache.remember(token.getToken(), kept, jwt.getExpirationTime() * 1000);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
