package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.CostTerms;
import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.Tier;
import org.county.staffing.rotation.planner.model.UnmetShortage;

/**
 * The optimal rotation planner: a min-cost flow on a compressed network, solved exactly by OR-tools.
 *
 * <p>Due teachers of one school, subject and backbone flag are interchangeable but for their priority,
 * so each distinct priority among them is one arc (a convex piecewise-linear cost). Which destinations
 * a school may give to depends only on a few attributes (surplus in the subject; over-staffed; tier) and
 * which it may receive from on two (under-staffed; tier), and travel runs through district centres and
 * the county seat; so instead of an arc per teacher and destination the network routes:
 *
 * <pre>
 * source -> school (cap: SOURCE_STAFF_SHARE, only where it can bind)
 *   -> school x subject (cap: SOURCE_SUBJECT_FLOOR, only where it can bind)
 *   -> out hub: district x subject x giver attributes x backbone
 *        (one arc per priority level; cost: priority + leg to the district centre)
 *   -> in hub: district x subject x receiver attributes (under-staffed, tier), only where MOVE_DIRECTION
 *        allows: of the same district directly, of another through the county seat
 *        (cost: backbone term, and the two spokes between district centres and seat)
 *   -> sink: one arc per vacant post of each destination school x subject (cost: leg from the district
 *        centre plus coverage, which rises with each vacancy of the shortage already filled)
 * </pre>
 *
 * Every source-to-sink path is an allowed move at exactly the cost the per-teacher model gives it, and
 * every allowed move has such a path, so both have the same optimum; the flow is then split into one
 * path per teacher.
 */
public final class RotationPlanner {

    /** Giver attributes, reduced to what decides the destinations: a surplus allows every destination. */
    static final int KEYS = 7;
    private static final int NO_DESTINATION = 6;
    /** Receiver attributes: under-staffed x tier. */
    static final int RECEIVERS = 6;

    static int giverKey(boolean over, boolean surplus, Tier tier) {
        if (surplus) {
            return 0;
        }
        return (over ? 1 : 4) + tier.ordinal();
    }

    static int receiverKey(boolean under, Tier tier) {
        return (under ? 3 : 0) + tier.ordinal();
    }

    static boolean allowed(int giverKey, int receiverKey) {
        if (giverKey == 0) {
            return true;
        }
        boolean over = giverKey <= 3;
        Tier from = Tier.values()[(giverKey - 1) % 3];
        return DirectionRules.allowed(over, false, from, receiverKey >= 3, Tier.values()[receiverKey % 3]);
    }

    /**
     * Plans every county of the problem. Moves never cross a county line and each county has its own
     * target, so the network falls apart into one independent component per county; each is solved on
     * its own and the optimum of the whole is the sum of theirs.
     */
    public RoundPlan plan(PlanningProblem problem) {
        Map<String, List<PlanSchool>> schoolsByCounty = new LinkedHashMap<>();
        for (PlanSchool school : problem.schools()) {
            schoolsByCounty.computeIfAbsent(school.county(), k -> new ArrayList<>()).add(school);
        }
        if (schoolsByCounty.size() <= 1) {
            return planCounty(problem);
        }
        Map<String, String> countyOf = new HashMap<>();
        problem.schools().forEach(s -> countyOf.put(s.id(), s.county()));
        Map<String, List<SubjectPosition>> positions = new HashMap<>();
        for (SubjectPosition p : problem.positions()) {
            positions.computeIfAbsent(countyOf.get(p.schoolId()), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<Candidate>> candidates = new HashMap<>();
        for (Candidate c : problem.candidates()) {
            String county = countyOf.get(c.schoolId());
            if (county != null) {
                candidates.computeIfAbsent(county, k -> new ArrayList<>()).add(c);
            }
        }
        List<Move> moves = new ArrayList<>();
        List<UnmetShortage> unmet = new ArrayList<>();
        List<Explanation> gapReasons = new ArrayList<>();
        long cost = 0;
        int nodes = 0;
        int arcs = 0;
        long build = 0;
        long solve = 0;
        for (Map.Entry<String, List<PlanSchool>> county : schoolsByCounty.entrySet()) {
            RoundPlan part = planCounty(PlanningProblem.ofCounty(county.getKey(), county.getValue(),
                    positions.getOrDefault(county.getKey(), List.of()), candidates.getOrDefault(county.getKey(), List.of()),
                    problem.target(county.getKey()), problem.parameters()));
            moves.addAll(part.moves());
            unmet.addAll(part.unmet());
            for (Explanation reason : part.gapReasons()) {
                gapReasons.add(new Explanation(reason.code(), "county " + county.getKey() + ": " + reason.en(),
                        "县 " + county.getKey() + "：" + reason.zh()));
            }
            cost += part.totalCost();
            nodes += part.stats().nodes();
            arcs += part.stats().arcs();
            build += part.stats().buildMillis();
            solve += part.stats().solveMillis();
        }
        return new RoundPlan(problem.target(), moves, unmet, cost, problem.target() - moves.size(), gapReasons,
                new RoundPlan.SolveStats("compressed, per county", nodes, arcs, build, solve));
    }

    private RoundPlan planCounty(PlanningProblem problem) {
        long started = System.nanoTime();
        ProblemIndex index = new ProblemIndex(problem);
        CostModel costs = index.costs();
        Interned names = new Interned();
        for (PlanSchool school : problem.schools()) {
            names.district(school);
        }
        int subjects = names.subjectCount(problem);
        int districts = names.districts.size();
        int counties = names.counties.size();

        FlowNetwork net = new FlowNetwork();
        int source = net.addNode();
        int sink = net.addNode();
        Map<Integer, SubjectPosition> arcDestination = new HashMap<>();

        // destinations
        int[] inNode = filled(districts * subjects * RECEIVERS);
        List<List<Integer>> inDistricts = new ArrayList<>(counties * subjects * RECEIVERS);
        for (int i = 0; i < counties * subjects * RECEIVERS; i++) {
            inDistricts.add(null);
        }
        for (SubjectPosition destination : index.allDestinations()) {
            PlanSchool school = index.school(destination.schoolId());
            int d = names.district(school);
            int s = names.subject(destination.subject());
            int rk = receiverKey(school.underStaffed(), school.tier());
            int slot = (d * subjects + s) * RECEIVERS + rk;
            if (inNode[slot] < 0) {
                inNode[slot] = net.addNode();
                int countySlot = (names.districtCounty.get(d) * subjects + s) * RECEIVERS + rk;
                if (inDistricts.get(countySlot) == null) {
                    inDistricts.set(countySlot, new ArrayList<>());
                }
                inDistricts.get(countySlot).add(d);
            }
            // one arc per vacancy straight from the in hub: their rising costs make the shortage convex
            long leg = costs.travel(costs.legKm(school));
            for (int k = 0; k < destination.vacancies(); k++) {
                arcDestination.put(net.addArc(inNode[slot], sink, 1, leg + costs.coverage(school, k)), destination);
            }
        }

        // sources
        Map<String, Map<String, List<Candidate>>> bySchool = new LinkedHashMap<>();
        Map<String, Integer> candidatesPerSubject = new HashMap<>();
        for (Candidate c : problem.candidates()) {
            if (index.usable(c)) {
                bySchool.computeIfAbsent(c.schoolId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
                candidatesPerSubject.merge(ProblemIndex.key(c.schoolId(), c.subject()), 1, Integer::sum);
            }
        }
        long big = Math.max(1, problem.candidates().size());
        int[][] outNode = new int[districts * subjects * KEYS][];
        List<int[]> outHubs = new ArrayList<>();
        boolean[] giverPresent = new boolean[counties * subjects * KEYS];
        List<Level> levels = new ArrayList<>();
        Comparator<Candidate> order = Comparator.comparingLong(costs::priority)
                .thenComparing(Comparator.comparingInt(Candidate::yearsAtSchool).reversed())
                .thenComparing(Candidate::teacherId);
        for (Map.Entry<String, Map<String, List<Candidate>>> schoolEntry : bySchool.entrySet()) {
            PlanSchool school = index.school(schoolEntry.getKey());
            int schoolCap = index.schoolCap(school);
            int d = names.district(school);
            int county = names.districtCounty.get(d);
            int givable = 0;
            for (Map.Entry<String, List<Candidate>> e : schoolEntry.getValue().entrySet()) {
                givable += Math.min(e.getValue().size(), index.subjectCap(school.id(), e.getKey()));
            }
            if (schoolCap == 0 || givable == 0) {
                continue;
            }
            int schoolNode = -1;
            for (Map.Entry<String, List<Candidate>> e : schoolEntry.getValue().entrySet()) {
                List<Candidate> members = e.getValue();
                int s = names.subject(e.getKey());
                SubjectPosition position = index.position(school.id(), e.getKey());
                int subjectCap = index.subjectCap(school.id(), e.getKey());
                int key = giverKey(school.overStaffed(), position.surplus() > 0, school.tier());
                if (subjectCap == 0 || key == NO_DESTINATION || !anyReceiver(inDistricts, county, s, subjects, key)) {
                    continue;
                }
                giverPresent[(county * subjects + s) * KEYS + key] = true;
                int parent = source;
                if (schoolCap < givable) {
                    if (schoolNode < 0) {
                        schoolNode = net.addNode();
                        net.addArc(source, schoolNode, schoolCap, 0);
                    }
                    parent = schoolNode;
                }
                if (subjectCap < members.size()) {
                    int subjectNode = net.addNode();
                    net.addArc(parent, subjectNode, subjectCap, 0);
                    parent = subjectNode;
                }
                members.sort(order);
                long leg = costs.travel(costs.legKm(school));
                int outSlot = (d * subjects + s) * KEYS + key;
                if (outNode[outSlot] == null) {
                    outNode[outSlot] = new int[] {-1, -1};
                }
                for (int bb = 0; bb < 2; bb++) {
                    boolean backbone = bb == 1;
                    List<Candidate> group = members.stream().filter(c -> c.backbone() == backbone).toList();
                    if (group.isEmpty()) {
                        continue;
                    }
                    // at most min(caps) of a group can move, and an optimum moves its best ones: drop the rest
                    group = group.subList(0, Math.min(group.size(), Math.min(subjectCap, schoolCap)));
                    if (outNode[outSlot][bb] < 0) {
                        outNode[outSlot][bb] = net.addNode();
                        outHubs.add(new int[] {outNode[outSlot][bb], d, s, key, bb});
                    }
                    int from = 0;
                    while (from < group.size()) {
                        long priority = costs.priority(group.get(from));
                        int to = from;
                        while (to < group.size() && costs.priority(group.get(to)) == priority) {
                            to++;
                        }
                        int arc = net.addArc(parent, outNode[outSlot][bb], to - from, priority + leg);
                        levels.add(new Level(arc, group, from));
                        from = to;
                    }
                }
            }
        }

        // out hub -> in hub of its own district, or -> the county seat -> in hubs of other districts,
        // only toward destination attributes the direction rules allow
        int[] seatNode = filled(counties * subjects * RECEIVERS);
        for (int[] hub : outHubs) {
            int d = hub[1];
            int s = hub[2];
            int county = names.districtCounty.get(d);
            for (int rk = 0; rk < RECEIVERS; rk++) {
                List<Integer> receiving = inDistricts.get((county * subjects + s) * RECEIVERS + rk);
                if (receiving == null || !allowed(hub[3], rk)) {
                    continue;
                }
                long backbone = costs.backbone(hub[4] == 1, Tier.values()[rk % 3]);
                int own = inNode[(d * subjects + s) * RECEIVERS + rk];
                if (own >= 0) {
                    net.addArc(hub[0], own, big, backbone);
                }
                if (receiving.size() > 1 || receiving.get(0) != d) {
                    int seatSlot = (county * subjects + s) * RECEIVERS + rk;
                    if (seatNode[seatSlot] < 0) {
                        seatNode[seatSlot] = net.addNode();
                        for (int to : receiving) {
                            net.addArc(seatNode[seatSlot], inNode[(to * subjects + s) * RECEIVERS + rk], big,
                                    costs.travel(costs.spokeKm(names.districts.get(to))));
                        }
                    }
                    net.addArc(hub[0], seatNode[seatSlot], big,
                            backbone + costs.travel(costs.spokeKm(names.districts.get(d))));
                }
            }
        }
        long built = System.nanoTime();

        int target = problem.target();
        FlowNetwork.Solution solution = target == 0 ? new FlowNetwork.Solution(new long[net.arcs()], 0, 0)
                : net.solve(source, sink, target);
        long solved = System.nanoTime();

        List<Assignment> assignments = decompose(net, solution, levels, arcDestination, sink, index);
        long sum = 0;
        for (Assignment a : assignments) {
            sum += a.cost().total();
        }
        if (sum != solution.totalCost()) {
            throw new IllegalStateException("moves cost " + sum + " but the flow costs " + solution.totalCost());
        }
        List<Move> moves = FormRules.assign(assignments, problem.parameters());
        Shortfalls.GiverCheck eligible = (school, subject) -> {
            Integer s = names.subjects.get(subject);
            if (s == null) {
                return false;
            }
            int county = names.districtCounty.get(names.district(school));
            int rk = receiverKey(school.underStaffed(), school.tier());
            for (int key = 0; key < KEYS; key++) {
                if (giverPresent[(county * subjects + s) * KEYS + key] && allowed(key, rk)) {
                    return true;
                }
            }
            return false;
        };
        List<UnmetShortage> unmet = Shortfalls.unmet(index, assignments, eligible, moves.size() >= target);
        List<Explanation> gapReasons = moves.size() >= target ? List.of()
                : Shortfalls.gapReasons(index, candidatesPerSubject, eligible, target, moves.size());
        return new RoundPlan(target, moves, unmet, solution.totalCost(), target - moves.size(), gapReasons,
                new RoundPlan.SolveStats("compressed", net.nodes(), net.arcs(), (built - started) / 1_000_000,
                        (solved - built) / 1_000_000));
    }

    private static boolean anyReceiver(List<List<Integer>> inDistricts, int county, int s, int subjects, int key) {
        for (int rk = 0; rk < RECEIVERS; rk++) {
            if (inDistricts.get((county * subjects + s) * RECEIVERS + rk) != null && allowed(key, rk)) {
                return true;
            }
        }
        return false;
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, -1);
        return array;
    }

    /** One priority level of a class: its arc and the teachers at it, best first. */
    private record Level(int arc, List<Candidate> members, int start) {
    }

    /** Dense numbers for counties, districts and subjects, so hubs live in arrays. */
    private static final class Interned {
        final Map<String, Integer> counties = new HashMap<>();
        final List<String> districts = new ArrayList<>();
        final Map<String, Integer> districtIds = new HashMap<>();
        final List<Integer> districtCounty = new ArrayList<>();
        final Map<String, Integer> subjects = new HashMap<>();
        private final Map<String, Integer> bySchool = new HashMap<>();

        int district(PlanSchool school) {
            Integer known = bySchool.get(school.id());
            if (known != null) {
                return known;
            }
            String key = CostModel.districtKey(school);
            Integer id = districtIds.get(key);
            if (id == null) {
                id = districts.size();
                districts.add(key);
                districtIds.put(key, id);
                districtCounty.add(counties.computeIfAbsent(school.county(), c -> counties.size()));
            }
            bySchool.put(school.id(), id);
            return id;
        }

        int subjectCount(PlanningProblem problem) {
            for (SubjectPosition p : problem.positions()) {
                subjects.putIfAbsent(p.subject(), subjects.size());
            }
            return Math.max(1, subjects.size());
        }

        int subject(String subject) {
            return subjects.get(subject);
        }
    }

    /** Splits the flow into one path per teacher, from its priority level to the sink. */
    private static List<Assignment> decompose(FlowNetwork net, FlowNetwork.Solution solution, List<Level> levels,
                                              Map<Integer, SubjectPosition> arcDestination, int sink, ProblemIndex index) {
        long[] remaining = solution.flow().clone();
        int[] first = new int[net.nodes() + 1];
        for (int a = 0; a < net.arcs(); a++) {
            if (remaining[a] > 0) {
                first[net.tail(a) + 1]++;
            }
        }
        for (int n = 0; n < net.nodes(); n++) {
            first[n + 1] += first[n];
        }
        int[] arcs = new int[first[net.nodes()]];
        int[] fill = Arrays.copyOf(first, net.nodes());
        for (int a = 0; a < net.arcs(); a++) {
            if (remaining[a] > 0) {
                arcs[fill[net.tail(a)]++] = a;
            }
        }
        int[] cursor = Arrays.copyOf(first, net.nodes());
        CostModel costs = index.costs();
        Map<SubjectPosition, Integer> filled = new HashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        for (Level level : levels) {
            long moving = solution.flow()[level.arc()];
            for (int i = 0; i < moving; i++) {
                Candidate candidate = level.members().get(level.start() + i);
                int node = net.head(level.arc());
                SubjectPosition destination = null;
                while (node != sink) {
                    while (cursor[node] < first[node + 1] && remaining[arcs[cursor[node]]] == 0) {
                        cursor[node]++;
                    }
                    if (cursor[node] == first[node + 1]) {
                        throw new IllegalStateException("flow is not conserved at node " + node);
                    }
                    int arc = arcs[cursor[node]];
                    remaining[arc]--;
                    SubjectPosition reached = arcDestination.get(arc);
                    if (reached != null) {
                        destination = reached;
                    }
                    node = net.head(arc);
                }
                int k = filled.merge(destination, 1, Integer::sum) - 1;
                PlanSchool from = index.school(candidate.schoolId());
                PlanSchool to = index.school(destination.schoolId());
                int km = costs.travelKm(from, to);
                CostTerms terms = CostTerms.of(costs.priority(candidate), costs.travel(km),
                        costs.backbone(candidate.backbone(), to.tier()), costs.coverage(to, k), km);
                List<Direction> directions = DirectionRules.satisfied(from, index.position(from.id(), candidate.subject()),
                        to, destination);
                if (directions.isEmpty()) {
                    throw new IllegalStateException("flow path " + from.id() + " -> " + to.id() + " breaks MOVE_DIRECTION");
                }
                assignments.add(new Assignment(candidate, from, to, destination, k, directions, terms));
            }
        }
        return assignments;
    }
}
