package org.county.staffing.rotation.province;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.county.staffing.backbone.query.Sorting;
import org.county.staffing.rotation.province.ProvinceRotationView.CountyRotation;

/** Plain rules of the province view: a county's row from its moves, the totals, the order of the rows. */
public final class ProvinceRotationRules {

    /** One move of a county's round as the view counts it. */
    public record MoveFacts(String form, List<String> directions, boolean started, boolean returned, boolean dueBack) {
    }

    private ProvinceRotationRules() {
    }

    public static CountyRotation county(String countyId, String roundStatus, int due, int target, int unmet,
                                        List<MoveFacts> moves) {
        Map<String, Integer> byForm = new TreeMap<>();
        Map<String, Integer> byDirection = new TreeMap<>();
        int started = 0;
        int returned = 0;
        int dueBack = 0;
        for (MoveFacts m : moves) {
            byForm.merge(m.form(), 1, Integer::sum);
            m.directions().forEach(d -> byDirection.merge(d, 1, Integer::sum));
            started += m.started() ? 1 : 0;
            returned += m.returned() ? 1 : 0;
            dueBack += m.dueBack() ? 1 : 0;
        }
        return new CountyRotation(countyId, roundStatus, due, target, moves.size(), byForm, byDirection, started,
                returned, dueBack, unmet);
    }

    /** The sums of every row (the counties' maps added key by key). */
    public static CountyRotation totals(List<CountyRotation> rows) {
        Map<String, Integer> byForm = new TreeMap<>();
        Map<String, Integer> byDirection = new TreeMap<>();
        int due = 0;
        int target = 0;
        int moves = 0;
        int started = 0;
        int returned = 0;
        int dueBack = 0;
        int unmet = 0;
        for (CountyRotation r : rows) {
            r.byForm().forEach((k, v) -> byForm.merge(k, v, Integer::sum));
            r.byDirection().forEach((k, v) -> byDirection.merge(k, v, Integer::sum));
            due += r.due();
            target += r.target();
            moves += r.moves();
            started += r.started();
            returned += r.returned();
            dueBack += r.returnsDue();
            unmet += r.unmet();
        }
        return new CountyRotation(null, null, due, target, moves, byForm, byDirection, started, returned, dueBack, unmet);
    }

    /** The rows in the order asked for; ties, and COUNTY itself, by county id. */
    public static List<CountyRotation> sorted(List<CountyRotation> rows, ProvinceSort sort, boolean descending) {
        Comparator<CountyRotation> byCounty = Comparator.comparing(CountyRotation::countyId);
        Comparator<CountyRotation> key = switch (sort) {
            case COUNTY -> byCounty;
            case DUE -> Comparator.comparingInt(CountyRotation::due);
            case MOVES -> Comparator.comparingInt(CountyRotation::moves);
            case RETURNED -> Comparator.comparingInt(CountyRotation::returned);
            case UNMET -> Comparator.comparingInt(CountyRotation::unmet);
        };
        return Sorting.sorted(rows, key, descending, byCounty);
    }
}
