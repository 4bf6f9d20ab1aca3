package org.county.staffing.rotation.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.RotationForm;

/** Two plans side by side: their figures, and which teachers move in one, the other, or differently. */
public record Comparison(Summary left, Summary right, List<RoundView.MoveView> onlyLeft,
                         List<RoundView.MoveView> onlyRight, List<Changed> changed, int same) {

    /** The body of {@code POST /rounds/comparisons}: each side a saved round or parameters to simulate. */
    public record Request(
            @NotNull(message = "SCHOOL_YEAR_FORMAT: the school year is required, like 2026-2027|必须填写学年，如 2026-2027") String schoolYear,
            @NotNull(message = "COMPARISON_SIDES: both sides are required|必须给出对比的两个方案") @Valid Side left,
            @NotNull(message = "COMPARISON_SIDES: both sides are required|必须给出对比的两个方案") @Valid Side right) {
    }

    /** A saved round by id, or a simulation with this share and these parameters. */
    public record Side(UUID roundId,
                       @jakarta.validation.constraints.DecimalMin(value = "0", inclusive = false, message = "ROUND_SHARE_RANGE: the share is in (0, 1]|轮岗比例应在 (0, 1] 之间")
                       @jakarta.validation.constraints.DecimalMax(value = "1", message = "ROUND_SHARE_RANGE: the share is in (0, 1]|轮岗比例应在 (0, 1] 之间")
                       BigDecimal share,
                       @Valid RoundRequest.Parameters parameters) {
    }

    public record Summary(UUID roundId, String status, BigDecimal share, int due, int target, int moves, int gap,
                          long objective, RoundView.Coverage coverage, Map<RotationForm, Integer> byForm,
                          Map<Direction, Integer> byDirection) {
    }

    public record Changed(java.util.UUID teacherId, RoundView.MoveView left, RoundView.MoveView right) {
    }

    public static Comparison of(RoundView left, RoundView right) {
        Map<UUID, RoundView.MoveView> l = new HashMap<>();
        left.moves().forEach(m -> l.put(m.teacherId(), m));
        Map<UUID, RoundView.MoveView> r = new HashMap<>();
        right.moves().forEach(m -> r.put(m.teacherId(), m));
        List<RoundView.MoveView> onlyLeft = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        int same = 0;
        for (RoundView.MoveView m : left.moves()) {
            RoundView.MoveView other = r.get(m.teacherId());
            if (other == null) {
                onlyLeft.add(m);
            } else if (!other.toSchoolId().equals(m.toSchoolId()) || other.form() != m.form()) {
                changed.add(new Changed(m.teacherId(), m, other));
            } else {
                same++;
            }
        }
        List<RoundView.MoveView> onlyRight = right.moves().stream().filter(m -> !l.containsKey(m.teacherId())).toList();
        return new Comparison(summary(left), summary(right), onlyLeft, onlyRight, changed, same);
    }

    static Summary summary(RoundView v) {
        Map<RotationForm, Integer> forms = new EnumMap<>(RotationForm.class);
        Map<Direction, Integer> directions = new EnumMap<>(Direction.class);
        for (RoundView.MoveView m : v.moves()) {
            forms.merge(m.form(), 1, Integer::sum);
            m.directions().forEach(d -> directions.merge(d, 1, Integer::sum));
        }
        return new Summary(v.id(), v.status(), v.share(), v.due(), v.target(), v.moves().size(), v.gap(), v.objective(),
                v.coverage(), forms, directions);
    }
}
