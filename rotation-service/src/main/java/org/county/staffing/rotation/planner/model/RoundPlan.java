package org.county.staffing.rotation.planner.model;

import java.util.List;

/**
 * The planner's answer: an optimal set of moves for the target (or the most moves possible, each
 * missing one explained), the unmet shortages, and the objective.
 *
 * @param totalCost the objective: the sum of every move's cost terms, minimal for the number of moves
 * @param gap       target minus moves
 * @param gapReasons why fewer than the target could move (empty when the target was met)
 */
public record RoundPlan(int target, List<Move> moves, List<UnmetShortage> unmet, long totalCost, int gap,
                        List<Explanation> gapReasons, SolveStats stats) {

    /** Size of the network solved and the time it took. */
    public record SolveStats(String model, int nodes, int arcs, long buildMillis, long solveMillis) {
    }
}
