package org.county.staffing.rotation.community;

import java.time.LocalDate;
import java.util.Collection;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * The rules of shared teachers (共享教师), plain Java.
 * <ul>
 * <li>SHARED_HOURS_RANGE: 1 to {@code maxHoursPerWeek} hours a week, counting every sharing of the
 * same teacher whose term overlaps (a shared teacher still teaches at home);</li>
 * <li>SHARED_TERM_ORDER: the term ends on or after the day it starts;</li>
 * <li>SHARED_HOURS_COVER: at a host school, the shared hours in a subject cover
 * {@code floor(hours / fullPostHours)} of its vacant posts in that subject: a full post is
 * {@code fullPostHours} teaching hours a week (configuration, 16 by default), so 16 shared hours
 * cover one vacancy and 8 cover none (half a post is not a post).</li>
 * </ul>
 */
public final class SharingRules {

    private SharingRules() {
    }

    /** A term of a sharing, and its hours a week. */
    public record Term(LocalDate startsOn, LocalDate endsOn, int hoursPerWeek) {

        public boolean overlaps(LocalDate from, LocalDate to) {
            return !startsOn.isAfter(to) && !endsOn.isBefore(from);
        }

        public boolean overlaps(SchoolYear year) {
            return overlaps(year.startsOn(), year.endsOn());
        }
    }

    public static void requireTermOrder(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw RuleViolation.unprocessable("SHARED_TERM_ORDER", "endsOn", new Reason(
                    "the term ends (" + endsOn + ") before it starts (" + startsOn + ")",
                    "任教期限的结束日期（" + endsOn + "）早于开始日期（" + startsOn + "）"));
        }
    }

    /** The new term's hours plus those of the teacher's other sharings that overlap it, within 1 to {@code max}. */
    public static void requireHours(Term requested, Collection<Term> teachersOtherTerms, int max) {
        int overlapping = teachersOtherTerms.stream()
                .filter(t -> t.overlaps(requested.startsOn(), requested.endsOn()))
                .mapToInt(Term::hoursPerWeek).sum();
        int total = overlapping + requested.hoursPerWeek();
        if (requested.hoursPerWeek() < 1 || total > max) {
            throw RuleViolation.unprocessable("SHARED_HOURS_RANGE", "hoursPerWeek", new Reason(
                    "a shared teacher teaches 1 to " + max + " hours a week at member schools in a term; with "
                            + overlapping + " hours already shared in this term, " + requested.hoursPerWeek() + " more is too many",
                    "共享教师每学期在成员学校任课 1 至 " + max + " 课时/周；本期限内已共享 " + overlapping
                            + " 课时，不能再增加 " + requested.hoursPerWeek() + " 课时"));
        }
    }

    /** Vacant posts covered by {@code sharedHours} a week: whole posts only. */
    public static int coveredPosts(int sharedHours, int fullPostHours) {
        if (fullPostHours < 1) {
            throw new IllegalArgumentException("a full post has at least one hour a week, not " + fullPostHours);
        }
        return Math.max(0, sharedHours) / fullPostHours;
    }

    /** The vacancies left in a subject at a host school once the shared hours are counted. */
    public static int vacanciesLeft(int vacancies, int sharedHours, int fullPostHours) {
        return Math.max(0, vacancies - coveredPosts(sharedHours, fullPostHours));
    }
}
