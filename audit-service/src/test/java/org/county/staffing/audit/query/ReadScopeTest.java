package org.county.staffing.audit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class ReadScopeTest {

    private static final Map<String, List<String>> DEFAULTS = ReadScope.departments(List.of("quota."), List.of("post."),
            List.of("recruitment."));

    static ReadScope of(Set<String> roles, String school) {
        return ReadScope.of(roles::contains, Optional.ofNullable(school), DEFAULTS);
    }

    @Test
    void anAuditorReadsEverything() {
        ReadScope scope = of(Set.of("auditor"), null);
        assertThat(scope.everything()).isTrue();
        assertThat(scope.allows("rotation.move.started.v1", List.of())).isTrue();
        // an auditor who is also a department user still reads everything
        assertThat(of(Set.of("hr", "auditor"), null).everything()).isTrue();
    }

    @Test
    void eachDepartmentReadsItsOwnServicesEvents() {
        ReadScope office = of(Set.of("staffing-office"), null);
        assertThat(office.allows("quota.allocation.changed.v1", List.of())).isTrue();
        assertThat(office.allows("post.post.established.v1", List.of())).isFalse();
        assertThat(of(Set.of("hr"), null).allows("post.plan.decided.v1", List.of())).isTrue();
        assertThat(of(Set.of("hr"), null).allows("quota.plan.decided.v1", List.of())).isFalse();
        ReadScope bureau = of(Set.of("education-bureau"), null);
        assertThat(bureau.allows("recruitment.teacher.appointed.v1", List.of())).isTrue();
        assertThat(bureau.allows("rotation.evaluation.recorded.v1", List.of())).isFalse();
    }

    @Test
    void aUserOfTwoDepartmentsReadsBoth() {
        ReadScope both = of(Set.of("staffing-office", "hr"), null);
        assertThat(both.typePrefixes()).containsExactly("quota.", "post.");
    }

    @Test
    void aSchoolReadsTheRecordsAboutItselfFromAnyDepartment() {
        ReadScope school = of(Set.of("school"), "1137068301");
        assertThat(school.allows("quota.allocation.changed.v1", List.of("1137068301", "e-1"))).isTrue();
        assertThat(school.allows("rotation.move.started.v1", List.of("1137068301"))).isTrue();
        assertThat(school.allows("quota.allocation.changed.v1", List.of("1137068302"))).isFalse();
        // a department role makes the user a department user, not bound to one school
        assertThat(of(Set.of("school", "hr"), "1137068301").schoolId()).isNull();
    }

    @Test
    void aSchoolUserWithoutItsSchoolClaimIsRefused() {
        assertThatThrownBy(() -> of(Set.of("school"), null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((RuleViolation) e).status()).isEqualTo(403);
                    assertThat(((RuleViolation) e).rule()).isEqualTo("SCHOOL_CLAIM_REQUIRED");
                });
    }

    @Test
    void aTeacherReadsNothing() {
        assertThatThrownBy(() -> of(Set.of("teacher"), null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("READ_SCOPE"));
    }

    @Test
    void aDepartmentConfiguredToReadNothingReadsNothing() {
        ReadScope scope = ReadScope.of(Set.of("hr")::contains, Optional.empty(),
                ReadScope.departments(List.of("quota."), List.of(), List.of("recruitment.")));
        assertThat(scope.allows("post.post.established.v1", List.of())).isFalse();
    }
}
