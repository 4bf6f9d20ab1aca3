package org.county.staffing.recruitment.employment;

import static org.county.staffing.recruitment.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.recruitment.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;

/**
 * Teachers per second of one 5,000-line CSV import (the largest file the service takes), printed,
 * not asserted: {@code ./mvnw -B test -pl recruitment-service -am -Dbenchmark=true
 * -Dtest=TeacherImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It imports into a county
 * of its own so that the service's other tests do not see its teachers.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TeacherImportBenchmark {

    static final int LINES = 5_000;

    /** {@code lines} valid teachers, each born on its own day from {@code firstBirth} (so their ID numbers differ). */
    static String csv(int lines, LocalDate firstBirth) {
        StringBuilder csv = new StringBuilder("name,gender,birthDate,idNumber,subjects,title,firstHireDate\n");
        for (int i = 0; i < lines; i++) {
            LocalDate birth = firstBirth.plusDays(i);
            boolean male = i % 2 == 0;
            csv.append("教师").append(i).append(',').append(male ? "MALE" : "FEMALE").append(',').append(birth).append(',')
                    .append(Fixtures.idNumber(birth, male)).append(",MATHEMATICS,SECOND,").append(birth.plusYears(23))
                    .append('\n');
        }
        return csv.toString();
    }

    @Test
    void printsTeachersPerSecondOfA5000LineImport() {
        String county = "370689";
        String bureau = TestTokens.user("jyj-bench").role("education-bureau").county(county).token();
        byte[] body = csv(LINES, LocalDate.of(1960, 1, 1)).getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        // the request may take minutes on a loaded machine
        as(bureau).config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 900_000).setParam("http.connection.timeout", 900_000)))
                .contentType("text/csv").body(body).post("/teachers/import").then().statusCode(200)
                .body("imported", equalTo(LINES));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("teacher import: %d lines in %.1f s = %.0f teachers/s (%d cores, load %.1f)%n", LINES, seconds,
                LINES / seconds, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
