package org.county.staffing.recruitment.employment;

import java.time.LocalDate;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** Contract management (合同管理): terms, renewals, termination. */
public final class ContractRules {

    /** Probation of public-institution staff is at most six months (事業單位聘用制度). */
    public static final int PROBATION_MAX_MONTHS = 6;

    private ContractRules() {
    }

    /** The end of a term when none was given: {@code years} for a fixed term, the longest probation, none if open-ended. */
    public static LocalDate defaultEnd(ContractType type, LocalDate startsOn, int years) {
        return switch (type) {
            case OPEN_ENDED -> null;
            case PROBATION -> startsOn.plusMonths(PROBATION_MAX_MONTHS).minusDays(1);
            case FIXED_TERM -> startsOn.plusYears(years).minusDays(1);
        };
    }

    /** Rules CONTRACT_OPEN_ENDED_HAS_NO_END, CONTRACT_END_REQUIRED, CONTRACT_ENDS_AFTER_START, PROBATION_AT_MOST_6_MONTHS. */
    public static void requireTerm(ContractType type, LocalDate startsOn, LocalDate endsOn) {
        if (type == ContractType.OPEN_ENDED) {
            if (endsOn != null) {
                throw RuleViolation.unprocessable("CONTRACT_OPEN_ENDED_HAS_NO_END", "endsOn", new Reason(
                        "an OPEN_ENDED contract has no end date", "无固定期限合同不设终止日期"));
            }
            return;
        }
        if (endsOn == null) {
            throw RuleViolation.unprocessable("CONTRACT_END_REQUIRED", "endsOn", new Reason(
                    "a " + type + " contract ends on a date", type + " 合同须有终止日期"));
        }
        if (!endsOn.isAfter(startsOn)) {
            throw RuleViolation.unprocessable("CONTRACT_ENDS_AFTER_START", "endsOn", new Reason(
                    "endsOn " + endsOn + " is not after startsOn " + startsOn,
                    "终止日期 " + endsOn + " 须晚于起始日期 " + startsOn));
        }
        if (type == ContractType.PROBATION && endsOn.isAfter(startsOn.plusMonths(PROBATION_MAX_MONTHS).minusDays(1))) {
            throw RuleViolation.unprocessable("PROBATION_AT_MOST_6_MONTHS", "endsOn", new Reason(
                    "probation lasts at most " + PROBATION_MAX_MONTHS + " months",
                    "试用期最长不超过" + PROBATION_MAX_MONTHS + "个月"));
        }
    }

    /** Rule CONTRACT_ACTIVE: only an active contract is renewed or terminated. */
    public static void requireActive(ContractStatus status) {
        if (status != ContractStatus.ACTIVE) {
            throw RuleViolation.conflict("CONTRACT_ACTIVE", "contractId", new Reason(
                    "the contract is " + status + "; only an ACTIVE contract is renewed or terminated",
                    "该合同状态为 " + status + "，只有有效合同可以续订或解除"));
        }
    }

    /** Rules RENEWAL_OF_A_TERM and RENEWAL_EXTENDS: an open-ended contract has nothing to renew; a renewal ends later. */
    public static void requireRenewal(ContractType currentType, LocalDate currentEnd, ContractType newType, LocalDate newEnd) {
        if (currentType == ContractType.OPEN_ENDED) {
            throw RuleViolation.conflict("RENEWAL_OF_A_TERM", "contractId", new Reason(
                    "an OPEN_ENDED contract has no term to renew", "无固定期限合同无需续订"));
        }
        if (newType == ContractType.PROBATION) {
            throw RuleViolation.unprocessable("RENEWAL_NOT_PROBATION", "type", new Reason(
                    "probation is agreed once, not renewed", "试用期只约定一次，不得续订"));
        }
        if (newType != ContractType.OPEN_ENDED && (newEnd == null || !newEnd.isAfter(currentEnd))) {
            throw RuleViolation.unprocessable("RENEWAL_EXTENDS", "endsOn", new Reason(
                    "the renewed contract must end after " + currentEnd,
                    "续订后的终止日期须晚于 " + currentEnd));
        }
        if (newType == ContractType.OPEN_ENDED && newEnd != null) {
            throw RuleViolation.unprocessable("CONTRACT_OPEN_ENDED_HAS_NO_END", "endsOn", new Reason(
                    "an OPEN_ENDED contract has no end date", "无固定期限合同不设终止日期"));
        }
    }

    /** Rule TERMINATION_AFTER_START. */
    public static void requireTerminationDate(LocalDate startsOn, LocalDate effectiveOn) {
        if (effectiveOn.isBefore(startsOn)) {
            throw RuleViolation.unprocessable("TERMINATION_AFTER_START", "effectiveOn", new Reason(
                    "a contract is terminated on or after its start " + startsOn,
                    "合同解除日期不得早于合同起始日期 " + startsOn));
        }
    }

    /** Rule EXPIRING_WINDOW: the look-ahead is 0 to 3660 days. */
    public static void requireWindow(int days) {
        if (days < 0 || days > 3660) {
            throw RuleViolation.badRequest("EXPIRING_WINDOW", "expiringWithinDays", new Reason(
                    "expiringWithinDays is between 0 and 3660", "expiringWithinDays 须在 0 到 3660 之间"));
        }
    }
}
