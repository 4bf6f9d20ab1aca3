package org.county.staffing.rotation.planner;

import java.util.HashMap;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The straightforward model the planner must match: one node per due teacher and one arc per
 * teacher and allowed destination, with the same caps, costs and county targets, as one network. Solved by OR-tools, and, as an
 * independent check, by JGraphT's pure-Java capacity-scaling min-cost flow.
 */
public final class PerTeacherReference {

    /** The optimum of the reference: how many move and at what total cost. */
    public record Result(long moves, long cost, int nodes, long arcs, long buildMillis, long solveMillis) {
    }

    private PerTeacherReference() {
    }

    public static Result orTools(PlanningProblem problem) {
        long started = System.nanoTime();
        FlowNetwork net = new FlowNetwork();
        int[] ends = build(problem, net::addNode, (from, to, cap, cost) -> net.addArc(from, to, cap, cost));
        long built = System.nanoTime();
        FlowNetwork.Solution solution = problem.target() == 0 ? new FlowNetwork.Solution(new long[0], 0, 0)
                : net.solve(ends[0], ends[1], problem.target());
        long solved = System.nanoTime();
        return new Result(solution.amount(), solution.totalCost(), net.nodes(), net.arcs(),
                (built - started) / 1_000_000, (solved - built) / 1_000_000);
    }

    /**
     * Costs are the graph's edge weights. JGraphT needs supply to equal demand: a bypass arc from source to sink, priced above any path,
     * carries what the network cannot, so the optimum is the most moves first, then the least cost.
     */
    public static Result jgrapht(PlanningProblem problem) {
        long started = System.nanoTime();
        Graph<Integer, Arc> graph = new DirectedWeightedMultigraph<>(Arc.class);
        int[] counter = {0};
        int[] ends = build(problem, () -> {
            graph.addVertex(counter[0]);
            return counter[0]++;
        }, (from, to, cap, cost) -> {
            Arc arc = new Arc(cap, cost);
            graph.addEdge(from, to, arc);
            graph.setEdgeWeight(arc, cost);
            return 0;
        });
        // below JGraphT's COST_INF (1e9), far above any path's cost
        double bypassCost = 1e8;
        Arc bypass = new Arc(problem.target(), bypassCost);
        graph.addEdge(ends[0], ends[1], bypass);
        graph.setEdgeWeight(bypass, bypassCost);
        Map<Integer, Integer> supply = new HashMap<>();
        supply.put(ends[0], problem.target());
        supply.put(ends[1], -problem.target());
        long built = System.nanoTime();
        var flow = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph, v -> supply.getOrDefault(v, 0),
                        e -> (int) e.capacity()));
        long solved = System.nanoTime();
        long bypassed = Math.round(flow.getFlow(bypass));
        long cost = Math.round(flow.getCost() - bypassCost * bypassed);
        return new Result(problem.target() - bypassed, cost, graph.vertexSet().size(), graph.edgeSet().size(),
                (built - started) / 1_000_000, (solved - built) / 1_000_000);
    }

    /** An arc of the JGraphT graph; identity, not value, tells two parallel arcs apart. */
    static final class Arc {
        private final long capacity;
        private final double cost;

        Arc(long capacity, double cost) {
            this.capacity = capacity;
            this.cost = cost;
        }

        long capacity() {
            return capacity;
        }

        double cost() {
            return cost;
        }
    }

    /** A destination with what every arc into it needs, looked up once. */
    private record Destination(int node, PlanSchool school, int leg, String district, int spoke) {
        static Destination[] of(ProblemIndex index, CostModel costs, Map<SubjectPosition, Integer> nodes, String county,
                                String subject) {
            return index.destinations(county, subject).stream().map(p -> {
                PlanSchool school = index.school(p.schoolId());
                String district = CostModel.districtKey(school);
                return new Destination(nodes.get(p), school, costs.legKm(school), district, costs.spokeKm(district));
            }).toArray(Destination[]::new);
        }
    }

    interface NodeSink {
        int add();
    }

    interface ArcSink {
        int add(int from, int to, long capacity, long cost);
    }

    /** Builds the per-teacher network into either solver; returns {source, sink}. */
    static int[] build(PlanningProblem problem, NodeSink nodes, ArcSink arcs) {
        ProblemIndex index = new ProblemIndex(problem);
        CostModel costs = index.costs();
        int source = nodes.add();
        int sink = nodes.add();
        Map<SubjectPosition, Integer> destinationNodes = new HashMap<>();
        for (SubjectPosition destination : index.allDestinations()) {
            int node = nodes.add();
            destinationNodes.put(destination, node);
            PlanSchool school = index.school(destination.schoolId());
            for (int k = 0; k < destination.vacancies(); k++) {
                arcs.add(node, sink, 1, costs.coverage(school, k));
            }
        }
        // each county rotates its own target: the source feeds one node per county, capped at it
        Map<String, Integer> countyNodes = new HashMap<>();
        problem.targets().forEach((county, target) -> {
            int n = nodes.add();
            arcs.add(source, n, target, 0);
            countyNodes.put(county, n);
        });
        Map<String, Integer> schoolNodes = new HashMap<>();
        Map<String, Destination[]> destinations = new HashMap<>();
        Map<String, Integer> subjectNodes = new HashMap<>();
        for (Candidate candidate : problem.candidates()) {
            if (!index.usable(candidate)) {
                continue;
            }
            PlanSchool from = index.school(candidate.schoolId());
            SubjectPosition position = index.position(from.id(), candidate.subject());
            int schoolCap = index.schoolCap(from);
            int subjectCap = index.subjectCap(from.id(), candidate.subject());
            Integer countyNode = countyNodes.get(from.county());
            if (schoolCap == 0 || subjectCap == 0 || countyNode == null) {
                continue;
            }
            int schoolNode = schoolNodes.computeIfAbsent(from.id(), id -> {
                int n = nodes.add();
                arcs.add(countyNode, n, schoolCap, 0);
                return n;
            });
            int subjectNode = subjectNodes.computeIfAbsent(from.id() + "|" + candidate.subject(), id -> {
                int n = nodes.add();
                arcs.add(schoolNode, n, subjectCap, 0);
                return n;
            });
            int teacher = nodes.add();
            arcs.add(subjectNode, teacher, 1, costs.priority(candidate));
            boolean over = from.overStaffed();
            boolean surplus = position.surplus() > 0;
            int fromLeg = costs.legKm(from);
            String fromDistrict = CostModel.districtKey(from);
            int fromSpoke = costs.spokeKm(fromDistrict);
            for (Destination destination : destinations.computeIfAbsent(from.county() + "|" + candidate.subject(),
                    k -> Destination.of(index, costs, destinationNodes, from.county(), candidate.subject()))) {
                PlanSchool to = destination.school();
                if (to == from || !DirectionRules.allowed(over, surplus, from.tier(), to.underStaffed(), to.tier())) {
                    continue;
                }
                int km = fromLeg + destination.leg() + (destination.district().equals(fromDistrict) ? 0 : fromSpoke + destination.spoke());
                arcs.add(teacher, destination.node(), 1, costs.travel(km) + costs.backbone(candidate.backbone(), to.tier()));
            }
        }
        return new int[] {source, sink};
    }
}
