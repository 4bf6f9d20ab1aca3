package org.county.staffing.backbone.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import jakarta.inject.Inject;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A token verified once answers from the cache with its own identity; a changed or expired token
 * is refused 401 as without the cache.
 */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class CachedTokenIdentityProviderTest {

    private static final String WHOAMI = "/samples/caller/whoami";

    @Inject
    CachedTokenIdentityProvider cache;

    @Test
    void eachRememberedTokenKeepsItsOwnIdentity() {
        String bureau = TestTokens.user("jiaoyuju").role(Roles.EDUCATION_BUREAU).token();
        String school = TestTokens.user("xuexiao").role(Roles.SCHOOL).school("3706830001").county("370684").token();

        for (int round = 0; round < 3; round++) {
            given().auth().oauth2(bureau).get(WHOAMI).then().statusCode(200)
                    .body("username", equalTo("jiaoyuju")).body("role", equalTo(Roles.EDUCATION_BUREAU))
                    .body("county", equalTo(TestTokens.COUNTY)).body("school", equalTo("-"));
            given().auth().oauth2(school).get(WHOAMI).then().statusCode(200)
                    .body("username", equalTo("xuexiao")).body("role", equalTo(Roles.SCHOOL))
                    .body("county", equalTo("370684")).body("school", equalTo("3706830001"));
        }
        assertThat(cache.size()).isGreaterThanOrEqualTo(2);
        // the roles are the token's own, also when answered from the cache
        given().auth().oauth2(TestTokens.user("laoshi").role(Roles.TEACHER).token()).get(WHOAMI).then().statusCode(403);
    }

    @Test
    void aTokenChangedAfterItWasRememberedIsRefused() {
        String token = TestTokens.user("jiaoyuju").role(Roles.EDUCATION_BUREAU).token();
        given().auth().oauth2(token).get(WHOAMI).then().statusCode(200);

        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + flipFirst(parts[2]);
        String otherPayload = parts[0] + "." + flipFirst(parts[1]) + "." + parts[2];
        given().auth().oauth2(otherSignature).get(WHOAMI).then().statusCode(401);
        given().auth().oauth2(otherPayload).get(WHOAMI).then().statusCode(401);
        given().auth().oauth2(token).get(WHOAMI).then().statusCode(200);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        String token = TestTokens.user("jiaoyuju").role(Roles.EDUCATION_BUREAU).expiresIn(Duration.ofSeconds(3)).token();
        given().auth().oauth2(token).get(WHOAMI).then().statusCode(200);
        given().auth().oauth2(token).get(WHOAMI).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(token).get(WHOAMI).statusCode() == 401);
        // and stays refused
        given().auth().oauth2(token).get(WHOAMI).then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefusedWithoutEverBeingRemembered() {
        String token = TestTokens.user("jiaoyuju").role(Roles.EDUCATION_BUREAU).expiresIn(Duration.ofSeconds(-60)).token();
        given().auth().oauth2(token).get(WHOAMI).then().statusCode(401);
        given().auth().oauth2(token).get(WHOAMI).then().statusCode(401);
    }

    private static String flipFirst(String segment) {
        char first = segment.charAt(0);
        return (first == 'A' ? 'B' : 'A') + segment.substring(1);
    }
}
