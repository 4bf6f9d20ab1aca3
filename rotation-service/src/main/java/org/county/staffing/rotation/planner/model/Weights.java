package org.county.staffing.rotation.planner.model;

/**
 * The weights of the planner's objective; every term is an integer cost per moved teacher, and the
 * planner minimises their sum for the target number of moves. See the service README for why each
 * default is what it is.
 *
 * @param tenurePerYear      priority: cost per year a teacher's tenure falls short of {@code tenureHorizonYears},
 *                           so the longest-serving due teachers move first
 * @param tenureHorizonYears tenure from which a teacher has the top tenure priority
 * @param excellent          priority cost of a teacher last graded EXCELLENT (the best go first)
 * @param competent          ... COMPETENT
 * @param basic              ... BASIC
 * @param unrated            ... a teacher without an evaluation
 * @param travelPerKm        cost per kilometre of the route school - district centre - district centre - school
 * @param coverage           cost per unit of need a filled shortage lacks: a shortage at a weak, rural school
 *                           (need 4) costs nothing, one at a strong, urban school (need 0) costs 4 x coverage
 * @param depth              cost added for every earlier vacancy of the same school and subject filled in the
 *                           round: the first vacancy of a shortage is worth more than the third (convex)
 * @param backbone           cost of sending a backbone teacher anywhere but a weak school
 */
public record Weights(int tenurePerYear, int tenureHorizonYears, int excellent, int competent, int basic, int unrated,
                      int travelPerKm, int coverage, int depth, int backbone) {

    public static Weights defaults() {
        return new Weights(10, 12, 0, 10, 30, 20, 2, 40, 20, 30);
    }

    public int evaluationCost(Grade grade) {
        if (grade == null) {
            return unrated;
        }
        return switch (grade) {
            case EXCELLENT -> excellent;
            case COMPETENT -> competent;
            case BASIC -> basic;
            // never a candidate (exempt), priced like the worst for safety
            case UNQUALIFIED -> Math.max(basic, unrated);
        };
    }
}
