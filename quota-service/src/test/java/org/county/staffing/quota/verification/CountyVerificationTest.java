package org.county.staffing.quota.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.enroll;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The seed's county: 74 schools and kindergartens with a function-and-staffing regulation, a K-12
 * pool of 5,592 and an OTHER pool of 1,086. The enrollments make the K-12 requirement a little
 * larger than the pool, as after a rise in enrollment, so the verification must share the pool.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class CountyVerificationTest {

    static final Map<String, BigDecimal> STANDARD = Map.of("PRIMARY", new BigDecimal("19"), "JUNIOR", new BigDecimal("13.5"),
            "SENIOR", new BigDecimal("12.5"), "KINDERGARTEN", new BigDecimal("7"), "VOCATIONAL", new BigDecimal("12"),
            "SPECIAL", new BigDecimal("3"));
    static final Map<String, BigDecimal> PER_CLASS = Map.of("PRIMARY", new BigDecimal("1.7"), "JUNIOR", new BigDecimal("2.5"),
            "KINDERGARTEN", new BigDecimal("2"));

    record Planned(String kind, List<String> stages, String location, Map<String, Integer> students, Map<String, Integer> classes) {
    }

    @Test
    void aTriennialVerificationOfTheSeedCountyStaysWithinTheK12PoolAndFollowsTheStandard() {
        String county = newCounty();
        List<Planned> planned = seedCounty();
        assertThat(planned).hasSize(74);
        Map<String, Planned> schools = new LinkedHashMap<>();
        for (Planned p : planned) {
            String id = register(county, p.kind(), p.stages(), p.location(), p.location().equals("URBAN") ? "城区学区" : "镇域学区");
            Map<String, Object> body = new HashMap<>(p.students());
            if (!p.classes().isEmpty()) {
                body.put("classes", p.classes());
            }
            enroll(county, id, "2026-2027", body);
            schools.put(id, p);
        }

        JsonPath k12 = office(county).body(Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL")).post("/verifications")
                .then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> lines = k12.getList("schools");
        assertThat(lines).hasSize(58);
        int expectedTotal = 0;
        for (Map<String, Object> line : lines) {
            Planned p = schools.get((String) line.get("schoolId"));
            int expected = required(p);
            expectedTotal += expected;
            assertThat(line.get("required")).as("required quota of %s %s", p.location(), p.students()).isEqualTo(expected);
            assertThat((Integer) line.get("proposed")).isBetween(0, expected);
        }
        assertThat(k12.getInt("requiredTotal")).isEqualTo(expectedTotal).isGreaterThan(5592).isLessThan(5800);
        assertThat(k12.getInt("proposedTotal")).isEqualTo(5592);
        assertThat(k12.getInt("poolShortfall")).isEqualTo(expectedTotal - 5592);
        // small rural schools keep their class floor in full
        lines.stream().filter(l -> ((String) l.get("rule")).contains("SMALL_SCHOOL_FLOOR"))
                .forEach(l -> assertThat((Integer) l.get("proposed")).isGreaterThanOrEqualTo((Integer) l.get("floorMinimum")));
        assertThat(lines).anyMatch(l -> ((String) l.get("rule")).contains("SMALL_SCHOOL_FLOOR"));

        String id = k12.getString("id");
        office(county).post("/verifications/" + id + "/approval").then().statusCode(200);
        JsonPath pools = office(county).get("/pools").then().statusCode(200).extract().jsonPath();
        assertThat(pools.getInt("find { it.pool == 'K12' }.allocated")).isLessThanOrEqualTo(5592).isEqualTo(5592);
        int ledgerSum = office(county).get("/ledger?pool=K12&kind=VERIFICATION").then().statusCode(200).extract().jsonPath()
                .getList("delta", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertThat(ledgerSum).isEqualTo(5592);
        assertThat(events(id, "quota.verification.approved.v1", 1).get(0).data().path("schools")).hasSize(58);

        // kindergartens, vocational and special education: the OTHER pool of 1,086 suffices
        JsonPath other = office(county).body(Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL", "pool", "OTHER"))
                .post("/verifications").then().statusCode(201).extract().jsonPath();
        assertThat(other.getList("schools")).hasSize(16);
        for (Map<String, Object> line : other.<Map<String, Object>>getList("schools")) {
            assertThat(line.get("required")).isEqualTo(required(schools.get((String) line.get("schoolId"))));
            assertThat(line.get("proposed")).isEqualTo(line.get("required"));
        }
        assertThat(other.getInt("proposedTotal")).isLessThanOrEqualTo(1086);
        assertThat(other.getInt("poolShortfall")).isZero();
    }

    /** The standard, computed here on its own: per stage students / ratio, the class floor for small rural stages, half up once. */
    static int required(Planned p) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> stage : p.students().entrySet()) {
            BigDecimal byRatio = new BigDecimal(stage.getValue()).divide(STANDARD.get(stage.getKey()), 10, RoundingMode.HALF_UP);
            Integer classes = p.classes().get(stage.getKey());
            if (p.location().equals("RURAL") && stage.getValue() < 100 && classes != null && PER_CLASS.containsKey(stage.getKey())) {
                byRatio = byRatio.max(PER_CLASS.get(stage.getKey()).multiply(new BigDecimal(classes)));
            }
            sum = sum.add(byRatio);
        }
        return sum.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** 58 K-12 schools and 16 kindergartens, vocational and special-education schools, from a fixed seed. */
    static List<Planned> seedCounty() {
        Random r = new Random(370683);
        List<Planned> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(new Planned("SCHOOL", List.of("SENIOR"), "URBAN", Map.of("SENIOR", 2900 + r.nextInt(900)), Map.of()));
        }
        for (int i = 0; i < 12; i++) {
            String location = i < 5 ? "URBAN" : "TOWN";
            out.add(new Planned("SCHOOL", List.of("JUNIOR"), location, Map.of("JUNIOR", 900 + r.nextInt(700)), Map.of()));
        }
        for (int i = 0; i < 10; i++) {
            String location = i < 4 ? "URBAN" : "TOWN";
            out.add(new Planned("SCHOOL", List.of("PRIMARY", "JUNIOR"), location,
                    Map.of("PRIMARY", 900 + r.nextInt(600), "JUNIOR", 450 + r.nextInt(300)), Map.of()));
        }
        for (int i = 0; i < 10; i++) {
            out.add(new Planned("SCHOOL", List.of("PRIMARY"), "URBAN", Map.of("PRIMARY", 1800 + r.nextInt(900)), Map.of()));
        }
        for (int i = 0; i < 8; i++) {
            out.add(new Planned("SCHOOL", List.of("PRIMARY"), "TOWN", Map.of("PRIMARY", 700 + r.nextInt(500)), Map.of()));
        }
        for (int i = 0; i < 12; i++) {
            // village schools: some below 100 pupils in six classes, where the class floor applies
            int pupils = i < 6 ? 40 + r.nextInt(55) : 150 + r.nextInt(250);
            out.add(new Planned("SCHOOL", List.of("PRIMARY"), "RURAL", Map.of("PRIMARY", pupils), Map.of("PRIMARY", 6)));
        }
        for (int i = 0; i < 14; i++) {
            out.add(new Planned("KINDERGARTEN", List.of("KINDERGARTEN"), i < 6 ? "URBAN" : "RURAL",
                    Map.of("KINDERGARTEN", 150 + r.nextInt(300)), Map.of("KINDERGARTEN", 6 + r.nextInt(6))));
        }
        out.add(new Planned("VOCATIONAL", List.of("VOCATIONAL"), "URBAN", Map.of("VOCATIONAL", 2400), Map.of()));
        out.add(new Planned("SPECIAL_EDUCATION", List.of("SPECIAL"), "URBAN", Map.of("SPECIAL", 160), Map.of()));
        return out;
    }

    public static void main(String[] args) {
        int k12 = seedCounty().stream().filter(p -> p.kind().equals("SCHOOL")).mapToInt(CountyVerificationTest::required).sum();
        int other = seedCounty().stream().filter(p -> !p.kind().equals("SCHOOL")).mapToInt(CountyVerificationTest::required).sum();
        System.out.println("K12 required " + k12 + ", OTHER required " + other);
    }
}
