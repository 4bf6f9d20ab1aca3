package org.county.staffing.rotation.planner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.Tier;
import org.county.staffing.rotation.planner.model.Weights;

/**
 * The objective's terms, all integers. A move's cost is
 * {@code priority(teacher) + travel(from, to) + backbone(teacher, to) + coverage(to, k)}:
 * <ul>
 * <li>priority: {@code tenurePerYear * max(0, tenureHorizonYears - yearsAtSchool) + evaluationCost(lastGrade)};</li>
 * <li>travel: {@code travelPerKm * km} along the county's road pattern: from the school to its district
 * (township) centre, then, for another district, to the county seat and out to that district's centre,
 * and on to the destination school. Roads in a county radiate from the seat, and the route lets the
 * planner travel through a few hubs instead of one arc per pair of schools;</li>
 * <li>backbone: {@code backbone} when a backbone teacher goes to a school that is not weak;</li>
 * <li>coverage: {@code coverage * (4 - need(to)) + depth * k} for the k-th (from 0) vacancy of a shortage
 * filled, where {@code need = (2 - tier strength) + rurality} is 4 for a weak rural school, 0 for a strong
 * urban one.</li>
 * </ul>
 * District centres and county seats are the mean coordinates of their schools; every leg is rounded to
 * whole kilometres so that both the compressed network and the per-teacher reference add the same integers.
 */
public final class CostModel {

    public static final int MAX_NEED = 4;
    private static final double EARTH_KM = 6371.0;

    private final Weights weights;
    private final Map<String, double[]> centres = new HashMap<>();
    private final Map<String, Integer> legs = new HashMap<>();
    private final Map<String, Integer> spokes = new HashMap<>();

    public CostModel(List<PlanSchool> schools, Weights weights) {
        this.weights = weights;
        Map<String, double[]> sums = new HashMap<>();
        for (PlanSchool school : schools) {
            double[] sum = sums.computeIfAbsent(districtKey(school), k -> new double[3]);
            sum[0] += school.latitude();
            sum[1] += school.longitude();
            sum[2] += 1;
        }
        Map<String, double[]> seats = new HashMap<>();
        for (PlanSchool school : schools) {
            double[] sum = seats.computeIfAbsent(school.county(), k -> new double[3]);
            sum[0] += school.latitude();
            sum[1] += school.longitude();
            sum[2] += 1;
        }
        sums.forEach((key, sum) -> centres.put(key, new double[] {sum[0] / sum[2], sum[1] / sum[2]}));
        for (PlanSchool school : schools) {
            String district = districtKey(school);
            double[] centre = centres.get(district);
            legs.put(school.id(), km(school.latitude(), school.longitude(), centre[0], centre[1]));
            if (!spokes.containsKey(district)) {
                double[] seat = seats.get(school.county());
                spokes.put(district, km(centre[0], centre[1], seat[0] / seat[2], seat[1] / seat[2]));
            }
        }
    }

    /** Districts are named within a county; the key names one across counties. */
    public static String districtKey(PlanSchool school) {
        return school.county() + "/" + school.district();
    }

    public Weights weights() {
        return weights;
    }

    public long priority(Candidate candidate) {
        return priority(weights, candidate);
    }

    static long priority(Weights weights, Candidate candidate) {
        return (long) weights.tenurePerYear() * Math.max(0, weights.tenureHorizonYears() - candidate.yearsAtSchool())
                + weights.evaluationCost(candidate.lastGrade());
    }

    /** Kilometres from the school to its district centre. */
    public int legKm(PlanSchool school) {
        Integer leg = legs.get(school.id());
        if (leg == null) {
            throw new IllegalArgumentException("school " + school.id() + " is not part of the problem");
        }
        return leg;
    }

    /** Kilometres from a district's centre to its county seat. */
    public int spokeKm(String districtKey) {
        return spokes.get(districtKey);
    }

    /** Kilometres between two district centres: 0 within one district, else through the county seat. */
    public int centreKm(String fromDistrictKey, String toDistrictKey) {
        return fromDistrictKey.equals(toDistrictKey) ? 0 : spokeKm(fromDistrictKey) + spokeKm(toDistrictKey);
    }

    public int travelKm(PlanSchool from, PlanSchool to) {
        return legKm(from) + centreKm(districtKey(from), districtKey(to)) + legKm(to);
    }

    public long travel(int km) {
        return (long) weights.travelPerKm() * km;
    }

    public long backbone(boolean backbone, Tier toTier) {
        return backbone && toTier != Tier.WEAK ? weights.backbone() : 0;
    }

    public static int need(PlanSchool school) {
        return (2 - school.tier().strength()) + school.location().rurality();
    }

    /** The cost of filling vacancy {@code k} (from 0) of a shortage at the school: convex in k. */
    public long coverage(PlanSchool to, int k) {
        return coverage(weights, need(to), k);
    }

    static long coverage(Weights weights, int need, int k) {
        return (long) weights.coverage() * (MAX_NEED - need) + (long) weights.depth() * k;
    }

    /**
     * The same geometry for the schools of one county, as arrays: {@code district[i]} numbers the district of
     * {@code schools.get(i)} from 0; fills each school's leg to its district centre and each district's spoke to
     * the county seat, in kilometres. The sums run in the same order as the constructor's, so the kilometres
     * are the same integers.
     */
    static void countyGeometry(List<PlanSchool> schools, int[] district, int districts, int[] leg, int[] spoke) {
        double[][] sums = new double[districts][3];
        double[] seat = new double[3];
        for (int i = 0; i < schools.size(); i++) {
            PlanSchool school = schools.get(i);
            double[] sum = sums[district[i]];
            sum[0] += school.latitude();
            sum[1] += school.longitude();
            sum[2] += 1;
        }
        for (PlanSchool school : schools) {
            seat[0] += school.latitude();
            seat[1] += school.longitude();
            seat[2] += 1;
        }
        double[][] centres = new double[districts][];
        for (int d = 0; d < districts; d++) {
            centres[d] = new double[] {sums[d][0] / sums[d][2], sums[d][1] / sums[d][2]};
            spoke[d] = km(centres[d][0], centres[d][1], seat[0] / seat[2], seat[1] / seat[2]);
        }
        for (int i = 0; i < schools.size(); i++) {
            PlanSchool school = schools.get(i);
            double[] centre = centres[district[i]];
            leg[i] = km(school.latitude(), school.longitude(), centre[0], centre[1]);
        }
    }

    /** Equirectangular distance, accurate to well under a kilometre at county scale, rounded. */
    static int km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double x = Math.toRadians(lon2 - lon1) * Math.cos((phi1 + phi2) / 2);
        double y = phi2 - phi1;
        return (int) Math.round(Math.sqrt(x * x + y * y) * EARTH_KM);
    }
}
