package org.county.staffing.rotation.planner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.Tier;
import org.county.staffing.rotation.planner.model.Weights;

/**
 * The planner's first phase: one county's schools, districts, subjects, positions and due teachers
 * numbered within the county, so that every later lookup is an array index; the destinations (positions
 * with vacancies) and the due teachers grouped by position, best first.
 */
final class CountyIndex {

    /** Receiver classes: under-staffed x tier, numbered {@code (under ? 3 : 0) + tier.ordinal()}. */
    static final int RECEIVERS = 6;
    /** The receiver classes of weak schools, the only ones a backbone teacher reaches without the backbone term. */
    static final int WEAK_RECEIVERS = (1 << receiverKey(false, Tier.WEAK)) | (1 << receiverKey(true, Tier.WEAK));
    private static final Tier[] TIERS = Tier.values();
    /** MOVE_DIRECTION as masks, by [over][surplus][tier]. */
    private static final int[][][] ALLOWED = new int[2][2][TIERS.length];
    static final int NONE = -1;

    static {
        for (int over = 0; over < 2; over++) {
            for (int surplus = 0; surplus < 2; surplus++) {
                for (Tier tier : TIERS) {
                    int mask = 0;
                    for (int rk = 0; rk < RECEIVERS; rk++) {
                        if (DirectionRules.allowed(over == 1, surplus == 1, tier, rk >= 3, TIERS[rk % 3])) {
                            mask |= 1 << rk;
                        }
                    }
                    ALLOWED[over][surplus][tier.ordinal()] = mask;
                }
            }
        }
    }

    static int receiverKey(boolean under, Tier tier) {
        return (under ? 3 : 0) + tier.ordinal();
    }

    /** The receiver classes MOVE_DIRECTION allows a giver with these attributes to give to, as a bit mask. */
    static int allowedReceivers(boolean over, boolean surplus, Tier tier) {
        return ALLOWED[over ? 1 : 0][surplus ? 1 : 0][tier.ordinal()];
    }

    static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, NONE);
        return array;
    }

    // ---- input
    final List<PlanSchool> schools;
    final List<SubjectPosition> positions;
    final int[] positionSchool;
    final List<Candidate> candidates;
    final int[] candidateSchool;
    final int target;
    final PlannerParameters parameters;
    final Weights weights;

    // ---- schools, districts, subjects
    int subjects;
    int[] positionSubject;
    /** Position of a school and subject: {@code positionAt[school * subjects + subject]}, or NONE. */
    private int[] positionAt;
    int districts;
    int[] district;
    int[] legKm;
    int[] spokeKm;
    int[] receiver;
    int[] schoolNeed;
    /** Per position: its vacancies, and whether it has a surplus to give. */
    int[] vacancies;
    boolean[] surplus;
    /** Per candidate: backbone, and years at the school. */
    boolean[] backbone;
    private int[] years;

    // ---- destinations: positions with vacancies, in the order of the first shortage of each subject, then input order
    int[] destinations;
    int[] presentReceivers;

    // ---- due teachers grouped by position, best first
    int[] candidatePosition;
    int[] groupStart;
    int[] grouped;
    long[] priority;

    /**
     * @param positionSchool  for each position, the index of its school in {@code schools}
     * @param candidateSchool for each candidate, the index of its school in {@code schools}
     */
    CountyIndex(List<PlanSchool> schools, List<SubjectPosition> positions, int[] positionSchool,
                List<Candidate> candidates, int[] candidateSchool, int target, PlannerParameters parameters) {
        this.schools = schools;
        this.positions = positions;
        this.positionSchool = positionSchool;
        this.candidates = candidates;
        this.candidateSchool = candidateSchool;
        this.target = target;
        this.parameters = parameters;
        this.weights = parameters.weights();
        indexSchools();
        indexDestinations();
        groupCandidates();
    }

    long travel(int km) {
        return (long) weights.travelPerKm() * km;
    }

    // Each loop of the planner is a method of its own: the JIT compiles a small method sooner and more
    // cheaply than a large one with several loops (which it compiles again for each loop it enters hot).

    private void indexSchools() {
        Map<String, Integer> subjectIds = indexSubjects();
        subjects = Math.max(1, subjectIds.size());
        indexPositions();
        indexCandidates(subjectIds);
        indexDistricts();
    }

    private Map<String, Integer> indexSubjects() {
        Map<String, Integer> subjectIds = new HashMap<>();
        int positionCount = positions.size();
        positionSubject = new int[positionCount];
        vacancies = new int[positionCount];
        surplus = new boolean[positionCount];
        String lastName = null;
        int lastId = NONE;
        for (int p = 0; p < positionCount; p++) {
            SubjectPosition position = positions.get(p);
            vacancies[p] = position.vacancies();
            surplus[p] = position.surplus() > 0;
            String name = position.subject();
            if (!name.equals(lastName)) {
                lastId = numberOf(subjectIds, name);
                lastName = name;
            }
            positionSubject[p] = lastId;
        }
        return subjectIds;
    }

    /** The number of a name, the next free one the first time. */
    private static int numberOf(Map<String, Integer> numbers, String name) {
        Integer id = numbers.get(name);
        if (id == null) {
            id = numbers.size();
            numbers.put(name, id);
        }
        return id;
    }

    private void indexPositions() {
        positionAt = filled(schools.size() * subjects);
        for (int p = 0; p < positionSubject.length; p++) {
            int slot = positionSchool[p] * subjects + positionSubject[p];
            if (positionAt[slot] != NONE) {
                SubjectPosition position = positions.get(p);
                throw new IllegalArgumentException("school " + position.schoolId() + " has subject " + position.subject() + " twice");
            }
            positionAt[slot] = p;
        }
    }

    private void indexCandidates(Map<String, Integer> subjectIds) {
        int candidateCount = candidates.size();
        candidatePosition = new int[candidateCount];
        backbone = new boolean[candidateCount];
        years = new int[candidateCount];
        priority = new long[candidateCount];
        String lastName = null;
        Integer subject = null;
        for (int c = 0; c < candidateCount; c++) {
            Candidate candidate = candidates.get(c);
            String name = candidate.subject();
            if (!name.equals(lastName)) {
                subject = subjectIds.get(name);
                lastName = name;
            }
            int p = subject == null ? NONE : positionAt[candidateSchool[c] * subjects + subject];
            candidatePosition[c] = p;
            if (p != NONE) {
                backbone[c] = candidate.backbone();
                years[c] = candidate.yearsAtSchool();
                priority[c] = CostModel.priority(weights, candidate);
            }
        }
    }

    private void indexDistricts() {
        int schoolCount = schools.size();
        Map<String, Integer> districtIds = new HashMap<>();
        district = new int[schoolCount];
        receiver = new int[schoolCount];
        schoolNeed = new int[schoolCount];
        for (int s = 0; s < schoolCount; s++) {
            PlanSchool school = schools.get(s);
            schoolNeed[s] = CostModel.need(school);
            district[s] = numberOf(districtIds, school.district());
            receiver[s] = receiverKey(school.underStaffed(), school.tier());
        }
        districts = Math.max(1, districtIds.size());
        legKm = new int[schoolCount];
        spokeKm = new int[districts];
        CostModel.countyGeometry(schools, district, districts, legKm, spokeKm);
    }

    private void indexDestinations() {
        int[] subjectRank = filled(subjects);
        int ranked = 0;
        int count = 0;
        int positionCount = positions.size();
        for (int p = 0; p < positionCount; p++) {
            if (vacancies[p] > 0) {
                count++;
                if (subjectRank[positionSubject[p]] == NONE) {
                    subjectRank[positionSubject[p]] = ranked++;
                }
            }
        }
        int[] start = new int[ranked + 1];
        for (int p = 0; p < positionCount; p++) {
            if (vacancies[p] > 0) {
                start[subjectRank[positionSubject[p]] + 1]++;
            }
        }
        for (int r = 0; r < ranked; r++) {
            start[r + 1] += start[r];
        }
        destinations = new int[count];
        presentReceivers = new int[subjects];
        for (int p = 0; p < positionCount; p++) {
            if (vacancies[p] > 0) {
                destinations[start[subjectRank[positionSubject[p]]]++] = p;
                presentReceivers[positionSubject[p]] |= 1 << receiver[positionSchool[p]];
            }
        }
    }

    private void groupCandidates() {
        int positionCount = positions.size();
        groupStart = new int[positionCount + 1];
        for (int c = 0; c < candidatePosition.length; c++) {
            if (candidatePosition[c] != NONE) {
                groupStart[candidatePosition[c] + 1]++;
            }
        }
        for (int p = 0; p < positionCount; p++) {
            groupStart[p + 1] += groupStart[p];
        }
        grouped = new int[groupStart[positionCount]];
        int[] fill = Arrays.copyOf(groupStart, positionCount);
        for (int c = 0; c < candidatePosition.length; c++) {
            if (candidatePosition[c] != NONE) {
                grouped[fill[candidatePosition[c]]++] = c;
            }
        }
        for (int p = 0; p < positionCount; p++) {
            if (groupStart[p + 1] - groupStart[p] > 1) {
                sortGroup(groupStart[p], groupStart[p + 1]);
            }
        }
    }

    /** Sorts a group best first: lower priority cost, then longer at the school, then teacher id. */
    private void sortGroup(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int c = grouped[i];
            int j = i - 1;
            while (j >= from && before(c, grouped[j])) {
                grouped[j + 1] = grouped[j];
                j--;
            }
            grouped[j + 1] = c;
        }
    }

    private boolean before(int x, int y) {
        if (priority[x] != priority[y]) {
            return priority[x] < priority[y];
        }
        if (years[x] != years[y]) {
            return years[x] > years[y];
        }
        return candidates.get(x).teacherId().compareTo(candidates.get(y).teacherId()) < 0;
    }
}
