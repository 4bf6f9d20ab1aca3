package org.county.staffing.quota.verification;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.pool.Pool;

/** Which verifications may be proposed, and which schools an ANNUAL one takes. */
public final class VerificationRules {

    private VerificationRules() {
    }

    /**
     * Rule TRIENNIAL_ONCE_PER_CYCLE: after a TRIENNIAL verification approved for school year Y, the
     * next is due from Y + cycle; an earlier one needs an override reason.
     */
    public static void requireCycleOpen(SchoolYear year, Optional<SchoolYear> lastApproved, int cycleYears, String overrideReason) {
        if (lastApproved.isEmpty() || (overrideReason != null && !overrideReason.isBlank())) {
            return;
        }
        SchoolYear last = lastApproved.get();
        if (year.firstYear() - last.firstYear() < cycleYears) {
            SchoolYear due = new SchoolYear(last.firstYear() + cycleYears);
            throw RuleViolation.conflict("TRIENNIAL_ONCE_PER_CYCLE", "schoolYear", new Reason(
                    "the TRIENNIAL verification of " + last + " covers " + cycleYears + " school years; the next is due for "
                            + due + " (give overrideReason to verify earlier)",
                    last + " 学年已完成三年一次的核定，下次应于 " + due + " 学年进行；提前核定须填写 overrideReason 说明理由"));
        }
    }

    /** Rule VERIFICATION_POOL: quotas are verified from enrollment for school pools only. */
    public static void requireSchoolPool(Pool pool) {
        if (pool == Pool.INSTITUTION) {
            throw RuleViolation.unprocessable("VERIFICATION_POOL", "pool", new Reason(
                    "non-school institutions have no enrollment; their quota changes by ADJUSTMENT entries",
                    "非学校事业单位没有在校生，其编制通过单项核增核减调整"));
        }
    }

    /**
     * Rule ENROLLMENT_CHANGE_THRESHOLD: an ANNUAL fine adjustment takes a school whose students
     * changed by more than the threshold since the enrollment its quota was last verified on; a
     * school never verified is always taken.
     */
    public static boolean changedBeyond(BigDecimal threshold, Integer basisStudents, int students) {
        if (basisStudents == null) {
            return true;
        }
        if (basisStudents == 0) {
            return students > 0;
        }
        BigDecimal change = BigDecimal.valueOf(Math.abs(students - basisStudents))
                .divide(BigDecimal.valueOf(basisStudents), MathContext.DECIMAL64);
        return change.compareTo(threshold) > 0;
    }
}
