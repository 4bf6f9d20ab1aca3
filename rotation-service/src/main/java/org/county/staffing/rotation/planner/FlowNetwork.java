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
    private int[] tail;
    private int[] head;
    private long[] capacity;
    private long[] cost;

    public FlowNetwork() {
        this(1024);
    }

    /** A network expected to hold about {@code arcs} arcs (it grows beyond). */
    public FlowNetwork(int arcs) {
        int size = Math.max(16, arcs);
        tail = new int[size];
        head = new int[size];
        capacity = new long[size];
        cost = new long[size];
    }

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

    public long capacity(int arc) {
        return capacity[arc];
    }

    /** The solved flow: per arc, the flow; the total cost and amount. */
    public record Solution(long[] flow, long totalCost, long amount) {
    }

    public Solution solve(int source, int sink, long wanted) {
        OrTools.load();
        long unit = costUnit();
        MinCostFlow solver = new MinCostFlow(nodes, arcs);
        try {
            for (int a = 0; a < arcs; a++) {
                solver.addArcWithCapacityAndUnitCost(tail[a], head[a], capacity[a], cost[a] / unit);
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
            return solution(solver, unit);
        } finally {
            solver.delete();
        }
    }

    /**
     * The most flow from source to sink up to {@code wanted}, and of all such flows one of least total cost,
     * in one solve: OR-tools lowers the supply to the maximum flow when the wanted amount cannot pass, and
     * otherwise solves exactly the wanted amount.
     */
    public Solution solveMostAtLeastCost(int source, int sink, long wanted) {
        OrTools.load();
        long unit = costUnit();
        MinCostFlow solver = new MinCostFlow(nodes, arcs);
        try {
            for (int a = 0; a < arcs; a++) {
                solver.addArcWithCapacityAndUnitCost(tail[a], head[a], capacity[a], cost[a] / unit);
            }
            solver.setNodeSupply(source, wanted);
            solver.setNodeSupply(sink, -wanted);
            MinCostFlowBase.Status status = solver.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow ended " + status);
            }
            return solution(solver, unit);
        } finally {
            solver.delete();
        }
    }

    private Solution solution(MinCostFlow solver, long unit) {
        long[] flow = new long[arcs];
        for (int a = 0; a < arcs; a++) {
            flow[a] = solver.getFlow(a);
        }
        return new Solution(flow, solver.getOptimalCost() * unit, solver.getMaximumFlow());
    }

    /**
     * The greatest common divisor of the arc costs (1 when there are none or all are 0). The solver gets the
     * costs divided by it: the same flows are optimal, and OR-tools' cost scaling, which runs about
     * log(largest cost x nodes) refinements, needs fewer of them.
     */
    long costUnit() {
        long unit = 0;
        for (int a = 0; a < arcs && unit != 1; a++) {
            unit = gcd(unit, cost[a]);
        }
        return Math.max(1, unit);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }
}
