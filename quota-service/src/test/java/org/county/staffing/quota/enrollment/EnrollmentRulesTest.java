package org.county.staffing.quota.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;
import org.county.staffing.quota.school.Stage;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EnrollmentRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<Stage> NINE_YEAR = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR);

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    static void refused(String body, int status, String rule, String field) {
        assertThatThrownBy(() -> EnrollmentRules.read(json(body), NINE_YEAR)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.violations()).extracting(Violation::rule, Violation::field).contains(org.assertj.core.groups.Tuple.tuple(rule, field));
        });
    }

    @Test
    void studentsAndClassesPerStageAreRead() throws Exception {
        Enrollment e = EnrollmentRules.read(json("{\"PRIMARY\": 812, \"JUNIOR\": 402, \"classes\": {\"PRIMARY\": 18, \"JUNIOR\": 9}}"),
                NINE_YEAR);
        assertThat(e.students()).containsEntry(Stage.PRIMARY, 812).containsEntry(Stage.JUNIOR, 402);
        assertThat(e.classes()).containsEntry(Stage.PRIMARY, 18).containsEntry(Stage.JUNIOR, 9);
        assertThat(e.totalStudents()).isEqualTo(1214);
        assertThat(EnrollmentRules.read(json("{\"PRIMARY\": 0, \"JUNIOR\": 0}"), NINE_YEAR).classes()).isEmpty();
    }

    @Test
    void theFormOfEveryCountIsChecked() {
        refused("{\"PRIMARY\": -1, \"JUNIOR\": 402}", 400, "COUNT_NOT_NEGATIVE", "PRIMARY");
        refused("{\"PRIMARY\": 812.5, \"JUNIOR\": 402}", 400, "COUNT_WHOLE_NUMBER", "PRIMARY");
        refused("{\"PRIMARY\": \"812\", \"JUNIOR\": 402}", 400, "COUNT_WHOLE_NUMBER", "PRIMARY");
        refused("{\"PRIMARY\": 812, \"JUNIOR\": 1000000}", 400, "COUNT_PLAUSIBLE", "JUNIOR");
        refused("{\"PRIMARY\": 812, \"COLLEGE\": 40}", 400, "STAGE_KNOWN", "COLLEGE");
        refused("{\"PRIMARY\": 812, \"JUNIOR\": 402, \"classes\": {\"PRIMARY\": -2}}", 400, "COUNT_NOT_NEGATIVE", "classes.PRIMARY");
        refused("{\"PRIMARY\": 812, \"JUNIOR\": 402, \"classes\": 18}", 400, "FIELD_TYPE", "classes");
        refused("{}", 400, "ENROLLMENT_NOT_EMPTY", null);
        refused("[812]", 400, "ENROLLMENT_FORM", null);
    }

    @Test
    void theReportFitsTheStagesTheSchoolTeaches() {
        refused("{\"PRIMARY\": 812, \"JUNIOR\": 402, \"SENIOR\": 300}", 422, "STAGE_TAUGHT", "SENIOR");
        refused("{\"PRIMARY\": 812}", 422, "ENROLLMENT_COMPLETE", "JUNIOR");
        refused("{\"PRIMARY\": 812, \"JUNIOR\": 402, \"classes\": {\"PRIMARY\": 900}}", 422, "CLASSES_CONSISTENT", "classes.PRIMARY");
        refused("{\"PRIMARY\": 812, \"JUNIOR\": 402, \"classes\": {\"PRIMARY\": 0}}", 422, "CLASSES_CONSISTENT", "classes.PRIMARY");
    }

    @Test
    void everyBrokenFormRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> EnrollmentRules.read(json("{\"PRIMARY\": -1, \"JUNIOR\": 1.5, \"X\": 1}"), NINE_YEAR))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations()).hasSize(3));
    }
}
