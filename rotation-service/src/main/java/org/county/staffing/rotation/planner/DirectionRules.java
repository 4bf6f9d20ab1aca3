package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.List;

import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.Tier;

/**
 * Rule MOVE_DIRECTION: a teacher may move only from an over-staffed to an under-staffed school,
 * from a school with a surplus in the teacher's subject to one short of it, or from a stronger to a
 * weaker school; a move must satisfy at least one. Rule DESTINATION_VACANCY: the destination has a
 * vacant post of the subject. Rule SAME_COUNTY: teachers are county staff and move within it.
 */
public final class DirectionRules {

    private DirectionRules() {
    }

    /** The directions a move of a teacher of the subject from one school to another satisfies. */
    public static List<Direction> satisfied(PlanSchool from, SubjectPosition fromSubject, PlanSchool to,
                                            SubjectPosition toSubject) {
        if (from.id().equals(to.id()) || !from.county().equals(to.county()) || toSubject == null || !toSubject.shortage()) {
            return List.of();
        }
        return satisfied(from.overStaffed(), fromSubject != null && fromSubject.surplus() > 0, from.tier(),
                to.underStaffed(), to.tier());
    }

    /**
     * The same rule on the attributes alone; the destination is known to be short of the subject.
     * The planner's compressed network groups schools by these attributes.
     */
    public static List<Direction> satisfied(boolean fromOver, boolean fromSurplus, Tier fromTier, boolean toUnder,
                                            Tier toTier) {
        List<Direction> directions = new ArrayList<>(3);
        if (fromOver && toUnder) {
            directions.add(Direction.OVER_TO_UNDER);
        }
        if (fromSurplus) {
            directions.add(Direction.SURPLUS_TO_SHORTAGE);
        }
        if (fromTier.strongerThan(toTier)) {
            directions.add(Direction.STRONG_TO_WEAK);
        }
        return directions;
    }

    /** {@link #satisfied(boolean, boolean, Tier, boolean, Tier)} as shared immutable lists, one per combination. */
    static List<Direction> satisfiedShared(boolean fromOver, boolean fromSurplus, Tier fromTier, boolean toUnder,
                                           Tier toTier) {
        return SHARED.get((fromOver && toUnder ? 1 : 0) | (fromSurplus ? 2 : 0) | (fromTier.strongerThan(toTier) ? 4 : 0));
    }

    private static final List<List<Direction>> SHARED = shared();

    private static List<List<Direction>> shared() {
        List<List<Direction>> lists = new ArrayList<>(8);
        for (int bits = 0; bits < 8; bits++) {
            List<Direction> directions = new ArrayList<>(3);
            if ((bits & 1) != 0) {
                directions.add(Direction.OVER_TO_UNDER);
            }
            if ((bits & 2) != 0) {
                directions.add(Direction.SURPLUS_TO_SHORTAGE);
            }
            if ((bits & 4) != 0) {
                directions.add(Direction.STRONG_TO_WEAK);
            }
            lists.add(List.copyOf(directions));
        }
        return List.copyOf(lists);
    }

    public static boolean allowed(boolean fromOver, boolean fromSurplus, Tier fromTier, boolean toUnder, Tier toTier) {
        return (fromOver && toUnder) || fromSurplus || fromTier.strongerThan(toTier);
    }
}
