package org.county.staffing.quota.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JointInspectionRulesTest {

    @Test
    void theStaffingOfficeAlwaysTakesPart() {
        assertThat(JointInspectionRules.participants(null)).containsExactly(Department.STAFFING_OFFICE);
        assertThat(JointInspectionRules.participants(List.of(Department.PATROL, Department.HR)))
                .containsExactly(Department.HR, Department.PATROL, Department.STAFFING_OFFICE);
    }

    @Test
    void aFindingIsRectifiedByTheDepartmentOfItsFieldWhenItTakesPartOtherwiseByTheStaffingOffice() {
        Set<Department> all = JointInspectionRules.participants(List.of(Department.values()));
        assertThat(JointInspectionRules.responsible(FindingKind.MIXED_POSTS, all)).isEqualTo(Department.HR);
        assertThat(JointInspectionRules.responsible(FindingKind.OFF_QUOTA_HIRING, all)).isEqualTo(Department.HR);
        assertThat(JointInspectionRules.responsible(FindingKind.IRREGULAR_SECONDMENT, all)).isEqualTo(Department.ORGANISATION);
        assertThat(JointInspectionRules.responsible(FindingKind.QUOTA_OCCUPIED, all)).isEqualTo(Department.STAFFING_OFFICE);

        Set<Department> supervisorsOnly = JointInspectionRules.participants(List.of(Department.DISCIPLINE_INSPECTION, Department.PATROL));
        for (FindingKind kind : FindingKind.values()) {
            assertThat(JointInspectionRules.responsible(kind, supervisorsOnly)).as(kind.name()).isEqualTo(Department.STAFFING_OFFICE);
        }
    }

    @Test
    void onlyAnOpenFindingIsOverdueAndOnlyAfterItsDeadline() {
        LocalDate due = JointInspectionRules.due(LocalDate.of(2027, 8, 15), 30);
        assertThat(due).isEqualTo(LocalDate.of(2027, 9, 14));
        assertThat(JointInspectionRules.overdue(FindingStatus.OPEN, due, due)).isFalse();
        assertThat(JointInspectionRules.overdue(FindingStatus.OPEN, due, due.plusDays(1))).isTrue();
        assertThat(JointInspectionRules.overdue(FindingStatus.RECTIFIED, due, due.plusDays(1))).isFalse();
        assertThat(JointInspectionRules.overdue(FindingStatus.CLOSED, due, due.plusDays(1))).isFalse();
        assertThat(JointInspectionRules.overdue(FindingStatus.OPEN, null, due.plusDays(1))).as("raised before deadlines").isFalse();
    }
}
