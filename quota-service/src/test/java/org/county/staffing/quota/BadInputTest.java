package org.county.staffing.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.bureau;
import static org.county.staffing.quota.support.Quota.enroll;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.CountyState;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Refused requests: each answers problem+json with the status, the rule and the field it broke, in
 * English and Chinese, and leaves every table of the county (and the outbox) as it was.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class BadInputTest {

    @Inject
    DataSource dataSource;

    record Case(String name, Function<Fixture, Response> call, int status, String rule, String field) {
    }

    record Fixture(String county, String nineYear, String rich, String poor, String kindergarten) {
    }

    static Case refused(String name, int status, String rule, String field, Function<Fixture, Response> call) {
        return new Case(name, call, status, rule, field);
    }

    static Response put(Fixture f, String path, Object body, String role) {
        RequestSpecification request = "education-bureau".equals(role) ? bureau(f.county()) : office(f.county());
        return request.body(body).put(path);
    }

    static Response post(Fixture f, String path, Object body) {
        return office(f.county()).body(body).post(path);
    }

    static Response enrollment(Fixture f, String year, Object body) {
        return put(f, "/schools/" + f.nineYear() + "/enrollment/" + year, body, "education-bureau");
    }

    static Map<String, Object> transfer(String from, String to, Object amount) {
        return Map.of("fromSchoolId", from, "toSchoolId", to, "amount", amount, "reason", "rebalance");
    }

    @TestFactory
    Stream<DynamicTest> everyRefusalNamesItsRuleAndFieldAndWritesNothing() {
        String county = newCounty();
        String nineYear = register(county, "SCHOOL", List.of("PRIMARY", "JUNIOR"), "TOWN", "沙河学区");
        String rich = register(county, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        String poor = register(county, "SCHOOL", List.of("PRIMARY"), "RURAL", "沙河学区");
        String kindergarten = register(county, "KINDERGARTEN", List.of("KINDERGARTEN"), "URBAN", "城区学区");
        allocate(county, rich, 5000);
        allocate(county, poor, 3);
        enroll(county, nineYear, "2026-2027", Map.of("PRIMARY", 812, "JUNIOR", 402));
        Fixture f = new Fixture(county, nineYear, rich, poor, kindergarten);

        List<Case> cases = new ArrayList<>(List.of(
                // enrollment
                refused("enrollment of an unknown school", 404, "SCHOOL_EXISTS", "schoolId",
                        x -> put(x, "/schools/2999999999/enrollment/2026-2027", Map.of("PRIMARY", 1), "education-bureau")),
                refused("a negative count", 400, "COUNT_NOT_NEGATIVE", "PRIMARY",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", -5, "JUNIOR", 402))),
                refused("a fractional count", 400, "COUNT_WHOLE_NUMBER", "JUNIOR",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", 812, "JUNIOR", 402.5))),
                refused("a count as text", 400, "COUNT_WHOLE_NUMBER", "PRIMARY",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", "812", "JUNIOR", 402))),
                refused("an implausible count", 400, "COUNT_PLAUSIBLE", "PRIMARY",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", 2_000_000, "JUNIOR", 402))),
                refused("an unknown stage", 400, "STAGE_KNOWN", "UNIVERSITY",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", 812, "JUNIOR", 402, "UNIVERSITY", 30))),
                refused("a stage the school does not teach", 422, "STAGE_TAUGHT", "SENIOR",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", 812, "JUNIOR", 402, "SENIOR", 30))),
                refused("a taught stage left out", 422, "ENROLLMENT_COMPLETE", "JUNIOR",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", 812))),
                refused("more classes than students", 422, "CLASSES_CONSISTENT", "classes.JUNIOR",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", 812, "JUNIOR", 4, "classes", Map.of("JUNIOR", 9)))),
                refused("a negative number of classes", 400, "COUNT_NOT_NEGATIVE", "classes.PRIMARY",
                        x -> enrollment(x, "2026-2027", Map.of("PRIMARY", 812, "JUNIOR", 402, "classes", Map.of("PRIMARY", -1)))),
                refused("an empty enrollment", 400, "ENROLLMENT_NOT_EMPTY", null, x -> enrollment(x, "2026-2027", Map.of())),
                refused("a school year with a slash", 400, "SCHOOL_YEAR_FORMAT", "schoolYear",
                        x -> enrollment(x, "2026_2027", Map.of("PRIMARY", 812, "JUNIOR", 402))),
                refused("a school year of non-consecutive years", 400, "SCHOOL_YEAR_FORMAT", "schoolYear",
                        x -> enrollment(x, "2026-2028", Map.of("PRIMARY", 812, "JUNIOR", 402))),
                // transfers
                refused("a transfer to itself", 422, "TRANSFER_DISTINCT_SCHOOLS", "toSchoolId",
                        x -> post(x, "/transfers", transfer(x.rich(), x.rich(), 1))),
                refused("a transfer beyond the source's balance", 409, "BALANCE_SUFFICIENT", "amount",
                        x -> post(x, "/transfers", transfer(x.poor(), x.rich(), 4))),
                refused("a transfer of nothing", 400, "TRANSFER_AMOUNT_POSITIVE", "amount",
                        x -> post(x, "/transfers", transfer(x.rich(), x.poor(), 0))),
                refused("a negative transfer", 400, "TRANSFER_AMOUNT_POSITIVE", "amount",
                        x -> post(x, "/transfers", transfer(x.rich(), x.poor(), -3))),
                refused("a fractional transfer", 400, "FIELD_TYPE", "amount",
                        x -> post(x, "/transfers", transfer(x.rich(), x.poor(), 2.5))),
                refused("a transfer from an unknown school", 404, "SCHOOL_EXISTS", "fromSchoolId",
                        x -> post(x, "/transfers", transfer("2999999999", x.poor(), 1))),
                refused("a transfer between pools", 422, "TRANSFER_WITHIN_POOL", "toSchoolId",
                        x -> post(x, "/transfers", transfer(x.rich(), x.kindergarten(), 1))),
                refused("a transfer without a reason", 400, "REASON_REQUIRED", "reason",
                        x -> post(x, "/transfers", Map.of("fromSchoolId", x.rich(), "toSchoolId", x.poor(), "amount", 1))),
                refused("a transfer naming a malformed school id", 400, "SCHOOL_ID_FORMAT", "toSchoolId",
                        x -> post(x, "/transfers", transfer(x.rich(), "12345", 1))),
                // allocations and pools
                refused("an allocation beyond the pool", 409, "POOL_CAPACITY", "delta",
                        x -> post(x, "/schools/" + x.poor() + "/quota/adjustments", Map.of("delta", 600, "reason", "more"))),
                refused("an allocation below zero", 409, "BALANCE_SUFFICIENT", "delta",
                        x -> post(x, "/schools/" + x.poor() + "/quota/adjustments", Map.of("delta", -4, "reason", "less"))),
                refused("an allocation of zero", 400, "DELTA_NOT_ZERO", "delta",
                        x -> post(x, "/schools/" + x.poor() + "/quota/adjustments", Map.of("delta", 0, "reason", "nothing"))),
                refused("an allocation without a delta", 400, "NOT_NULL", "delta",
                        x -> post(x, "/schools/" + x.poor() + "/quota/adjustments", Map.of("reason", "forgot"))),
                refused("an allocation to an unknown school", 404, "SCHOOL_EXISTS", "schoolId",
                        x -> post(x, "/schools/2999999999/quota/adjustments", Map.of("delta", 1, "reason", "x"))),
                refused("an unknown pool", 404, "POOL_KNOWN", "pool",
                        x -> post(x, "/pools/UNIVERSITY/adjustments", Map.of("delta", 10, "reason", "x"))),
                refused("a pool total below its allocations", 409, "POOL_TOTAL_COVERS_ALLOCATIONS", "delta",
                        x -> post(x, "/pools/K12/adjustments", Map.of("delta", -600, "reason", "cut"))),
                refused("a pool change without a reason", 400, "REASON_REQUIRED", "reason",
                        x -> post(x, "/pools/K12/adjustments", Map.of("delta", 10, "reason", " "))),
                // standards
                refused("a standard for an unknown stage", 404, "STAGE_KNOWN", "stage",
                        x -> put(x, "/standards/UNIVERSITY", Map.of("studentsPerStaff", 12, "effectiveFrom", "2027-09-01"), "")),
                refused("a standard of zero students per staff member", 400, "STANDARD_RATIO_RANGE", "studentsPerStaff",
                        x -> put(x, "/standards/PRIMARY", Map.of("studentsPerStaff", 0, "effectiveFrom", "2027-09-01"), "")),
                refused("a standard with three decimals", 400, "STANDARD_RATIO_PRECISION", "studentsPerStaff",
                        x -> put(x, "/standards/PRIMARY", Map.of("studentsPerStaff", 12.555, "effectiveFrom", "2027-09-01"), "")),
                refused("a standard given as text", 400, "FIELD_TYPE", "studentsPerStaff",
                        x -> put(x, "/standards/PRIMARY", Map.of("studentsPerStaff", "12.5", "effectiveFrom", "2027-09-01"), "")),
                refused("a standard from an impossible date", 400, "FIELD_TYPE", "effectiveFrom",
                        x -> put(x, "/standards/PRIMARY", Map.of("studentsPerStaff", 18, "effectiveFrom", "2027-13-01"), "")),
                // verifications
                refused("an unknown verification kind", 400, "FIELD_TYPE", "kind",
                        x -> post(x, "/verifications", Map.of("schoolYear", "2026-2027", "kind", "MONTHLY"))),
                refused("a verification of a malformed school year", 400, "SCHOOL_YEAR_FORMAT", "schoolYear",
                        x -> post(x, "/verifications", Map.of("schoolYear", "26-27", "kind", "TRIENNIAL"))),
                refused("a verification of the institutions' pool", 422, "VERIFICATION_POOL", "pool",
                        x -> post(x, "/verifications", Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL", "pool", "INSTITUTION"))),
                refused("a triennial verification before every enrollment is in", 422, "ENROLLMENT_REPORTED", "schoolYear",
                        x -> post(x, "/verifications", Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL"))),
                refused("a triennial verification naming schools", 422, "TRIENNIAL_COVERS_ALL", "schoolIds",
                        x -> post(x, "/verifications", Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL", "schoolIds", List.of(x.rich())))),
                refused("approving an unknown verification", 404, "VERIFICATION_EXISTS", "verificationId",
                        x -> post(x, "/verifications/6f1c5a36-8f55-4a4f-9d5e-2b2f8d6c0a11/approval", Map.of())),
                // mergers, plans, findings
                refused("a merger into an unknown school", 404, "SCHOOL_EXISTS", "intoSchoolId",
                        x -> post(x, "/schools/" + x.poor() + "/merge", Map.of("intoSchoolId", "2999999999", "reason", "layout"))),
                refused("a merger without a reason", 400, "REASON_REQUIRED", "reason",
                        x -> post(x, "/schools/" + x.poor() + "/merge", Map.of("intoSchoolId", x.rich()))),
                refused("a decision on an unknown plan", 404, "PLAN_EXISTS", "planId",
                        x -> post(x, "/plans/6f1c5a36-8f55-4a4f-9d5e-2b2f8d6c0a11/decision", Map.of("decision", "APPROVE"))),
                refused("a decision that is neither approve nor reject", 400, "FIELD_TYPE", "decision",
                        x -> post(x, "/plans/6f1c5a36-8f55-4a4f-9d5e-2b2f8d6c0a11/decision", Map.of("decision", "MAYBE"))),
                refused("a rectification without a note", 400, "NOTE_REQUIRED", "note",
                        x -> post(x, "/findings/6f1c5a36-8f55-4a4f-9d5e-2b2f8d6c0a11/rectification", Map.of("note", ""))),
                refused("an inspection of an unknown school", 404, "SCHOOL_EXISTS", "schoolIds",
                        x -> post(x, "/inspections", Map.of("schoolIds", List.of("2999999999")))),
                // issue 17: no coercion of a number into a date, no NUL byte reaching the database
                refused("a standard effective from a number", 400, "FIELD_TYPE", "effectiveFrom",
                        x -> put(x, "/standards/PRIMARY", Map.of("studentsPerStaff", 19, "effectiveFrom", 20261201,
                                "reason", "issue 17"), "staffing-office")),
                refused("a district filter with a NUL byte", 400, "CONTROL_CHARACTER", "district",
                        x -> office(x.county()).urlEncodingEnabled(false).get("/quotas?district=%00")),
                refused("a school id with a NUL byte", 400, "CONTROL_CHARACTER", "id",
                        x -> office(x.county()).urlEncodingEnabled(false).get("/schools/%00")),
                // issue 17: a body is required where the operation takes one (an empty scope is {})
                refused("an inspection without a body", 400, "NOT_NULL", "request",
                        x -> office(x.county()).post("/inspections")),
                refused("an inspection whose body is JSON null", 400, "NOT_NULL", "request",
                        x -> office(x.county()).body("null").post("/inspections")),
                refused("an enrollment report without a body", 400, "NOT_NULL", "request",
                        x -> bureau(x.county()).put("/schools/" + x.nineYear() + "/enrollment/2026-2027")),
                // query parameters read by the backbone's converters: the same rules as every service
                refused("a standards date that is a number", 400, "FIELD_TYPE", "on",
                        x -> office(x.county()).get("/standards?on=20261201")),
                refused("a negative ledger limit", 400, "PAGING_RANGE", "limit", x -> office(x.county()).get("/ledger?limit=-1")),
                refused("a ledger offset that is a word", 400, "FIELD_TYPE", "offset",
                        x -> office(x.county()).get("/ledger?offset=first")),
                refused("an entry kind nobody knows", 400, "FIELD_TYPE", "kind",
                        x -> office(x.county()).get("/ledger?kind=DROP%20TABLE")),
                refused("a staffing status in lower case", 400, "FIELD_TYPE", "status",
                        x -> office(x.county()).get("/quotas?status=over_staffed")),
                refused("a finding kind nobody knows", 400, "FIELD_TYPE", "kind", x -> office(x.county()).get("/findings?kind=THEFT")),
                refused("a verification school year of three years", 400, "SCHOOL_YEAR_FORMAT", "schoolYear",
                        x -> office(x.county()).get("/verifications?schoolYear=2026-2029")),
                refused("a plan id that is no UUID", 400, "FIELD_TYPE", "planId",
                        x -> post(x, "/plans/plan-7/decision", Map.of("decision", "APPROVE"))),
                refused("a finding id that is no UUID", 400, "FIELD_TYPE", "findingId",
                        x -> post(x, "/findings/42/rectification", Map.of("note", "done")))));

        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Map<String, Long> before = CountyState.of(dataSource, county);
            Response response = c.call().apply(f);
            assertThat(response.statusCode()).as(c.name() + ": " + response.asString()).isEqualTo(c.status());
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("rule")).as(response.asString()).isEqualTo(c.rule());
            assertThat(response.jsonPath().getString("field")).as(response.asString()).isEqualTo(c.field());
            assertThat(response.jsonPath().getString("reason.en")).isNotBlank();
            assertThat(response.jsonPath().getString("reason.zh")).isNotBlank();
            assertThat(CountyState.of(dataSource, county)).as("nothing written by " + c.name()).isEqualTo(before);
        }));
    }
}
