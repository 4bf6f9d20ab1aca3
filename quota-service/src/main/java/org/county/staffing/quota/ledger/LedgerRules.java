package org.county.staffing.quota.ledger;

import org.county.staffing.quota.pool.Pool;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * The invariants of the dedicated ledger (專編專用, 單獨記賬), checked before any entry is written:
 * the allocations of a pool never exceed its total, and no school's balance goes below zero.
 */
public final class LedgerRules {

    private LedgerRules() {
    }

    /** Rule POOL_CAPACITY: allocating more than the pool's free quota is refused (總量控制). */
    public static void requireWithinPool(PoolAccount account, int delta, String field) {
        if (delta > 0 && account.allocated() + delta > account.total()) {
            throw RuleViolation.conflict("POOL_CAPACITY", field, new Reason(
                    "pool " + account.pool() + " has " + account.free() + " free of " + account.total() + "; " + delta + " more cannot be allocated",
                    account.pool() + " 编制池总额 " + account.total() + "，尚余 " + account.free() + "，无法再核增 " + delta + " 名"));
        }
    }

    /** Rule BALANCE_SUFFICIENT: a school gives up at most what it has. */
    public static void requireBalanceCovers(String schoolId, int balance, int delta, String field) {
        if (delta < 0 && balance + delta < 0) {
            throw RuleViolation.conflict("BALANCE_SUFFICIENT", field, new Reason(
                    "school " + schoolId + " has a quota of " + balance + "; it cannot give up " + (-delta),
                    "学校 " + schoolId + " 现有编制 " + balance + " 名，不能核减 " + (-delta) + " 名"));
        }
    }

    /** Rule POOL_TOTAL_COVERS_ALLOCATIONS: a pool's total never falls below what is allocated from it. */
    public static void requireTotalCoversAllocations(PoolAccount account, int delta, String field) {
        if (delta < 0 && account.total() + delta < account.allocated()) {
            throw RuleViolation.conflict("POOL_TOTAL_COVERS_ALLOCATIONS", field, new Reason(
                    "pool " + account.pool() + " has " + account.allocated() + " allocated; its total " + account.total()
                            + " cannot fall by " + (-delta) + " (at most " + account.free() + ")",
                    account.pool() + " 编制池已分配 " + account.allocated() + " 名，总额 " + account.total() + " 最多只能核减 "
                            + account.free() + " 名"));
        }
    }

    /** Rule DELTA_NOT_ZERO: an entry that changes nothing is not an entry. */
    public static void requireNonZero(int delta, String field) {
        if (delta == 0) {
            throw RuleViolation.badRequest("DELTA_NOT_ZERO", field, new Reason(
                    "a change of 0 changes nothing", "变动数不能为 0"));
        }
    }

    /** Rule TRANSFER_DISTINCT_SCHOOLS: a transfer moves quota from one school to another. */
    public static void requireDistinct(String fromSchoolId, String toSchoolId) {
        if (fromSchoolId.equals(toSchoolId)) {
            throw RuleViolation.unprocessable("TRANSFER_DISTINCT_SCHOOLS", "toSchoolId", new Reason(
                    "a transfer moves quota between two schools, not from " + fromSchoolId + " to itself",
                    "编制调剂须在两所学校之间进行，不能调给本校 " + fromSchoolId));
        }
    }

    /** Rule TRANSFER_WITHIN_POOL: quota of one pool is never moved into another (專編專用). */
    public static void requireSamePool(Pool from, Pool to) {
        if (from != to) {
            throw RuleViolation.unprocessable("TRANSFER_WITHIN_POOL", "toSchoolId", new Reason(
                    "quota of pool " + from + " cannot move to a school of pool " + to + " (dedicated quota)",
                    from + " 编制池的编制不得调往 " + to + " 编制池的学校（专编专用）"));
        }
    }
}
