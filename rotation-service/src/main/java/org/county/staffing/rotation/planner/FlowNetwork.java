package org.county.staffing.rotation.planner;

import java.util.Arrays;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * A network as plain arrays, solved by OR-tools' {@link MinCostFlow}: the most flow from source
 * to sink up to the wanted amount, and of all such flows one of least total cost.
 */
public final class FlowNetwork {

    private int nodes;
    private int arcs;
    private int[] tail = new int[1024];
    private int[] head = new int[1024];
    private long[] capacity = new long[1024];
    private long[] cost = new long[1024];

    public int addNode() {
        return nodes++;
    }

    public int addArc(int from, int to, long cap, long unitCost) {
        if (unitCost < 0 || cap < 0) {
            throw new IllegalArgumentException("costs and capacities are non-negative");
        }
        if (arcs == tail.length) {
            int size = tail.length * 2;
            tail = Arrays.copyOf(tail, size);
            head = Arrays.copyOf(head, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
        }
        tail[arcs] = from;
        head[arcs] = to;
        capacity[arcs] = cap;
        cost[arcs] = unitCost;
        return arcs++;
    }

    public int nodes() {
        return nodes;
    }

    public int arcs() {
        return arcs;
    }

    public int head(int arc) {
        return head[arc];
    }

    public int tail(int arc) {
        return tail[arc];
    }

    public long cost(int arc) {
        return cost[arc];
    }

    /** The solved flow: per arc, the flow; the total cost and amount. */
    public record Solution(long[] flow, long totalCost, long amount) {
    }

    public Solution solve(int source, int sink, long wanted) {
        OrTools.load();
        MinCostFlow solver = new MinCostFlow(nodes, arcs);
        try {
            for (int a = 0; a < arcs; a++) {
                solver.addArcWithCapacityAndUnitCost(tail[a], head[a], capacity[a], cost[a]);
            }
            solver.setNodeSupply(source, wanted);
            solver.setNodeSupply(sink, -wanted);
            // the exact amount first (the usual case); only when it cannot flow, the most that can
            MinCostFlowBase.Status status = solver.solve();
            if (status == MinCostFlowBase.Status.INFEASIBLE || status == MinCostFlowBase.Status.UNBALANCED) {
                status = solver.solveMaxFlowWithMinCost();
            }
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow ended " + status);
            }
            long[] flow = new long[arcs];
            for (int a = 0; a < arcs; a++) {
                flow[a] = solver.getFlow(a);
            }
            return new Solution(flow, solver.getOptimalCost(), solver.getMaximumFlow());
        } finally {
            solver.delete();
        }
    }
}
