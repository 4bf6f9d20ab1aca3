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
        return solve(source, sink, wanted, false, null);
    }

    /**
     * The most flow from source to sink up to {@code wanted}, and of all such flows one of least total cost,
     * in one solve: OR-tools lowers the supply to the maximum flow when the wanted amount cannot pass, and
     * otherwise solves exactly the wanted amount.
     */
    public Solution solveMostAtLeastCost(int source, int sink, long wanted) {
        return solve(source, sink, wanted, true, null);
    }

    /**
     * {@link #solveMostAtLeastCost(int, int, long)} with the costs centred by {@link #centringPotentials(int, int)}
     * first: the same flow and total cost, in fewer of OR-tools' refinements where the costs into the sink
     * and out of the source side span most of the range (measured: 10% less solve time on the planner's
     * compressed networks, 7% more on the per-teacher model, which therefore does without).
     */
    public Solution solveMostAtLeastCostCentred(int source, int sink, long wanted) {
        return solve(source, sink, wanted, true, centringPotentials(source, sink));
    }

    private Solution solve(int source, int sink, long wanted, boolean mostAtOnce, long[] potential) {
        OrTools.load();
        long[] reduced = cost;
        if (potential != null) {
            reduced = new long[arcs];
            for (int a = 0; a < arcs; a++) {
                reduced[a] = cost[a] + potential[tail[a]] - potential[head[a]];
            }
        }
        long unit = unit(reduced, arcs);
        MinCostFlow solver = new MinCostFlow(nodes, arcs);
        try {
            for (int a = 0; a < arcs; a++) {
                addArc(solver, a, reduced[a] / unit);
            }
            solver.setNodeSupply(source, wanted);
            solver.setNodeSupply(sink, -wanted);
            MinCostFlowBase.Status status;
            if (mostAtOnce) {
                status = solver.solveMaxFlowWithMinCost();
            } else {
                // the exact amount first (the usual case); only when it cannot flow, the most that can
                status = solver.solve();
                if (status == MinCostFlowBase.Status.INFEASIBLE || status == MinCostFlowBase.Status.UNBALANCED) {
                    status = solver.solveMaxFlowWithMinCost();
                }
            }
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow ended " + status);
            }
            Solution solution = solution(solver, unit);
            // every unit of flow runs from source to sink, so the potentials added (source - sink) to each
            long shift = potential == null ? 0 : (potential[source] - potential[sink]) * solution.amount();
            return new Solution(solution.flow(), solution.totalCost() - shift, solution.amount());
        } finally {
            solver.delete();
        }
    }

    /**
     * What the solver gets is each arc's reduced cost {@code cost + potential[tail] - potential[head]}, divided by
     * their greatest common divisor. Potentials change the cost of every flow of a given amount by the same
     * {@code (potential[source] - potential[sink]) x amount} (a cycle's cost not at all), so the same flows are
     * optimal, and the total cost is corrected back. OR-tools' cost scaling runs about log(largest |cost| x
     * nodes) refinements, so costs centred around 0, and divided, need fewer: the potentials here centre the
     * arcs into the sink, and those leaving the source side (the source and the nodes entered only from it at
     * no cost, such as caps), each on its own; they are multiples of the costs' common divisor, so that it stays
     * theirs.
     */
    long[] centringPotentials(int source, int sink) {
        long[] potential = new long[nodes];
        long unit = costUnit();
        boolean[] sourceSide = sourceSide(source, sink);
        long lowOut = Long.MAX_VALUE;
        long highOut = Long.MIN_VALUE;
        long lowIn = Long.MAX_VALUE;
        long highIn = Long.MIN_VALUE;
        for (int a = 0; a < arcs; a++) {
            if (sourceSide[tail[a]] && !sourceSide[head[a]]) {
                lowOut = Math.min(lowOut, cost[a]);
                highOut = Math.max(highOut, cost[a]);
            }
            if (head[a] == sink && !sourceSide[tail[a]]) {
                lowIn = Math.min(lowIn, cost[a]);
                highIn = Math.max(highIn, cost[a]);
            }
        }
        if (lowOut <= highOut) {
            long centre = -((lowOut + highOut) / 2 / unit * unit);
            for (int n = 0; n < nodes; n++) {
                if (sourceSide[n]) {
                    potential[n] = centre;
                }
            }
        }
        if (lowIn <= highIn) {
            potential[sink] = (lowIn + highIn) / 2 / unit * unit;
        }
        return potential;
    }

    /** The source and the nodes all of whose incoming arcs come from the source side at no cost. */
    private boolean[] sourceSide(int source, int sink) {
        int[] inArcs = new int[nodes];
        int[] outStart = new int[nodes + 1];
        for (int a = 0; a < arcs; a++) {
            inArcs[head[a]]++;
            outStart[tail[a] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            outStart[n + 1] += outStart[n];
        }
        int[] out = new int[arcs];
        int[] fill = Arrays.copyOf(outStart, nodes);
        for (int a = 0; a < arcs; a++) {
            out[fill[tail[a]]++] = a;
        }
        boolean[] sourceSide = new boolean[nodes];
        int[] free = new int[nodes];
        int[] queue = new int[nodes];
        int size = 0;
        sourceSide[source] = true;
        queue[size++] = source;
        for (int i = 0; i < size; i++) {
            int node = queue[i];
            for (int k = outStart[node]; k < outStart[node + 1]; k++) {
                int a = out[k];
                int next = head[a];
                if (cost[a] == 0 && !sourceSide[next] && next != sink && ++free[next] == inArcs[next]) {
                    sourceSide[next] = true;
                    queue[size++] = next;
                }
            }
        }
        return sourceSide;
    }

    // One JNI call per arc each way (OR-tools' Java MinCostFlow has no array methods): in methods of their own,
    // which the JIT compiles after a few hundred calls, where a loop around the call would stay interpreted
    // for the first dozen networks of a run.

    private void addArc(MinCostFlow solver, int a, long unitCost) {
        solver.addArcWithCapacityAndUnitCost(tail[a], head[a], capacity[a], unitCost);
    }

    private static long flow(MinCostFlow solver, int a) {
        return solver.getFlow(a);
    }

    private Solution solution(MinCostFlow solver, long unit) {
        long[] flow = new long[arcs];
        for (int a = 0; a < arcs; a++) {
            flow[a] = flow(solver, a);
        }
        return new Solution(flow, solver.getOptimalCost() * unit, solver.getMaximumFlow());
    }

    /**
     * The greatest common divisor of the arc costs (1 when there are none or all are 0). The solver gets the
     * costs divided by it: the same flows are optimal, and OR-tools' cost scaling, which runs about
     * log(largest cost x nodes) refinements, needs fewer of them.
     */
    long costUnit() {
        return unit(cost, arcs);
    }

    private static long unit(long[] costs, int count) {
        long unit = 0;
        for (int a = 0; a < count && unit != 1; a++) {
            unit = gcd(unit, Math.abs(costs[a]));
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
