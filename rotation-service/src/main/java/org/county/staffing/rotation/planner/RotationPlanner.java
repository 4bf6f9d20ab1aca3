package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.CostTerms;
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
 * <p>Teachers of one school, subject and backbone flag are interchangeable but for their priority,
 * so they form one class node fed by one arc per distinct priority cost (a convex piecewise-linear
 * cost). Which destinations a class may reach depends only on its school's attributes (over-staffed,
 * surplus in the subject, tier) and the destination's (under-staffed, tier), and travel runs through
 * district centres; so instead of an arc per teacher and destination the network routes:
 *
 * <pre>
 * source -> school (cap: SOURCE_STAFF_SHARE) -> school x subject (cap: SOURCE_SUBJECT_FLOOR)
 *   -> class (school x subject x backbone; one arc per priority level)
 *   -> out hub (district x subject x source attributes x backbone; cost: leg to the district centre)
 *   -> mid hub (district x subject x destination attributes; only where MOVE_DIRECTION allows; cost: backbone term)
 *   -> in hub (destination district x subject x destination attributes; cost: between district centres)
 *   -> destination (school x subject, cap: vacant posts; cost: leg from the district centre)
 *   -> sink (one arc per vacancy, cost: coverage, rising with every vacancy already filled)
 * </pre>
 *
 * Every source-to-destination path in it is an allowed move of exactly the cost the per-teacher model
 * gives that move, and every allowed move has such a path, so the optimum is the same; the flow is
 * then split into paths, one per teacher.
 */
public final class RotationPlanner {

    public RoundPlan plan(PlanningProblem problem) {
        long started = System.nanoTime();
        ProblemIndex index = new ProblemIndex(problem);
        CostModel costs = index.costs();
        FlowNetwork net = new FlowNetwork();
        int source = net.addNode();
        int sink = net.addNode();

        Map<String, List<Candidate>> classes = new LinkedHashMap<>();
        int usable = 0;
        for (Candidate c : problem.candidates()) {
            if (index.usable(c)) {
                classes.computeIfAbsent(c.schoolId() + "|" + c.subject() + "|" + c.backbone(), k -> new ArrayList<>()).add(c);
                usable++;
            }
        }
        long big = Math.max(1, usable);
        Map<String, Integer> schoolNodes = new HashMap<>();
        Map<String, Integer> subjectNodes = new HashMap<>();
        Map<String, Integer> outNodes = new LinkedHashMap<>();
        Map<String, OutHub> outHubs = new LinkedHashMap<>();
        List<ClassArcs> classArcs = new ArrayList<>();
        Map<String, Set<String>> giverSignatures = new HashMap<>();

        for (List<Candidate> members : classes.values()) {
            Candidate first = members.get(0);
            PlanSchool school = index.school(first.schoolId());
            SubjectPosition position = index.position(first.schoolId(), first.subject());
            int schoolCap = index.schoolCap(school);
            int subjectCap = index.subjectCap(school.id(), first.subject());
            if (schoolCap == 0 || subjectCap == 0) {
                continue;
            }
            members.sort(Comparator.comparingLong(costs::priority)
                    .thenComparing(Comparator.comparingInt(Candidate::yearsAtSchool).reversed())
                    .thenComparing(Candidate::teacherId));
            int schoolNode = schoolNodes.computeIfAbsent(school.id(), id -> {
                int n = net.addNode();
                net.addArc(source, n, schoolCap, 0);
                return n;
            });
            int subjectNode = subjectNodes.computeIfAbsent(school.id() + "|" + first.subject(), k -> {
                int n = net.addNode();
                net.addArc(schoolNode, n, subjectCap, 0);
                return n;
            });
            int classNode = net.addNode();
            ClassArcs arcs = new ClassArcs(members, new ArrayList<>(), new ArrayList<>());
            int from = 0;
            while (from < members.size()) {
                long priority = costs.priority(members.get(from));
                int to = from;
                while (to < members.size() && costs.priority(members.get(to)) == priority) {
                    to++;
                }
                arcs.levelArcs().add(net.addArc(subjectNode, classNode, to - from, priority));
                arcs.levelStarts().add(from);
                from = to;
            }
            classArcs.add(arcs);
            boolean over = school.overStaffed();
            boolean surplus = position.surplus() > 0;
            String district = CostModel.districtKey(school);
            String outKey = district + "|" + first.subject() + "|" + over + "|" + surplus + "|" + school.tier() + "|" + first.backbone();
            int outNode = outNodes.computeIfAbsent(outKey, k -> {
                outHubs.put(k, new OutHub(school.county(), district, first.subject(), over, surplus, school.tier(), first.backbone()));
                return net.addNode();
            });
            net.addArc(classNode, outNode, members.size(), costs.travel(costs.legKm(school)));
            giverSignatures.computeIfAbsent(school.county() + "|" + first.subject(), k -> new HashSet<>())
                    .add(over + "|" + surplus + "|" + school.tier());
        }

        // destinations, grouped by county and subject into destination attributes and districts
        Map<Integer, SubjectPosition> destinationOf = new HashMap<>();
        Map<String, Integer> inNodes = new HashMap<>();
        Map<String, Map<String, List<String>>> receiverDistricts = new HashMap<>();
        for (SubjectPosition destination : index.allDestinations()) {
            PlanSchool school = index.school(destination.schoolId());
            String receiver = school.underStaffed() + "|" + school.tier();
            String district = CostModel.districtKey(school);
            int inNode = inNodes.computeIfAbsent(district + "|" + destination.subject() + "|" + receiver, k -> {
                receiverDistricts.computeIfAbsent(school.county() + "|" + destination.subject(), x -> new LinkedHashMap<>())
                        .computeIfAbsent(receiver, x -> new ArrayList<>()).add(district);
                return net.addNode();
            });
            int node = net.addNode();
            destinationOf.put(node, destination);
            net.addArc(inNode, node, destination.vacancies(), costs.travel(costs.legKm(school)));
            for (int k = 0; k < destination.vacancies(); k++) {
                net.addArc(node, sink, 1, costs.coverage(school, k));
            }
        }

        // hubs: out -> mid where the direction rules allow, mid -> in between district centres
        Map<String, Integer> midNodes = new HashMap<>();
        for (Map.Entry<String, OutHub> entry : outHubs.entrySet()) {
            OutHub out = entry.getValue();
            Map<String, List<String>> receivers = receiverDistricts.getOrDefault(out.county() + "|" + out.subject(), Map.of());
            for (Map.Entry<String, List<String>> receiver : receivers.entrySet()) {
                String[] parts = receiver.getKey().split("\\|");
                boolean under = Boolean.parseBoolean(parts[0]);
                Tier tier = Tier.valueOf(parts[1]);
                if (!DirectionRules.allowed(out.over(), out.surplus(), out.tier(), under, tier)) {
                    continue;
                }
                int mid = midNodes.computeIfAbsent(out.district() + "|" + out.subject() + "|" + receiver.getKey(), k -> {
                    int n = net.addNode();
                    for (String toDistrict : receiver.getValue()) {
                        net.addArc(n, inNodes.get(toDistrict + "|" + out.subject() + "|" + receiver.getKey()), big,
                                costs.travel(costs.centreKm(out.district(), toDistrict)));
                    }
                    return n;
                });
                net.addArc(outNodes.get(entry.getKey()), mid, big, costs.backbone(out.backbone(), tier));
            }
        }
        long built = System.nanoTime();

        int target = problem.target();
        FlowNetwork.Solution solution = target == 0 ? new FlowNetwork.Solution(new long[net.arcs()], 0, 0)
                : net.solve(source, sink, target);
        long solved = System.nanoTime();

        List<Assignment> assignments = decompose(net, solution, classArcs, destinationOf, index);
        long sum = assignments.stream().mapToLong(a -> a.cost().total()).sum();
        if (sum != solution.totalCost()) {
            throw new IllegalStateException("moves cost " + sum + " but the flow costs " + solution.totalCost());
        }
        List<Move> moves = FormRules.assign(assignments, problem.parameters());
        List<UnmetShortage> unmet = Shortfalls.unmet(index, assignments, giverSignatures, moves.size() >= target);
        List<Explanation> gapReasons = moves.size() >= target ? List.of()
                : Shortfalls.gapReasons(index, classes, giverSignatures, target, moves.size());
        return new RoundPlan(target, moves, unmet, solution.totalCost(), target - moves.size(), gapReasons,
                new RoundPlan.SolveStats("compressed", net.nodes(), net.arcs(), (built - started) / 1_000_000,
                        (solved - built) / 1_000_000));
    }

    private record OutHub(String county, String district, String subject, boolean over, boolean surplus, Tier tier,
                          boolean backbone) {
    }

    private record ClassArcs(List<Candidate> members, List<Integer> levelArcs, List<Integer> levelStarts) {
    }

    /** Splits the flow into one path per teacher: class, hubs, destination. */
    private static List<Assignment> decompose(FlowNetwork net, FlowNetwork.Solution solution, List<ClassArcs> classes,
                                              Map<Integer, SubjectPosition> destinationOf, ProblemIndex index) {
        long[] remaining = solution.flow().clone();
        Map<Integer, List<Integer>> outgoing = new HashMap<>();
        for (int a = 0; a < net.arcs(); a++) {
            if (remaining[a] > 0) {
                outgoing.computeIfAbsent(net.tail(a), k -> new ArrayList<>()).add(a);
            }
        }
        CostModel costs = index.costs();
        Map<Integer, Integer> filled = new HashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        for (ClassArcs cls : classes) {
            for (int level = 0; level < cls.levelArcs().size(); level++) {
                long moving = solution.flow()[cls.levelArcs().get(level)];
                int start = cls.levelStarts().get(level);
                for (int i = 0; i < moving; i++) {
                    Candidate candidate = cls.members().get(start + i);
                    int node = net.head(cls.levelArcs().get(level));
                    while (!destinationOf.containsKey(node)) {
                        node = follow(net, outgoing.get(node), remaining);
                    }
                    SubjectPosition destination = destinationOf.get(node);
                    int k = filled.merge(node, 1, Integer::sum) - 1;
                    PlanSchool from = index.school(candidate.schoolId());
                    PlanSchool to = index.school(destination.schoolId());
                    int km = costs.travelKm(from, to);
                    CostTerms terms = CostTerms.of(costs.priority(candidate), costs.travel(km),
                            costs.backbone(candidate.backbone(), to.tier()), costs.coverage(to, k), km);
                    var directions = DirectionRules.satisfied(from, index.position(from.id(), candidate.subject()), to, destination);
                    if (directions.isEmpty()) {
                        throw new IllegalStateException("flow path " + from.id() + " -> " + to.id() + " breaks MOVE_DIRECTION");
                    }
                    assignments.add(new Assignment(candidate, from, to, destination, k, directions, terms));
                }
            }
        }
        return assignments;
    }

    private static int follow(FlowNetwork net, List<Integer> arcs, long[] remaining) {
        for (int a : arcs) {
            if (remaining[a] > 0) {
                remaining[a]--;
                return net.head(a);
            }
        }
        throw new IllegalStateException("flow is not conserved");
    }
}
