package org.county.staffing.rotation.staffing;

import java.math.BigDecimal;

/**
 * Rule SHARED_HOURS_COVER: a vacancy taught by someone else's teacher is covered. Community shared teachers
 * cover by their hours a week ({@code hours / fullPostHours} of a post); an assignment carried out by
 * recruitment-service covers the share of a post its event names ({@code TeacherAssigned.postShare}: an
 * itinerant teacher's hours over recruitment's full post, a support-teaching or shadowing teacher a whole post). Only whole posts are taken out of a
 * subject's vacancies: the covers of one subject at one school are added up first, then rounded down.
 */
public final class CoverRules {

    private CoverRules() {
    }

    /** Whole vacant posts covered by {@code sharedHours} a week of shared teachers plus {@code assignedShare} posts. */
    public static int coveredPosts(int sharedHours, int fullPostHours, BigDecimal assignedShare) {
        if (fullPostHours < 1) {
            throw new IllegalArgumentException("a full post has at least one hour a week, not " + fullPostHours);
        }
        BigDecimal full = BigDecimal.valueOf(fullPostHours);
        BigDecimal hours = BigDecimal.valueOf(Math.max(0, sharedHours))
                .add(assignedShare == null ? BigDecimal.ZERO : assignedShare.max(BigDecimal.ZERO).multiply(full));
        return hours.divideToIntegralValue(full).intValueExact();
    }

    /** The vacancies left in a subject at a host school once shared hours and assignments are counted. */
    public static int vacanciesLeft(int vacancies, int sharedHours, int fullPostHours, BigDecimal assignedShare) {
        return Math.max(0, vacancies - coveredPosts(sharedHours, fullPostHours, assignedShare));
    }
}
