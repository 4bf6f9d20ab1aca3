package org.county.staffing.rotation.planner;

import static org.county.staffing.rotation.planner.CountyIndex.NONE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.CostTerms;
import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.Tier;
import org.county.staffing.rotation.planner.model.Weights;

/**
 * The planner's fourth phase: the optimal flow split into one path per teacher, each path an assignment of
 * a due teacher to a vacancy with its cost terms and the direction rules it satisfies.
 */
final class FlowToMoves {

    private final List<PlanSchool> schools;
    private final List<SubjectPosition> positions;
    private final List<Candidate> candidates;
    private final int[] candidateSchool;
    private final int[] candidatePosition;
    private final int[] positionSchool;
    private final Weights weights;
    private final int[] district;
    private final int[] legKm;
    private final int[] spokeKm;
    private final int[] schoolNeed;
    private final boolean[] surplus;
    private final boolean[] backbone;
    private final long[] priority;
    private final FlowNetwork net;
    private final int sink;
    private final List<CountyNetwork.Level> levels;
    private final int[] vacancyAt;
    private final int[] vacancyDestination;
    private final long backboneWeight;

    FlowToMoves(CountyIndex index, CountyNetwork network) {
        this.schools = index.schools;
        this.positions = index.positions;
        this.candidates = index.candidates;
        this.candidateSchool = index.candidateSchool;
        this.candidatePosition = index.candidatePosition;
        this.positionSchool = index.positionSchool;
        this.weights = index.weights;
        this.district = index.district;
        this.legKm = index.legKm;
        this.spokeKm = index.spokeKm;
        this.schoolNeed = index.schoolNeed;
        this.surplus = index.surplus;
        this.backbone = index.backbone;
        this.priority = index.priority;
        this.net = network.net;
        this.sink = network.sink;
        this.levels = network.levels;
        this.vacancyAt = network.vacancyAt;
        this.vacancyDestination = network.vacancyDestination;
        this.backboneWeight = index.weights.backbone();
    }

    private long travel(int km) {
        return (long) weights.travelPerKm() * km;
    }

    /** Splits the flow into one path per teacher, from its level's entry arc to the sink. */
    List<Assignment> decompose(FlowNetwork.Solution solution, int[] filled) {
        long[] flow = solution.flow();
        Paths paths = new Paths(net, flow);
        List<Assignment> assignments = new ArrayList<>((int) solution.amount());
        long sum = 0;
        for (CountyNetwork.Level level : levels) {
            int member = 0;
            for (int entry : level.entries) {
                for (long i = 0; i < flow[entry]; i++) {
                    int destination = paths.follow(net.head(entry), sink, vacancyAt, vacancyDestination);
                    Assignment assignment = assignment(level.members[member++], destination, filled[destination]++);
                    sum += assignment.cost().total();
                    assignments.add(assignment);
                }
            }
        }
        if (sum != solution.totalCost()) {
            throw new IllegalStateException("moves cost " + sum + " but the flow costs " + solution.totalCost());
        }
        return assignments;
    }

    /** The arcs with flow out of each node, taken one unit at a time. */
    private static final class Paths {
        private final FlowNetwork net;
        private final long[] remaining;
        private final int[] first;
        private final int[] arcs;
        private final int[] cursor;

        Paths(FlowNetwork net, long[] flow) {
            this.net = net;
            this.remaining = flow.clone();
            int nodes = net.nodes();
            first = new int[nodes + 1];
            for (int a = 0; a < net.arcs(); a++) {
                if (remaining[a] > 0) {
                    first[net.tail(a) + 1]++;
                }
            }
            for (int n = 0; n < nodes; n++) {
                first[n + 1] += first[n];
            }
            arcs = new int[first[nodes]];
            cursor = Arrays.copyOf(first, nodes);
            for (int a = 0; a < net.arcs(); a++) {
                if (remaining[a] > 0) {
                    arcs[cursor[net.tail(a)]++] = a;
                }
            }
            System.arraycopy(first, 0, cursor, 0, nodes);
        }

        /** Takes one unit along arcs with flow left from the node to the sink; returns the vacancy it fills. */
        int follow(int node, int sink, int[] vacancyAt, int[] vacancyDestination) {
            int destination = NONE;
            while (node != sink) {
                int arc = next(node);
                remaining[arc]--;
                if (arc < vacancyAt.length && vacancyAt[arc] != NONE) {
                    destination = vacancyDestination[vacancyAt[arc]++];
                }
                node = net.head(arc);
            }
            return destination;
        }

        private int next(int node) {
            while (cursor[node] < first[node + 1] && remaining[arcs[cursor[node]]] == 0) {
                cursor[node]++;
            }
            if (cursor[node] == first[node + 1]) {
                throw new IllegalStateException("flow is not conserved at node " + node);
            }
            return arcs[cursor[node]];
        }
    }

    private Assignment assignment(int c, int p, int k) {
        Candidate candidate = candidates.get(c);
        int a = candidateSchool[c];
        int b = positionSchool[p];
        PlanSchool from = schools.get(a);
        PlanSchool to = schools.get(b);
        if (a == b) {
            throw new IllegalStateException("flow path " + from.id() + " -> " + to.id() + " stays at the school");
        }
        int km = legKm[a] + (district[a] == district[b] ? 0 : spokeKm[district[a]] + spokeKm[district[b]]) + legKm[b];
        CostTerms terms = CostTerms.of(priority[c], travel(km), backbone[c] && to.tier() != Tier.WEAK ? backboneWeight : 0,
                CostModel.coverage(weights, schoolNeed[b], k), km);
        List<Direction> directions = DirectionRules.satisfiedShared(from.overStaffed(), surplus[candidatePosition[c]],
                from.tier(), to.underStaffed(), to.tier());
        if (directions.isEmpty()) {
            throw new IllegalStateException("flow path " + from.id() + " -> " + to.id() + " breaks MOVE_DIRECTION");
        }
        return new Assignment(candidate, from, to, positions.get(p), k, directions, terms);
    }
}
