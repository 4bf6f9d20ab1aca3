package org.county.staffing.backbone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Input hardening every service gets from the backbone (issue 17): control characters, strict JSON
 * types, and over-long or over-large requests, each answered as a problem naming rule and field.
 */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class InputHardeningTest {

    private static String bureau() {
        return TestTokens.of("jiaoyuju", "education-bureau");
    }

    private static ValidatableResponse post(String json) {
        return given().auth().oauth2(bureau()).contentType(ContentType.JSON)
                .body(json.getBytes(StandardCharsets.UTF_8)).post("/samples").then();
    }

    @Test
    void aWellTypedBodyIsReadAsWritten() {
        post("""
                {"count": 3, "small": -2, "big": 9000000000, "amount": 12.5, "flag": true, "late": false,
                 "on": "2026-12-01", "at": "2026-12-01T08:00:00Z", "name": "line one\\nline\\ttwo", "shape": "ROUND",
                 "tags": ["a"], "parts": [{"label": "p", "size": 1}], "extra": {"k": "v"}, "free": {"x": [1, "y"]}}""")
                .statusCode(200).body("count", equalTo(3)).body("on", equalTo("2026-12-01"))
                .body("name", equalTo("line one\nline\ttwo")).body("free.x[1]", equalTo("y"));
    }

    @ParameterizedTest(name = "{0} is refused as FIELD_TYPE on {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"on\": 20261201}|on",
            "{\"on\": 1.5}|on",
            "{\"at\": 1764547200}|at",
            "{\"on\": \"\"}|on",
            "{\"ref\": \"\"}|ref",
            "{\"ref\": \"not-a-uuid\"}|ref",
            "{\"flag\": 1}|flag",
            "{\"late\": 1}|late",
            "{\"late\": \"true\"}|late",
            "{\"count\": \"12\"}|count",
            "{\"count\": 12.5}|count",
            "{\"count\": \"\"}|count",
            "{\"amount\": \"12.5\"}|amount",
            "{\"name\": 12}|name",
            "{\"name\": true}|name",
            "{\"shape\": \"round\"}|shape",
            "{\"shape\": \"HEXAGON\"}|shape",
            "{\"shape\": \" ROUND \"}|shape",
            "{\"shape\": \"ROUND \"}|shape",
            "{\"shape\": 0}|shape",
            "{\"tags\": \"a\"}|tags",
            "{\"count\": [1]}|count",
            "{\"count\": 2147483648}|count",
            "{\"small\": -2147483649}|small",
            "{\"big\": 9223372036854775808}|big",
            "{\"parts\": [{\"size\": 99999999999}]}|parts[0].size",
    })
    void wrongJsonTypesAreNotCoerced(String body, String field) {
        post(body).statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo(field))
                .body("reason.en", notNullValue()).body("reason.zh", notNullValue());
    }

    @ParameterizedTest(name = "a control character in {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"a\\u0000b\"}|name",
            "{\"name\": \"bell\\u0007\"}|name",
            "{\"tags\": [\"ok\", \"\\u001f\"]}|tags[1]",
            "{\"parts\": [{\"label\": \"\\u0000\"}]}|parts[0].label",
            "{\"extra\": {\"k\": \"\\u0000\"}}|extra.k",
            "{\"free\": {\"x\": [\"ok\", \"\\u0000\"]}}|free.x[1]",
    })
    void controlCharactersInJsonStringsAreRefusedNamingTheField(String body, String field) {
        post(body).statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo(field))
                .body("reason.zh", containsString("控制字符"));
    }

    @Test
    void controlCharactersInPathAndQueryParametersAreRefusedNamingTheParameter() {
        given().auth().oauth2(bureau()).urlEncodingEnabled(false).get("/samples/a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo("name"));
        given().auth().oauth2(bureau()).urlEncodingEnabled(false).get("/samples/ok?q=%00")
                .then().statusCode(400).body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo("q"));
        given().auth().oauth2(bureau()).urlEncodingEnabled(false).get("/samples/ok?q=tab%09")
                .then().statusCode(400).body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo("q"));
        // a typed parameter is checked before it is converted
        given().auth().oauth2(bureau()).urlEncodingEnabled(false).get("/widgets?shape=%00")
                .then().statusCode(400).body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo("shape"));
        given().auth().oauth2(bureau()).urlEncodingEnabled(false).get("/samples/%E4%B8%AD?q=%E2%80%8Fx")
                .then().statusCode(200).body("name", equalTo("中"));
    }

    @Test
    void anOverLongUriIsA414Problem() {
        given().auth().oauth2(bureau()).get("/samples/ok?q=" + "x".repeat(20_000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("rule", equalTo("URI_TOO_LONG")).body("reason.zh", notNullValue());
        given().auth().oauth2(bureau()).get("/samples/ok?q=" + "x".repeat(5_000)).then().statusCode(200);
    }

    @Test
    void anOverLargeBodyIsA413Problem() {
        // the test application accepts bodies up to 64 KiB
        String big = "{\"name\": \"" + "x".repeat(100_000) + "\"}";
        post(big).statusCode(413).contentType("application/problem+json")
                .body("rule", equalTo("BODY_TOO_LARGE")).body("reason.zh", notNullValue());
        post("{\"name\": \"" + "x".repeat(30_000) + "\"}").statusCode(200);
    }
}
