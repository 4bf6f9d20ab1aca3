package org.county.staffing.rotation.planner;

import java.util.List;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.UnmetShortage;

/**
 * Plans one county on the compressed network described in {@link RotationPlanner}, phase by phase:
 * {@link CountyIndex} numbers the county's schools, districts, subjects and due teachers (every later
 * lookup is an array index), {@link Givers} finds who may give to whom within the caps, {@link CountyNetwork}
 * builds the network that OR-tools solves, {@link FlowToMoves} splits the flow into moves (their forms by
 * {@link FormRules}), and {@link UnmetShortages} explains what stays unfilled.
 */
final class CountyPlanner {

    private final List<PlanSchool> schools;
    private final List<SubjectPosition> positions;
    private final int[] positionSchool;
    private final List<Candidate> candidates;
    private final int[] candidateSchool;
    private final int target;
    private final PlannerParameters parameters;

    /**
     * @param positionSchool  for each position, the index of its school in {@code schools}
     * @param candidateSchool for each candidate, the index of its school in {@code schools}
     */
    CountyPlanner(List<PlanSchool> schools, List<SubjectPosition> positions, int[] positionSchool,
                  List<Candidate> candidates, int[] candidateSchool, int target, PlannerParameters parameters) {
        this.schools = schools;
        this.positions = positions;
        this.positionSchool = positionSchool;
        this.candidates = candidates;
        this.candidateSchool = candidateSchool;
        this.target = target;
        this.parameters = parameters;
    }

    RoundPlan plan() {
        long started = System.nanoTime();
        CountyIndex index = new CountyIndex(schools, positions, positionSchool, candidates, candidateSchool, target, parameters);
        Givers givers = new Givers(index);
        CountyNetwork network = new CountyNetwork(index, givers);
        FlowNetwork net = network.net;
        long built = System.nanoTime();
        FlowNetwork.Solution solution = target == 0 ? new FlowNetwork.Solution(new long[net.arcs()], 0, 0)
                : net.solveMostAtLeastCostCentred(0, network.sink, target);
        long solved = System.nanoTime();

        int[] filled = new int[positions.size()];
        List<Assignment> assignments = new FlowToMoves(index, network).decompose(solution, filled);
        List<Move> moves = FormRules.assign(assignments, parameters);
        UnmetShortages shortages = new UnmetShortages(index, givers);
        List<UnmetShortage> unmet = shortages.unmet(filled, moves.size() >= target);
        List<Explanation> gapReasons = moves.size() >= target ? List.of() : shortages.gapReasons(moves.size());
        return new RoundPlan(target, moves, unmet, solution.totalCost(), target - moves.size(), gapReasons,
                new RoundPlan.SolveStats("compressed", net.nodes(), net.arcs(), (built - started) / 1_000_000,
                        (solved - built) / 1_000_000));
    }
}
