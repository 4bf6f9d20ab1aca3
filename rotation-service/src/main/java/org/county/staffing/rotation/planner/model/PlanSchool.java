package org.county.staffing.rotation.planner.model;

/**
 * A school as the planner sees it.
 *
 * @param county    moves stay inside one county (縣管)
 * @param district  the school district (學區); travel is routed through its centre
 * @param community the development community, or null
 * @param staff     teachers appointed at the school now
 * @param quota     the staffing quota allocated to it (編制數)
 */
public record PlanSchool(String id, String county, String district, String community, Tier tier, Location location,
                         double latitude, double longitude, int staff, int quota) {

    public boolean overStaffed() {
        return staff > quota;
    }

    public boolean underStaffed() {
        return staff < quota;
    }
}
