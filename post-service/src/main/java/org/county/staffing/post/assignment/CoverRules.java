package org.county.staffing.post.assignment;

/**
 * Rule ASSIGNMENT_COVERS_SHARE: how much of a post a temporary or part-time assignment covers. A
 * full-time assignment (support teaching, shadowing) covers the whole post; an itinerant teacher's
 * {@code hoursPerWeek} cover {@code hoursPerWeek / fullPostHours} of it, never more than the whole.
 */
public final class CoverRules {

    private CoverRules() {
    }

    public static double share(Integer hoursPerWeek, int fullPostHours) {
        if (hoursPerWeek == null) {
            return 1.0;
        }
        if (hoursPerWeek <= 0 || fullPostHours <= 0) {
            return 0.0;
        }
        return Math.min(1.0, (double) hoursPerWeek / fullPostHours);
    }
}
