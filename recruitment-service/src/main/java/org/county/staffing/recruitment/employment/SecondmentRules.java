package org.county.staffing.recruitment.employment;

import java.time.LocalDate;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** Secondments (抽調借用): a bounded period, and visible when unapproved. */
public final class SecondmentRules {

    private SecondmentRules() {
    }

    /** Rules SECONDMENT_UNTIL_AFTER_FROM and SECONDMENT_AT_MOST_MAX_MONTHS. */
    public static void requirePeriod(LocalDate from, LocalDate until, int maxMonths) {
        if (until.isBefore(from)) {
            throw RuleViolation.unprocessable("SECONDMENT_UNTIL_AFTER_FROM", "until", new Reason(
                    "until " + until + " is before from " + from, "借调截止日期 " + until + " 早于起始日期 " + from));
        }
        if (until.isAfter(from.plusMonths(maxMonths).minusDays(1))) {
            throw RuleViolation.unprocessable("SECONDMENT_AT_MOST_MAX_MONTHS", "until", new Reason(
                    "a secondment lasts at most " + maxMonths + " months; renew it with a new approval",
                    "一次借调最长 " + maxMonths + " 个月，期满需重新审批"));
        }
    }

    /** Rule SECONDMENT_END_IN_PERIOD: it ends on or after its start. */
    public static void requireEnd(LocalDate startsOn, LocalDate endedOn) {
        if (endedOn.isBefore(startsOn)) {
            throw RuleViolation.unprocessable("SECONDMENT_END_IN_PERIOD", "endedOn", new Reason(
                    "a secondment ends on or after its start " + startsOn, "借调结束日期不得早于起始日期 " + startsOn));
        }
    }

    /** An unapproved secondment, or one past its approved period: what the staffing office's inspection flags. */
    public static boolean irregular(String approvalReference, LocalDate until, LocalDate endedOn, LocalDate today) {
        boolean unapproved = approvalReference == null || approvalReference.isBlank();
        boolean overstayed = endedOn == null && until.isBefore(today);
        return unapproved || overstayed;
    }
}
