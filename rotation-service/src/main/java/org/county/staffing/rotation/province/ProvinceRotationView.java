package org.county.staffing.rotation.province;

import java.util.List;
import java.util.Map;

/**
 * A school year's rotation results per county, as the province reads them: one row per county whose round
 * went into its annual plan, a page of them in the requested order, and the totals over every row.
 */
public record ProvinceRotationView(String schoolYear, String sort, String order, int page, int size, int counties,
                                   CountyRotation totals, List<CountyRotation> rows) {

    /**
     * One county's round of the year (for the totals {@code countyId} is null): teachers due and the round's
     * target, the moves by form and by direction, how many started, returned and are due back by the end of
     * the year, and the shortages left unmet.
     */
    public record CountyRotation(String countyId, String roundStatus, int due, int target, int moves,
                                 Map<String, Integer> byForm, Map<String, Integer> byDirection,
                                 int started, int returned, int returnsDue, int unmet) {
    }
}
