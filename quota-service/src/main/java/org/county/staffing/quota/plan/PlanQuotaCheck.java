package org.county.staffing.quota.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.ledger.PoolAccount;

/**
 * The staffing office's automatic check of an annual adjustment plan: its quota transfers, applied
 * in order, keep every source school at 0 or more and at no less than the leadership posts its
 * regulation in force approves, stay within one pool and leave every pool within its total
 * (有減有增); and, as a warning, which schools' staff would exceed their quota
 * after the plan's moves and hires.
 */
public final class PlanQuotaCheck {

    public static final String TRANSFER_ITEMS_COMPLETE = "TRANSFER_ITEMS_COMPLETE";
    public static final String TRANSFER_SCHOOLS_KNOWN = "TRANSFER_SCHOOLS_KNOWN";
    public static final String TRANSFER_AMOUNT_POSITIVE = "TRANSFER_AMOUNT_POSITIVE";
    public static final String TRANSFER_DISTINCT_SCHOOLS = "TRANSFER_DISTINCT_SCHOOLS";
    public static final String TRANSFER_WITHIN_POOL = "TRANSFER_WITHIN_POOL";
    public static final String TRANSFER_SOURCE_NOT_NEGATIVE = "TRANSFER_SOURCE_NOT_NEGATIVE";
    /** A source school keeps at least the leadership posts its regulation in force approves (RegulationRules' rule). */
    public static final String LEADERSHIP_WITHIN_QUOTA = "LEADERSHIP_WITHIN_QUOTA";
    public static final String POOL_WITHIN_TOTAL = "POOL_WITHIN_TOTAL";
    public static final String STAFF_WITHIN_QUOTA = "STAFF_WITHIN_QUOTA";

    /**
     * A school of the county as the check needs it; absent schools are unknown. {@code leadershipPosts}:
     * what its regulation in force approves within its quota (0 without one).
     */
    public record SchoolFacts(String schoolId, Pool pool, boolean active, int allocated, int staff, int leadershipPosts) {

        public SchoolFacts(String schoolId, Pool pool, boolean active, int allocated, int staff) {
            this(schoolId, pool, active, allocated, staff, 0);
        }
    }

    private PlanQuotaCheck() {
    }

    public static List<PlanCheck> check(List<PlanItems.Transfer> transfers, List<PlanItems.StaffChange> staffChanges,
                                        Map<String, SchoolFacts> schools, Map<Pool, PoolAccount> pools) {
        List<PlanCheck> checks = new ArrayList<>();
        List<String> incomplete = transfers.stream().filter(t -> !t.complete())
                .map(t -> t.itemId() == null ? "(no itemId)" : t.itemId()).toList();
        checks.add(check(TRANSFER_ITEMS_COMPLETE, incomplete, true,
                incomplete.isEmpty() ? transfers.size() + " quota transfer(s), each with itemId, fromSchoolId, toSchoolId and a whole amount"
                        : "items without itemId, fromSchoolId, toSchoolId or a whole amount: " + incomplete,
                incomplete.isEmpty() ? "共 " + transfers.size() + " 项编制调剂，要素齐全" : "以下调剂项要素不全：" + incomplete));
        List<PlanItems.Transfer> complete = transfers.stream().filter(PlanItems.Transfer::complete).toList();

        Set<String> unknown = new TreeSet<>();
        Set<String> inactive = new TreeSet<>();
        List<String> unknownItems = new ArrayList<>();
        for (PlanItems.Transfer t : complete) {
            boolean itemKnown = true;
            for (String id : List.of(t.fromSchoolId(), t.toSchoolId())) {
                SchoolFacts school = schools.get(id);
                if (school == null) {
                    unknown.add(id);
                    itemKnown = false;
                } else if (!school.active()) {
                    inactive.add(id);
                    itemKnown = false;
                }
            }
            if (!itemKnown) {
                unknownItems.add(t.itemId());
            }
        }
        boolean known = unknown.isEmpty() && inactive.isEmpty();
        checks.add(check(TRANSFER_SCHOOLS_KNOWN, unknownItems, true,
                known ? "every school of the transfers is registered and active"
                        : "unknown schools " + unknown + ", merged schools " + inactive,
                known ? "调剂涉及的学校均已登记且在用" : "未登记的学校 " + unknown + "，已合并的学校 " + inactive));

        List<String> notPositive = complete.stream().filter(t -> t.amount() < 1).map(PlanItems.Transfer::itemId).toList();
        checks.add(check(TRANSFER_AMOUNT_POSITIVE, notPositive, true,
                notPositive.isEmpty() ? "every transfer moves at least one quota" : "items moving nothing or a negative amount: " + notPositive,
                notPositive.isEmpty() ? "每项调剂数均为正" : "调剂数不为正的项：" + notPositive));

        List<String> toItself = complete.stream().filter(t -> t.fromSchoolId().equals(t.toSchoolId())).map(PlanItems.Transfer::itemId).toList();
        checks.add(check(TRANSFER_DISTINCT_SCHOOLS, toItself, true,
                toItself.isEmpty() ? "every transfer is between two schools" : "items transferring to the same school: " + toItself,
                toItself.isEmpty() ? "每项调剂均在两所学校之间" : "调入调出为同一学校的项：" + toItself));

        List<String> crossPool = complete.stream().filter(t -> schools.containsKey(t.fromSchoolId()) && schools.containsKey(t.toSchoolId())
                        && schools.get(t.fromSchoolId()).pool() != schools.get(t.toSchoolId()).pool())
                .map(PlanItems.Transfer::itemId).toList();
        checks.add(check(TRANSFER_WITHIN_POOL, crossPool, true,
                crossPool.isEmpty() ? "no transfer leaves its pool (dedicated quota)" : "items moving quota between pools: " + crossPool,
                crossPool.isEmpty() ? "没有跨编制池调剂（专编专用）" : "跨编制池调剂的项：" + crossPool));

        Map<String, Integer> balances = new HashMap<>();
        schools.values().forEach(s -> balances.put(s.schoolId(), s.allocated()));
        Map<Pool, Integer> allocated = new HashMap<>();
        pools.forEach((pool, account) -> allocated.put(pool, account.allocated()));
        Set<String> negative = new LinkedHashSet<>();
        List<String> negativeItems = new ArrayList<>();
        Set<String> underLeadership = new LinkedHashSet<>();
        List<String> underLeadershipItems = new ArrayList<>();
        for (PlanItems.Transfer t : complete) {
            if (!schools.containsKey(t.fromSchoolId()) || !schools.containsKey(t.toSchoolId())) {
                continue;
            }
            int after = balances.merge(t.fromSchoolId(), -t.amount(), Integer::sum);
            balances.merge(t.toSchoolId(), t.amount(), Integer::sum);
            allocated.merge(schools.get(t.fromSchoolId()).pool(), -t.amount(), Integer::sum);
            allocated.merge(schools.get(t.toSchoolId()).pool(), t.amount(), Integer::sum);
            if (after < 0) {
                negative.add(t.itemId() + " (" + t.fromSchoolId() + " would have " + after + ")");
                negativeItems.add(t.itemId());
            } else if (t.amount() > 0 && after < schools.get(t.fromSchoolId()).leadershipPosts()) {
                underLeadership.add(t.itemId() + " (" + t.fromSchoolId() + " would have " + after + " for "
                        + schools.get(t.fromSchoolId()).leadershipPosts() + " leadership posts)");
                underLeadershipItems.add(t.itemId());
            }
        }
        checks.add(check(TRANSFER_SOURCE_NOT_NEGATIVE, negativeItems, true,
                negative.isEmpty() ? "every source school keeps a quota of 0 or more" : "sources that would go below 0: " + negative,
                negative.isEmpty() ? "调出学校编制均不为负" : "调出后编制为负的项：" + negative));
        checks.add(check(LEADERSHIP_WITHIN_QUOTA, underLeadershipItems, true,
                underLeadership.isEmpty() ? "every source school keeps the leadership posts its regulation in force approves within its quota"
                        : "sources left fewer quota than their regulation's leadership posts: " + underLeadership,
                underLeadership.isEmpty() ? "调出学校编制均不少于其机构职能编制规定核定的领导职数"
                        : "调出后编制少于机构职能编制规定核定的领导职数的项：" + underLeadership));

        Map<Pool, String> over = new TreeMap<>();
        pools.forEach((pool, account) -> {
            int after = allocated.getOrDefault(pool, account.allocated());
            if (after > account.total()) {
                over.put(pool, after + " of " + account.total());
            }
        });
        List<String> overItems = over.isEmpty() ? List.of() : crossPool;
        checks.add(check(POOL_WITHIN_TOTAL, over.isEmpty(), overItems, true,
                over.isEmpty() ? "every pool stays within its total" : "pools over their total after the plan: " + over,
                over.isEmpty() ? "各编制池均未超出总额" : "调整后超出总额的编制池：" + over));

        Map<String, Integer> staff = new HashMap<>();
        schools.values().forEach(s -> staff.put(s.schoolId(), s.staff()));
        Set<String> touched = new TreeSet<>();
        for (PlanItems.StaffChange change : staffChanges) {
            staff.merge(change.schoolId(), change.delta(), Integer::sum);
            touched.add(change.schoolId());
        }
        complete.forEach(t -> {
            touched.add(t.fromSchoolId());
            touched.add(t.toSchoolId());
        });
        List<String> overStaffed = new ArrayList<>();
        for (String school : touched) {
            int quota = balances.getOrDefault(school, 0);
            int people = staff.getOrDefault(school, 0);
            if (schools.containsKey(school) && people > quota) {
                overStaffed.add(school + " (" + people + " staff on " + quota + ")");
            }
        }
        checks.add(check(STAFF_WITHIN_QUOTA, overStaffed.isEmpty(), List.of(), false,
                overStaffed.isEmpty() ? "no school the plan touches ends with more staff than quota"
                        : "schools over quota after the plan: " + overStaffed,
                overStaffed.isEmpty() ? "方案涉及的学校均未超编" : "方案实施后超编的学校：" + overStaffed));
        return checks;
    }

    /** A check that fails exactly when some items break it. */
    private static PlanCheck check(String rule, List<String> failingItems, boolean blocking, String detail, String detailZh) {
        return check(rule, failingItems.isEmpty(), failingItems, blocking, detail, detailZh);
    }

    private static PlanCheck check(String rule, boolean passed, List<String> itemIds, boolean blocking, String detail,
                                   String detailZh) {
        return new PlanCheck(rule, passed, blocking, detail, detailZh, List.copyOf(itemIds));
    }
}
