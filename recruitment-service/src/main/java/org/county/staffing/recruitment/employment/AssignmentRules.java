package org.county.staffing.recruitment.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.contracts.recruitment.TeacherAssigned;

/**
 * Temporary and part-time assignments (support teaching, shadowing, itinerant teaching). Hours
 * are the common measure: one post is covered by {@code fullPostHours} hours of teaching per week
 * (configuration {@code recruitment.itinerant.full-post-hours}); a full-time assignment counts as
 * a whole post, an itinerant one as its hours.
 */
public final class AssignmentRules {

    private AssignmentRules() {
    }

    /**
     * The day the teacher is back: the planned return date, or else 1 September of the school year
     * {@code termYears} (at least 1) after the one the assignment starts in.
     */
    public static LocalDate returnDate(LocalDate startsOn, LocalDate planned, Integer termYears) {
        if (planned != null) {
            return planned;
        }
        int years = termYears == null || termYears < 1 ? 1 : termYears;
        return new SchoolYear(SchoolYear.containing(startsOn).firstYear() + years).startsOn();
    }

    /** Rule ASSIGNMENT_RETURN_AFTER_START. */
    public static void requireReturnAfterStart(LocalDate startsOn, LocalDate returnDate, String field) {
        if (!returnDate.isAfter(startsOn)) {
            throw RuleViolation.unprocessable("ASSIGNMENT_RETURN_AFTER_START", field, new Reason(
                    "the return date " + returnDate + " must be after the start " + startsOn,
                    "返回日期 " + returnDate + " 须晚于开始日期 " + startsOn));
        }
    }

    /**
     * Rule ASSIGNMENT_HOURS: a part-time assignment teaches 1 to {@code fullPostHours} hours a week
     * ({@code defaultHours} when the plan does not say); a full-time one states no hours.
     */
    public static Integer hoursPerWeek(AssignmentForm form, Integer requested, int defaultHours, int fullPostHours,
                                       String field) {
        if (!form.partTime()) {
            if (requested != null) {
                throw RuleViolation.unprocessable("ASSIGNMENT_HOURS", field, new Reason(
                        form + " is full-time at the host school; hours per week are for ITINERANT moves only",
                        form + " 为全职到岗，只有走教（ITINERANT）按周课时计"));
            }
            return null;
        }
        int hours = requested == null ? defaultHours : requested;
        if (hours < 1 || hours > fullPostHours) {
            throw RuleViolation.unprocessable("ASSIGNMENT_HOURS", field, new Reason(
                    "an itinerant teacher teaches 1 to " + fullPostHours + " hours a week at a host school, not " + hours,
                    "走教每周课时应在 1 到 " + fullPostHours + " 之间，而不是 " + hours));
        }
        return hours;
    }

    /** Hours per week the assignment covers at the host: its hours, or a whole post when full-time. */
    public static int coveredHours(AssignmentForm form, Integer hoursPerWeek, int fullPostHours) {
        return form.partTime() ? hoursPerWeek : fullPostHours;
    }

    /**
     * The share of one host post an assignment covers: a whole post full-time, {@code hours /
     * fullPostHours} (8 of 16 hours: 0.5) part-time, at most 1. It travels in
     * {@code TeacherAssigned.postShare}, so the consumers count cover as recruitment does.
     */
    public static BigDecimal postShare(AssignmentForm form, Integer hoursPerWeek, int fullPostHours) {
        return TeacherAssigned.postShareOf(form.partTime() ? hoursPerWeek : null, fullPostHours);
    }

    /**
     * Rules ASSIGNMENT_HOST_POST_VACANT and ASSIGNMENT_HOST_POST_COVERED: the host post has no
     * appointment, and the assignments on it cover at most one post's hours.
     */
    public static void requireHostPostCoverable(boolean occupied, int alreadyCoveredHours, int newHours, int fullPostHours,
                                                String field) {
        if (occupied) {
            throw RuleViolation.conflict("ASSIGNMENT_HOST_POST_VACANT", field, new Reason(
                    "the host post is held by an appointed teacher; an assignment covers a vacancy",
                    "接收岗位已有在岗教师；交流只补空缺岗位"));
        }
        if (alreadyCoveredHours + newHours > fullPostHours) {
            throw RuleViolation.conflict("ASSIGNMENT_HOST_POST_COVERED", field, new Reason(
                    "the host post is already covered for " + alreadyCoveredHours + " of " + fullPostHours
                            + " hours a week; " + newHours + " more exceed one post",
                    "接收岗位已由交流教师承担每周 " + alreadyCoveredHours + "/" + fullPostHours + " 课时，再加 " + newHours
                            + " 课时将超过一个岗位"));
        }
    }

    /**
     * Rule ASSIGNMENT_ONE_AT_A_TIME: a teacher on a full-time assignment takes no other; an
     * itinerant teacher may teach at several host schools but is not also away full-time.
     */
    public static void requireCompatible(List<AssignmentForm> active, AssignmentForm next, String field) {
        boolean fullTimeAway = active.stream().anyMatch(f -> !f.partTime());
        if (fullTimeAway || (!next.partTime() && !active.isEmpty())) {
            throw RuleViolation.conflict("ASSIGNMENT_ONE_AT_A_TIME", field, new Reason(
                    "the teacher is already on " + active + "; a full-time assignment excludes any other",
                    "该教师已在交流中（" + active + "）；全职交流期间不能再有其他交流"));
        }
    }

    /** Rule ASSIGNMENT_CONVERTIBLE: only an active full-time assignment to a host post becomes a transfer. */
    public static void requireConvertible(AssignmentForm form, boolean active, boolean hasHostPost) {
        if (!active || form.partTime() || !hasHostPost) {
            throw RuleViolation.conflict("ASSIGNMENT_CONVERTIBLE", "id", new Reason(
                    "only an active support-teaching or shadowing assignment to a host post can become a transfer",
                    "只有进行中的、对应接收岗位的支教或跟岗研修可以转为调动"));
        }
    }

    /** Whether the teacher is due back on {@code today}. */
    public static boolean due(LocalDate returnDate, LocalDate today) {
        return !today.isBefore(returnDate);
    }
}
