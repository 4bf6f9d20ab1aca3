package org.county.staffing.quota.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who takes part in a joint inspection, who must rectify each finding and by when, and when a
 * rectification is overdue.
 *
 * <p>The staffing office runs every inspection, so it always takes part. A finding is rectified
 * by the department whose field it is in, when that department takes part: mixed posts, hiring
 * outside the quota and leadership posts that differ from the regulation by HR (post management and recruitment), an irregular secondment by the
 * organisation department (it approves secondments), an occupied quota by the staffing office.
 * Otherwise, and always for what the supervising departments (discipline inspection, patrol)
 * would see, the staffing office is responsible.
 */
public final class JointInspectionRules {

    private JointInspectionRules() {
    }

    /** The participating departments: those requested, and the staffing office. */
    public static Set<Department> participants(Collection<Department> requested) {
        Set<Department> out = EnumSet.of(Department.STAFFING_OFFICE);
        if (requested != null) {
            out.addAll(requested);
        }
        return out;
    }

    /** The department that must rectify a finding of {@code kind}, among the participants. */
    public static Department responsible(FindingKind kind, Set<Department> participants) {
        Department field = switch (kind) {
            case MIXED_POSTS, OFF_QUOTA_HIRING, LEADERSHIP_POSTS -> Department.HR;
            case IRREGULAR_SECONDMENT -> Department.ORGANISATION;
            case QUOTA_OCCUPIED -> Department.STAFFING_OFFICE;
        };
        return participants.contains(field) ? field : Department.STAFFING_OFFICE;
    }

    /** The rectification deadline: {@code days} after the inspection. */
    public static LocalDate due(LocalDate inspectedOn, int days) {
        return inspectedOn.plusDays(days);
    }

    /**
     * An OPEN finding is overdue from the day after its deadline (a rectified or closed one never
     * is; a finding raised before deadlines existed has none).
     */
    public static boolean overdue(FindingStatus status, LocalDate due, LocalDate today) {
        return status == FindingStatus.OPEN && due != null && today.isAfter(due);
    }
}
