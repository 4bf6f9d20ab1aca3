package org.county.staffing.infra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/** The contract's rules find what they are meant to find, on small fixtures. */
class CodeRulesContractTest {

    private static final String FIXTURES = "org.county.staffing.infra.testing.fixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void aPackageCycleIsFound() {
        EvaluationResult result = CodeRulesContract.packagesFreeOfCycles(FIXTURES + ".cycle").evaluate(CLASSES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected");
        assertThat(CodeRulesContract.packagesFreeOfCycles(FIXTURES + ".naming").evaluate(CLASSES).hasViolation()).isFalse();
    }

    @Test
    void theSystemClockIsFoundButAGivenClockIsNot() {
        EvaluationResult result = CodeRulesContract.noSystemClock(FIXTURES + ".clock").evaluate(CLASSES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("LocalDate.now()").contains("Deadline.java:8"));
    }

    @Test
    void retiredApplicationServiceNamesAndEventConstantClassesAreFound() {
        EvaluationResult result = CodeRulesContract.noRetiredServiceNames(FIXTURES + ".naming").evaluate(CLASSES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("PlanDesk").doesNotContain("PlanService is named like");
        assertThat(CodeRulesContract.namingViolations(CLASSES, FIXTURES + ".naming"))
                .singleElement().asString().contains("PostEvents");
    }

    @Test
    void anotherServicesCodeIsNotImported() {
        assertThat(CodeRulesContract.noOtherServiceCode("org.county.staffing.quota").evaluate(CLASSES).hasViolation())
                .isFalse();
    }
}
