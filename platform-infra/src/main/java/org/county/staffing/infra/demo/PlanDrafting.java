package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The education bureau's drafting of the quota and post side of the annual plan, once the
 * rotation round's moves are known (plain Java; the numbers come from the departments' APIs).
 *
 * <ul>
 * <li><b>Quota transfers</b> (有減有增, within one pool): a school's leadership posts count against
 * its quota first. What a school's quota must hold after the moves is the more of its staff and the
 * posts it keeps (every post but its abolishable ones, below: its leadership posts, held posts and
 * the posts moves land on). A school that must hold more than its quota receives quota from schools
 * of its pool with quota to spare, the largest spare first, so that every school's staff and kept
 * posts fit its quota and the county total stays: a receiver's room accounts for its leadership
 * posts. A donor gives only quota it can give posts up for and never goes under the leadership
 * posts its regulation approves (quota-service refuses a cut below them).</li>
 * <li><b>Post abolitions</b>: every school that would keep more posts than its quota after the
 * transfers gives up the excess from its abolishable posts: posts frozen for over-establishment
 * first, then vacant posts no move lands on, then the posts the plan's transferred teachers leave.
 * A leadership post is none of them (the caller leaves them out of the vacant and frozen lists).</li>
 * <li><b>The pool's unallocated quota</b> (机动编制), last: when no school of the pool has quota to
 * spare, the staffing office allocates what a school still needs from what its pool holds
 * unallocated, if it holds any.</li>
 * <li><b>Moves taken out</b> ({@link #fit}): when even that leaves a pool short, the bureau takes out
 * of the plan, one at a time, the moves that the short pool pays for without getting a post back
 * (a teacher coming from another pool, an assignment hosted in it; never half of a paired exchange),
 * first those landing at a school still short, until the pool fits.</li>
 * </ul>
 * Moves carried out by their form count by what they do to the schools: a support-teaching,
 * shadowing or itinerant teacher keeps the home post and stays on the home school's staff, so
 * neither school's staff changes nor is the home post offered for abolition (the host's covered
 * post is not either). A competition counts as a move: its winner leaves the home school.
 * Whatever cannot be made to fit is reported, not hidden.
 */
public final class PlanDrafting {

    private PlanDrafting() {
    }

    /**
     * A school before the plan: quota, staff, posts not abolished (leadership posts included), its
     * vacant and frozen posts that may be abolished (no leadership post among them) and the
     * leadership posts its regulation in force approves.
     */
    public record SchoolState(String schoolId, String pool, int quota, int staff, int posts, List<String> vacantPosts,
                              List<String> frozenPosts, int leadershipApproved) {

        /** A school without a regulation. */
        public SchoolState(String schoolId, String pool, int quota, int staff, int posts, List<String> vacantPosts,
                           List<String> frozenPosts) {
            this(schoolId, pool, quota, staff, posts, vacantPosts, frozenPosts, 0);
        }
    }

    public record Move(String teacherId, String fromSchoolId, String fromPostId, String toSchoolId, String toPostId, String form) {

        /** A move planned without a form: a transfer. */
        public Move(String teacherId, String fromSchoolId, String fromPostId, String toSchoolId, String toPostId) {
            this(teacherId, fromSchoolId, fromPostId, toSchoolId, toPostId, null);
        }

        /** Support teaching, shadowing and itinerant teaching are assignments: the teacher keeps the home post. */
        public boolean keepsHomePost() {
            return form != null && KEEPS_HOME_POST.contains(form);
        }
    }

    /** The forms carried out as assignments (recruitment-service's PlanRules.carriedOutAs). */
    public static final Set<String> KEEPS_HOME_POST = Set.of("SUPPORT_TEACHING", "SHADOWING", "ITINERANT");

    public record Transfer(String fromSchoolId, String toSchoolId, int amount) {
    }

    /** Quota the staffing office allocates to a school from its pool's unallocated quota. */
    public record Allocation(String schoolId, int amount) {
    }

    /**
     * @param transfers    quota transfers
     * @param allocations  quota from the pools' unallocated quota, where no school had any to spare
     * @param abolitions   per school, the posts to abolish
     * @param quotaAfter   each school's quota after the transfers and allocations
     * @param staffAfter   each school's staff after the moves
     * @param unresolved   schools still over-staffed (no spare quota left in the pool) or over-established
     * @param shortByPool  per pool, the quota its schools still lack after every transfer and allocation
     */
    public record Draft(List<Transfer> transfers, List<Allocation> allocations, Map<String, List<String>> abolitions,
                        Map<String, Integer> quotaAfter, Map<String, Integer> staffAfter, Map<String, String> unresolved,
                        Map<String, Integer> shortByPool) {
    }

    /** A draft that fits, and the moves taken out of the plan so that it does. */
    public record Fitted(Draft draft, List<Move> takenOut) {
    }

    /**
     * The draft, with the moves taken out that pools short of quota cannot hold (as few as it takes,
     * one at a time, each draft computed anew); the pools' unallocated quota is used first.
     */
    public static Fitted fit(List<SchoolState> schools, List<Move> moves, Map<String, Integer> unallocated) {
        Map<String, String> poolOf = new HashMap<>();
        schools.forEach(s -> poolOf.put(s.schoolId(), s.pool()));
        List<Move> kept = new ArrayList<>(moves);
        List<Move> takenOut = new ArrayList<>();
        Draft draft = draft(schools, kept, unallocated);
        while (!draft.shortByPool().isEmpty()) {
            Draft current = draft;
            Move out = kept.stream()
                    .filter(m -> current.shortByPool().containsKey(poolOf.get(m.toSchoolId())))
                    .filter(m -> !"PAIRED_EXCHANGE".equals(m.form()))
                    .filter(m -> m.keepsHomePost() || !Objects.equals(poolOf.get(m.fromSchoolId()), poolOf.get(m.toSchoolId())))
                    .min(Comparator.comparing((Move m) -> !current.unresolved().containsKey(m.toSchoolId()))
                            .thenComparing(Move::teacherId))
                    .orElse(null);
            if (out == null) {
                break;
            }
            kept.remove(out);
            takenOut.add(out);
            draft = draft(schools, kept, unallocated);
        }
        return new Fitted(draft, List.copyOf(takenOut));
    }

    public static Draft draft(List<SchoolState> schools, List<Move> moves) {
        return draft(schools, moves, Map.of());
    }

    /** @param unallocated per pool, the quota the staffing office holds unallocated */
    public static Draft draft(List<SchoolState> schools, List<Move> moves, Map<String, Integer> unallocated) {
        Map<String, SchoolState> byId = new LinkedHashMap<>();
        schools.forEach(s -> byId.put(s.schoolId(), s));
        Map<String, Integer> staffAfter = new HashMap<>();
        schools.forEach(s -> staffAfter.put(s.schoolId(), s.staff()));
        Set<String> moveTargets = new HashSet<>();
        Map<String, List<String>> leaving = new HashMap<>();
        for (Move m : moves) {
            moveTargets.add(m.toPostId());
            if (m.keepsHomePost()) {
                continue;
            }
            staffAfter.merge(m.fromSchoolId(), -1, Integer::sum);
            staffAfter.merge(m.toSchoolId(), 1, Integer::sum);
            leaving.computeIfAbsent(m.fromSchoolId(), k -> new ArrayList<>()).add(m.fromPostId());
        }
        Map<String, List<String>> abolishable = new HashMap<>();
        for (SchoolState s : schools) {
            List<String> candidates = new ArrayList<>(s.frozenPosts().stream().filter(p -> !moveTargets.contains(p)).sorted().toList());
            s.vacantPosts().stream().filter(p -> !moveTargets.contains(p)).sorted().forEach(candidates::add);
            leaving.getOrDefault(s.schoolId(), List.of()).stream().filter(p -> !moveTargets.contains(p)).sorted()
                    .forEach(candidates::add);
            abolishable.put(s.schoolId(), candidates);
        }
        Map<String, Integer> quotaAfter = new HashMap<>();
        schools.forEach(s -> quotaAfter.put(s.schoolId(), s.quota()));
        List<Transfer> transfers = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        Map<String, Integer> reserve = new HashMap<>(unallocated);
        Map<String, Integer> shortByPool = new java.util.TreeMap<>();
        Map<String, String> unresolved = new LinkedHashMap<>();

        // what the quota must hold: the staff and the posts kept (leadership posts among them); a donor
        // also never goes under its regulation's leadership posts
        Map<String, Integer> kept = new HashMap<>();
        Map<String, Integer> floor = new HashMap<>();
        for (SchoolState s : schools) {
            int held = Math.max(staffAfter.get(s.schoolId()), s.posts() - abolishable.get(s.schoolId()).size());
            kept.put(s.schoolId(), held);
            floor.put(s.schoolId(), Math.max(held, s.leadershipApproved()));
        }
        Comparator<SchoolState> byNeed = Comparator.comparingInt((SchoolState s) -> s.quota() - kept.get(s.schoolId()))
                .thenComparing(SchoolState::schoolId);
        List<SchoolState> needy = schools.stream().filter(s -> kept.get(s.schoolId()) > s.quota()).sorted(byNeed).toList();
        for (SchoolState school : needy) {
            int need = kept.get(school.schoolId()) - school.quota();
            List<SchoolState> donors = schools.stream()
                    .filter(d -> d.pool().equals(school.pool()) && spare(d, quotaAfter, floor) > 0)
                    .sorted(Comparator.comparingInt((SchoolState d) -> floor.get(d.schoolId()) - quotaAfter.get(d.schoolId()))
                            .thenComparing(SchoolState::schoolId))
                    .toList();
            for (SchoolState donor : donors) {
                if (need == 0) {
                    break;
                }
                int amount = Math.min(spare(donor, quotaAfter, floor), need);
                transfers.add(new Transfer(donor.schoolId(), school.schoolId(), amount));
                quotaAfter.merge(donor.schoolId(), -amount, Integer::sum);
                quotaAfter.merge(school.schoolId(), amount, Integer::sum);
                need -= amount;
            }
            int fromReserve = Math.min(need, Math.max(0, reserve.getOrDefault(school.pool(), 0)));
            if (fromReserve > 0) {
                allocations.add(new Allocation(school.schoolId(), fromReserve));
                reserve.merge(school.pool(), -fromReserve, Integer::sum);
                quotaAfter.merge(school.schoolId(), fromReserve, Integer::sum);
                need -= fromReserve;
            }
            if (need > 0) {
                shortByPool.merge(school.pool(), need, Integer::sum);
                unresolved.put(school.schoolId(), "still " + need + " staff or kept posts (leadership posts included) beyond its quota: "
                        + "no school of pool " + school.pool() + " has quota to spare, nor the pool any unallocated");
            }
        }

        Map<String, List<String>> abolitions = new LinkedHashMap<>();
        for (SchoolState s : schools) {
            int excess = s.posts() - quotaAfter.get(s.schoolId());
            if (excess <= 0) {
                continue;
            }
            List<String> candidates = abolishable.get(s.schoolId());
            List<String> chosen = new ArrayList<>(candidates.subList(0, Math.min(excess, candidates.size())));
            if (!chosen.isEmpty()) {
                abolitions.put(s.schoolId(), chosen);
            }
            if (chosen.size() < excess) {
                unresolved.merge(s.schoolId(), "keeps " + (excess - chosen.size()) + " occupied or leadership posts beyond its quota",
                        (a, b) -> a + "; " + b);
            }
        }
        return new Draft(List.copyOf(transfers), List.copyOf(allocations), abolitions, quotaAfter, staffAfter, unresolved, shortByPool);
    }

    /** The quota a donor can give now: what its quota holds above its floor (never negative). */
    private static int spare(SchoolState d, Map<String, Integer> quotaAfter, Map<String, Integer> floor) {
        return Math.max(0, quotaAfter.get(d.schoolId()) - floor.get(d.schoolId()));
    }
}
