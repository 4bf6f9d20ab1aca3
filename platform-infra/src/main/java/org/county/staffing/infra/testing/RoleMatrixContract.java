package org.county.staffing.infra.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Security tests generated from a service's {@code role-matrix.csv}. Extend it in a
 * {@code @QuarkusTest} class of the service. For every endpoint: no token is 401, every role not
 * in the matrix is 403, a user of another county gets no data, a school (teacher) user on another
 * school's (teacher's) record is 403, and every listed role gets through authorization. An
 * endpoint the application serves but the matrix does not declare fails the coverage test.
 */
public abstract class RoleMatrixContract {

    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** Values for path parameters; the matrix tests call every endpoint with these. */
    protected abstract Map<String, String> pathValues();

    /** A request body accepted as JSON by write endpoints; refusals after authorization are fine. */
    protected Object sampleBody(RoleMatrix.Entry entry) {
        return Map.of();
    }

    protected RoleMatrix matrix() {
        return RoleMatrix.load("role-matrix.csv");
    }

    @TestFactory
    Stream<DynamicTest> everyServedEndpointIsDeclaredInTheMatrix() throws Exception {
        JsonNode openApi = new ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Set<String> served = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (HTTP_METHODS.contains(method)) {
                    served.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        Set<String> declared = new TreeSet<>();
        matrix().entries().forEach(e -> declared.add(e.key()));
        return Stream.of(
                DynamicTest.dynamicTest("every served endpoint is declared", () -> {
                    Set<String> undeclared = new TreeSet<>(served);
                    undeclared.removeAll(declared);
                    Assertions.assertTrue(undeclared.isEmpty(), "endpoints without a role-matrix.csv line: " + undeclared);
                }),
                DynamicTest.dynamicTest("every declared endpoint is served", () -> {
                    Set<String> stale = new TreeSet<>(declared);
                    stale.removeAll(served);
                    Assertions.assertTrue(stale.isEmpty(), "role-matrix.csv lines without an endpoint: " + stale);
                }));
    }

    @TestFactory
    Stream<DynamicTest> withoutATokenEveryEndpointIs401() {
        return matrix().entries().stream().map(entry -> DynamicTest.dynamicTest(entry.key(), () ->
                assertStatus(entry, call(entry, null), 401)));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleNotInTheMatrixIs403() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RoleMatrix.Entry entry : matrix().entries()) {
            for (String role : RoleMatrix.ROLES) {
                if (!entry.roles().contains(role)) {
                    tests.add(DynamicTest.dynamicTest(entry.key() + " as " + role, () ->
                            assertStatus(entry, call(entry, tokenFor(role, entry, true)), 403)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleInTheMatrixIsAuthorized() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RoleMatrix.Entry entry : matrix().entries()) {
            for (String role : entry.roles()) {
                tests.add(DynamicTest.dynamicTest(entry.key() + " as " + role, () -> {
                    Response response = call(entry, tokenFor(role, entry, true));
                    int status = response.statusCode();
                    Assertions.assertTrue(status != 401 && status != 403 && status < 500,
                            entry.key() + " as " + role + " answered " + status + ": " + response.asString());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> schoolAndTeacherUsersAreBoundToTheirOwnRecords() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RoleMatrix.Entry entry : matrix().entries()) {
            if (entry.schoolScoped() && entry.roles().contains("school")) {
                tests.add(DynamicTest.dynamicTest(entry.key() + " as another school", () ->
                        assertStatus(entry, call(entry, tokenFor("school", entry, false)), 403)));
            }
            if (entry.teacherScoped() && entry.roles().contains("teacher")) {
                tests.add(DynamicTest.dynamicTest(entry.key() + " as another teacher", () ->
                        assertStatus(entry, call(entry, tokenFor("teacher", entry, false)), 403)));
            }
        }
        return tests.stream();
    }

    /** A token for the role; school and teacher users own the record the path names, or another one. */
    protected String tokenFor(String role, RoleMatrix.Entry entry, boolean ownRecord) {
        TestTokens.Builder user = TestTokens.user("matrix-" + role).role(role);
        String scoped = entry.scopeParam().isEmpty() ? null : pathValues().get(entry.scopeParam());
        if ("school".equals(role)) {
            user.school(ownRecord && entry.schoolScoped() && scoped != null ? scoped : "1999999999");
        }
        if ("teacher".equals(role)) {
            user.teacher(ownRecord && entry.teacherScoped() && scoped != null ? scoped : "00000000-0000-0000-0000-000000000000");
        }
        return user.token();
    }

    protected Response call(RoleMatrix.Entry entry, String token) {
        RequestSpecification request = given().contentType("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (entry.method().equals("POST") || entry.method().equals("PUT") || entry.method().equals("PATCH")) {
            request.body(sampleBody(entry));
        }
        return request.request(entry.method(), resolve(entry.path()));
    }

    private String resolve(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = pathValues().get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("pathValues() has no value for {" + m.group(1) + "} of " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void assertStatus(RoleMatrix.Entry entry, Response response, int expected) {
        Assertions.assertEquals(expected, response.statusCode(), entry.key() + " answered " + response.asString());
        Assertions.assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                entry.key() + " refused without a problem+json body");
    }
}
