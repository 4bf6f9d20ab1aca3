package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.Grade;
import org.county.staffing.rotation.planner.model.Location;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.Tier;

/**
 * Deterministic rotation problems: the same seed and scale always give the same problem. Schools
 * are spread over counties, districts and communities with realistic tiers, locations, sizes and
 * subject pictures (surplus, balanced, short); about {@code dueShare} of the teachers are due.
 */
public final class ProblemGenerator {

    /** The size of a generated problem. */
    public record Scale(String name, int counties, int schoolsPerCounty, int districtsPerCounty,
                        int communitiesPerCounty, int meanTeachers, double dueShare) {
    }

    /** About 150 schools, 7,000 teachers, 2,000 due, 300 moves. */
    public static final Scale COUNTY = new Scale("county", 1, 150, 8, 10, 47, 0.285);
    /** 10,000 schools in 80 counties, about 500,000 teachers, 120,000 due, 18,000 moves. */
    public static final Scale PROVINCE = new Scale("province", 80, 125, 8, 10, 50, 0.24);
    /** A few schools, for many seeds in a test. */
    public static final Scale SMALL = new Scale("small", 2, 10, 3, 2, 18, 0.35);

    static final String[] SUBJECTS = {"CHINESE", "MATHEMATICS", "ENGLISH", "PHYSICS", "CHEMISTRY", "BIOLOGY",
            "HISTORY", "GEOGRAPHY", "POLITICS", "SCIENCE", "MUSIC", "PE", "ART", "IT", "PSYCHOLOGY"};
    private static final int[] SUBJECT_WEIGHTS = {20, 18, 14, 5, 4, 4, 4, 4, 4, 5, 4, 6, 4, 3, 1};
    private static final int[] POST_DELTA = {-2, -1, -1, 0, 0, 0, 1, 1, 2};

    private ProblemGenerator() {
    }

    public static PlanningProblem generate(Scale scale, long seed) {
        return generate(scale, seed, PlannerParameters.defaults());
    }

    public static PlanningProblem generate(Scale scale, long seed, PlannerParameters parameters) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PlanSchool> schools = new ArrayList<>();
        List<SubjectPosition> positions = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        int weightTotal = 0;
        for (int w : SUBJECT_WEIGHTS) {
            weightTotal += w;
        }
        long teacherSeq = 0;
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (int c = 0; c < scale.counties(); c++) {
            String county = String.format("37%04d", c + 1);
            int dueBefore = candidates.size();
            double countyLat = 34.5 + (c / 10) * 0.6;
            double countyLon = 115.5 + (c % 10) * 0.7;
            double[][] districtCentres = new double[scale.districtsPerCounty()][];
            for (int d = 0; d < districtCentres.length; d++) {
                districtCentres[d] = new double[] {countyLat + random.nextDouble(-0.22, 0.22),
                        countyLon + random.nextDouble(-0.28, 0.28)};
            }
            for (int s = 0; s < scale.schoolsPerCounty(); s++) {
                String id = String.format("%s%04d", county, s + 1);
                int district = random.nextInt(districtCentres.length);
                String community = random.nextInt(10) < 6 ? "C" + random.nextInt(scale.communitiesPerCounty()) : null;
                Location location = pick(random, new Location[] {Location.URBAN, Location.TOWN, Location.RURAL}, new int[] {25, 35, 40});
                Tier tier = location == Location.RURAL
                        ? pick(random, new Tier[] {Tier.STRONG, Tier.ORDINARY, Tier.WEAK}, new int[] {5, 45, 50})
                        : pick(random, new Tier[] {Tier.STRONG, Tier.ORDINARY, Tier.WEAK}, new int[] {30, 50, 20});
                int size = Math.max(6, (int) Math.round(scale.meanTeachers() * random.nextDouble(0.3, 1.7)));
                int[] bySubject = new int[SUBJECTS.length];
                for (int t = 0; t < size; t++) {
                    int r = random.nextInt(weightTotal);
                    int k = 0;
                    while (r >= SUBJECT_WEIGHTS[k]) {
                        r -= SUBJECT_WEIGHTS[k++];
                    }
                    bySubject[k]++;
                }
                for (int k = 0; k < SUBJECTS.length; k++) {
                    int teachers = bySubject[k];
                    int posts = Math.max(0, teachers + POST_DELTA[random.nextInt(POST_DELTA.length)]);
                    if (teachers == 0 && posts == 0) {
                        continue;
                    }
                    positions.add(new SubjectPosition(id, SUBJECTS[k], posts, teachers, Math.max(0, posts - teachers)));
                    for (int t = 0; t < teachers; t++) {
                        teacherSeq++;
                        if (random.nextDouble() < scale.dueShare()) {
                            candidates.add(new Candidate(String.format("T%07d", teacherSeq), id, String.format("P%07d", teacherSeq),
                                    SUBJECTS[k], 6 + random.nextInt(14),
                                    pick(random, new Grade[] {Grade.EXCELLENT, Grade.COMPETENT, Grade.BASIC, null}, new int[] {25, 60, 10, 5}),
                                    random.nextInt(100) < 15, random.nextInt(100) < 20));
                        }
                    }
                }
                double[] centre = districtCentres[district];
                schools.add(new PlanSchool(id, county, "D" + district, community, tier, location,
                        centre[0] + random.nextDouble(-0.06, 0.06), centre[1] + random.nextDouble(-0.08, 0.08),
                        size, size + random.nextInt(-3, 4)));
            }
            targets.put(county, TargetRule.target(candidates.size() - dueBefore, parameters.share()));
        }
        return new PlanningProblem(schools, positions, candidates, targets, parameters);
    }

    private static <T> T pick(SplittableRandom random, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            if (r < weights[i]) {
                return values[i];
            }
            r -= weights[i];
        }
        throw new IllegalStateException();
    }
}
