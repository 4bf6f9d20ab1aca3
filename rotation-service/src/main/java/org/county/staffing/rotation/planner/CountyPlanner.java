package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.CostTerms;
import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.Tier;
import org.county.staffing.rotation.planner.model.UnmetShortage;
import org.county.staffing.rotation.planner.model.Weights;

/**
 * Plans one county on the compressed network described in {@link RotationPlanner}. Schools, districts
 * and subjects are numbered within the county, so every lookup while building the network, splitting
 * the flow into moves and explaining the unmet shortages is an array index.
 */
final class CountyPlanner {

    /** Receiver classes: under-staffed x tier, numbered {@code (under ? 3 : 0) + tier.ordinal()}. */
    static final int RECEIVERS = 6;
    /** Giver classes are sets of receiver classes (bit masks), so at most this many. */
    private static final int MASKS = 1 << RECEIVERS;
    /** The receiver classes of weak schools, the only ones a backbone teacher reaches without the backbone term. */
    static final int WEAK_RECEIVERS = (1 << receiverKey(false, Tier.WEAK)) | (1 << receiverKey(true, Tier.WEAK));
    private static final Tier[] TIERS = Tier.values();
    /** MOVE_DIRECTION as masks, by [over][surplus][tier]. */
    private static final int[][][] ALLOWED = new int[2][2][TIERS.length];
    private static final int NONE = -1;

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

    // ---- input
    private final List<PlanSchool> schools;
    private final List<SubjectPosition> positions;
    private final int[] positionSchool;
    private final List<Candidate> candidates;
    private final int[] candidateSchool;
    private final int target;
    private final PlannerParameters parameters;
    private final Weights weights;
    private final long backboneWeight;

    // ---- schools, districts, subjects
    private int subjects;
    private int[] positionSubject;
    /** Position of a school and subject: {@code positionAt[school * subjects + subject]}, or NONE. */
    private int[] positionAt;
    private int districts;
    private int[] district;
    private int[] legKm;
    private int[] spokeKm;
    private int[] receiver;
    private int[] schoolNeed;
    /** Per position: its vacancies, and whether it has a surplus to give. */
    private int[] vacancies;
    private boolean[] surplus;
    /** Per candidate: backbone, and years at the school. */
    private boolean[] backbone;
    private int[] years;

    // ---- destinations: positions with vacancies, in the order of the first shortage of each subject, then input order
    private int[] destinations;
    private int[] presentReceivers;

    // ---- givers: usable candidates grouped by position, best first
    private int[] candidatePosition;
    private int[] groupStart;
    private int[] grouped;
    private long[] priority;
    private int[] schoolCap;
    private int[] subjectCap;
    /** Per subject, the receiver classes some giver within its caps may give to (for the unmet explanations). */
    private int[] giverReceivers;
    /** The teachers who can ever move, per position from groupStart[p] to keptEnd[p]. */
    private int[] kept;
    private int[] keptEnd;
    private int[] giverMask;
    private int[] givable;
    private int[][] masksBySubject;
    private int[] maskCount;

    // ---- receiver blocks: receiver classes no giver mask tells apart
    private int[][] blockOf;
    private int[] blocks;
    private int[][] blockMask;
    private int maxBlocks;

    // ---- the network
    private FlowNetwork net;
    private int sink;
    private long big;
    private int[] inHub;
    private int[] hubDistricts;
    private int[] hubFirstDistrict;
    private int[] seatIn;
    private int[] outHub;
    private int[] outHubs = new int[64];
    private int outHubCount;
    private final List<Level> levels = new ArrayList<>();
    /** Vacancies of the in hubs, cheapest first per hub: destination position of each. */
    private int[] vacancyDestination;
    /** For a vacancy arc, the index in vacancyDestination of its next unassigned vacancy; NONE for other arcs. */
    private int[] vacancyAt;

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
        this.weights = parameters.weights();
        this.backboneWeight = weights.backbone();
    }

    RoundPlan plan() {
        long started = System.nanoTime();
        indexSchools();
        indexDestinations();
        groupCandidates();
        selectGivers();
        partitionReceivers();
        buildNetwork();
        long built = System.nanoTime();
        FlowNetwork.Solution solution = target == 0 ? new FlowNetwork.Solution(new long[net.arcs()], 0, 0)
                : net.solveMostAtLeastCostCentred(0, sink, target);
        long solved = System.nanoTime();

        int[] filled = new int[positions.size()];
        List<Assignment> assignments = decompose(solution, filled);
        List<Move> moves = FormRules.assign(assignments, parameters);
        List<UnmetShortage> unmet = unmet(filled, moves.size() >= target);
        List<Explanation> gapReasons = moves.size() >= target ? List.of() : gapReasons(moves.size());
        return new RoundPlan(target, moves, unmet, solution.totalCost(), target - moves.size(), gapReasons,
                new RoundPlan.SolveStats("compressed", net.nodes(), net.arcs(), (built - started) / 1_000_000,
                        (solved - built) / 1_000_000));
    }

    private long travel(int km) {
        return (long) weights.travelPerKm() * km;
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, NONE);
        return array;
    }

    // ---- indexes

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

    // ---- givers

    /**
     * The caps, the giver class of each group, and the teachers who can ever move: with c = min(caps) of a
     * group, a teacher with c others of the group at least as good for every destination (better or equal
     * priority, and not a backbone teacher unless the teacher is one too) is never needed in an optimum (an
     * optimum moving the teacher leaves one of those c unmoved, and moving that one instead costs no more).
     */
    private void selectGivers() {
        int positionCount = positions.size();
        int schoolCount = schools.size();
        schoolCap = new int[schoolCount];
        subjectCap = new int[positionCount];
        int[] allowed = new int[positionCount];
        int[] givableAll = new int[schoolCount];
        capGroups(allowed, givableAll);
        giverReceivers = new int[subjects];
        kept = new int[grouped.length];
        keptEnd = new int[positionCount];
        giverMask = new int[positionCount];
        givable = new int[schoolCount];
        masksBySubject = new int[subjects][8];
        maskCount = new int[subjects];
        for (int p = 0; p < positionCount; p++) {
            keptEnd[p] = groupStart[p];
            if (groupStart[p + 1] > groupStart[p]) {
                selectGiver(p, allowed[p], givableAll[positionSchool[p]]);
            }
        }
    }

    /** The caps of the groups that have candidates, and the giver class each would have. */
    private void capGroups(int[] allowed, int[] givableAll) {
        boolean[] capKnown = new boolean[schools.size()];
        for (int p = 0; p < allowed.length; p++) {
            int size = groupStart[p + 1] - groupStart[p];
            if (size == 0) {
                continue;
            }
            int s = positionSchool[p];
            PlanSchool school = schools.get(s);
            subjectCap[p] = SourceCaps.subject(positions.get(p), parameters);
            allowed[p] = allowedReceivers(school.overStaffed(), surplus[p], school.tier());
            givableAll[s] += Math.min(size, subjectCap[p]);
            if (!capKnown[s]) {
                schoolCap[s] = schoolCap(school);
                capKnown[s] = true;
            }
        }
    }

    private void selectGiver(int p, int allowed, int givableAll) {
        int from = groupStart[p];
        int to = groupStart[p + 1];
        int s = positionSchool[p];
        int subject = positionSubject[p];
        int mask = allowed & presentReceivers[subject];
        if (schoolCap[s] > 0 && givableAll > 0 && subjectCap[p] > 0 && mask != 0) {
            giverReceivers[subject] |= allowed;
        }
        int cap = Math.min(subjectCap[p], schoolCap[s]);
        if (mask == 0 || cap == 0) {
            return;
        }
        giverMask[p] = mask;
        int better = 0;
        int betterPlain = 0;
        boolean backbones = false;
        int end = from;
        for (int i = from; i < to; i++) {
            int c = grouped[i];
            if ((backbone[c] ? better : betterPlain) < cap) {
                kept[end++] = c;
                backbones |= backbone[c];
            }
            better++;
            if (!backbone[c]) {
                betterPlain++;
            }
        }
        keptEnd[p] = end;
        givable[s] += Math.min(end - from, subjectCap[p]);
        addMask(subject, mask);
        if (backbones && splitsBackbone(mask)) {
            addMask(subject, mask & WEAK_RECEIVERS);
        }
    }

    /** SOURCE_STAFF_SHARE depends only on the staff (and the share): computed once per staff size. */
    private int[] capByStaff = new int[0];

    private int schoolCap(PlanSchool school) {
        int staff = school.staff();
        if (staff < 0 || staff > 100_000) {
            return SourceCaps.school(school, parameters);
        }
        if (staff >= capByStaff.length) {
            int size = capByStaff.length;
            capByStaff = Arrays.copyOf(capByStaff, Math.max(staff + 1, size * 2));
            Arrays.fill(capByStaff, size, capByStaff.length, NONE);
        }
        if (capByStaff[staff] == NONE) {
            capByStaff[staff] = SourceCaps.school(school, parameters);
        }
        return capByStaff[staff];
    }

    /** Whether a backbone teacher of a giver class sometimes pays the backbone term and sometimes not. */
    private boolean splitsBackbone(int mask) {
        return backboneWeight > 0 && (mask & WEAK_RECEIVERS) != 0 && (mask & ~WEAK_RECEIVERS) != 0;
    }

    private void addMask(int subject, int mask) {
        int[] masks = masksBySubject[subject];
        for (int m = 0; m < maskCount[subject]; m++) {
            if (masks[m] == mask) {
                return;
            }
        }
        if (maskCount[subject] == masks.length) {
            masksBySubject[subject] = masks = Arrays.copyOf(masks, masks.length * 2);
        }
        masks[maskCount[subject]++] = mask;
    }

    /**
     * Receiver classes that no giver mask of the subject tells apart share one block (the atoms of the
     * partition the masks generate); each mask is a union of blocks, and a class in no mask is reached by
     * no giver.
     */
    private void partitionReceivers() {
        blockOf = new int[subjects][RECEIVERS];
        blocks = new int[subjects];
        blockMask = new int[subjects][];
        maxBlocks = 1;
        for (int subject = 0; subject < subjects; subject++) {
            long[] signature = new long[RECEIVERS];
            int[] members = new int[RECEIVERS];
            int count = 0;
            Arrays.fill(blockOf[subject], NONE);
            for (int rk = 0; rk < RECEIVERS; rk++) {
                long sig = 0;
                for (int m = 0; m < maskCount[subject]; m++) {
                    if ((masksBySubject[subject][m] & (1 << rk)) != 0) {
                        sig |= 1L << m;
                    }
                }
                if (sig == 0) {
                    continue;
                }
                int block = NONE;
                for (int b = 0; b < count && block == NONE; b++) {
                    if (signature[b] == sig) {
                        block = b;
                    }
                }
                if (block == NONE) {
                    block = count++;
                    signature[block] = sig;
                }
                blockOf[subject][rk] = block;
                members[block] |= 1 << rk;
            }
            blocks[subject] = count;
            blockMask[subject] = Arrays.copyOf(members, count);
            maxBlocks = Math.max(maxBlocks, count);
        }
    }

    // ---- the network

    private void buildNetwork() {
        net = new FlowNetwork(3 * (destinations.length + kept.length) + 64);
        int source = net.addNode();
        sink = net.addNode();
        big = Math.max(1, target);
        addDestinations();
        seatIn = filled(subjects * maxBlocks);
        outHub = filled(districts * subjects * MASKS);
        int[] schoolNode = filled(schools.size());
        for (int p = 0; p < positions.size(); p++) {
            if (keptEnd[p] > groupStart[p]) {
                addGiver(p, source, schoolNode);
            }
        }
        connectOutHubs();
    }

    /**
     * In hubs (district x subject x block) and their arcs to the sink: the vacancies of a hub cheapest first,
     * equal costs on one arc. An optimum fills the cheaper arcs of a hub first, and a destination's own
     * vacancies rise in cost (or are equal), so any vacancy of an arc's cost may take a unit of its flow.
     */
    private void addDestinations() {
        inHub = filled(districts * subjects * maxBlocks);
        hubDistricts = new int[subjects * maxBlocks];
        hubFirstDistrict = new int[subjects * maxBlocks];
        int[] hubOf = new int[destinations.length];
        int hubs = numberInHubs(hubOf);
        // vacancies grouped by hub, in destination order
        int[] start = new int[hubs + 1];
        for (int i = 0; i < destinations.length; i++) {
            if (hubOf[i] != NONE) {
                start[hubOf[i] + 1] += Math.min(vacancies[destinations[i]], target);
            }
        }
        for (int h = 0; h < hubs; h++) {
            start[h + 1] += start[h];
        }
        int units = start[hubs];
        vacancyDestination = new int[units];
        long[] cost = new long[units];
        int[] fill = Arrays.copyOf(start, hubs);
        for (int i = 0; i < destinations.length; i++) {
            if (hubOf[i] != NONE) {
                listVacancies(destinations[i], fill, hubOf[i], cost);
            }
        }
        // hub nodes are numbered after source and sink in hub order; the vacancy arcs are the first arcs
        int firstHubNode = net.nodes();
        for (int h = 0; h < hubs; h++) {
            net.addNode();
        }
        for (int i = 0; i < inHub.length; i++) {
            if (inHub[i] != NONE) {
                inHub[i] += firstHubNode;
            }
        }
        int[] vacancyStart = new int[units];
        for (int h = 0; h < hubs; h++) {
            addVacancyArcs(firstHubNode + h, start[h], start[h + 1], cost, vacancyStart);
        }
        vacancyAt = Arrays.copyOf(vacancyStart, net.arcs());
    }

    /** Numbers the in hubs (from 0, in destination order); returns how many. */
    private int numberInHubs(int[] hubOf) {
        int hubs = 0;
        for (int i = 0; i < destinations.length; i++) {
            int p = destinations[i];
            int s = positionSchool[p];
            int subject = positionSubject[p];
            int block = blockOf[subject][receiver[s]];
            if (block == NONE) {
                hubOf[i] = NONE;
                continue;
            }
            int slot = (district[s] * subjects + subject) * maxBlocks + block;
            if (inHub[slot] == NONE) {
                inHub[slot] = hubs++;
                if (hubDistricts[subject * maxBlocks + block]++ == 0) {
                    hubFirstDistrict[subject * maxBlocks + block] = district[s];
                }
            }
            hubOf[i] = inHub[slot];
        }
        return hubs;
    }

    private void listVacancies(int p, int[] fill, int hub, long[] cost) {
        int s = positionSchool[p];
        long leg = travel(legKm[s]);
        int need = schoolNeed[s];
        for (int k = 0; k < Math.min(vacancies[p], target); k++) {
            int v = fill[hub]++;
            vacancyDestination[v] = p;
            cost[v] = leg + CostModel.coverage(weights, need, k);
        }
    }

    /** A hub's vacancies from {@code from} to {@code to}: cheapest first, one arc per cost. */
    private void addVacancyArcs(int hub, int from, int to, long[] cost, int[] vacancyStart) {
        sortByCost(vacancyDestination, cost, from, to);
        for (int v = from; v < to; ) {
            int w = v;
            while (w < to && cost[w] == cost[v]) {
                w++;
            }
            vacancyStart[net.addArc(hub, sink, w - v, cost[v])] = v;
            v = w;
        }
    }

    /** Stable insertion sort of a hub's vacancies by cost (a hub has a few). */
    private static void sortByCost(int[] destination, long[] cost, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int d = destination[i];
            long c = cost[i];
            int j = i - 1;
            while (j >= from && cost[j] > c) {
                destination[j + 1] = destination[j];
                cost[j + 1] = cost[j];
                j--;
            }
            destination[j + 1] = d;
            cost[j + 1] = c;
        }
    }

    /**
     * A group's teachers who can move: caps where they can bind, then one arc per priority level into the out
     * hub of the group's class. A backbone teacher's level enters with the backbone term; where the class also
     * reaches weak schools, the level also enters the hub of the class's weak receivers without it.
     */
    private void addGiver(int p, int source, int[] schoolNode) {
        int from = groupStart[p];
        int to = keptEnd[p];
        int s = positionSchool[p];
        int subject = positionSubject[p];
        int parent = source;
        long parentCap = Long.MAX_VALUE;
        if (schoolCap[s] < givable[s]) {
            if (schoolNode[s] == NONE) {
                schoolNode[s] = net.addNode();
                net.addArc(source, schoolNode[s], schoolCap[s], 0);
            }
            parent = schoolNode[s];
            parentCap = schoolCap[s];
        }
        if (subjectCap[p] < to - from) {
            int node = net.addNode();
            net.addArc(parent, node, subjectCap[p], 0);
            parent = node;
            parentCap = subjectCap[p];
        }
        int mask = giverMask[p];
        boolean split = splitsBackbone(mask);
        boolean onlyWeak = (mask & ~WEAK_RECEIVERS) == 0;
        long leg = travel(legKm[s]);
        int firstLevel = levels.size();
        for (int i = from; i < to; i++) {
            int c = kept[i];
            boolean plusBackbone = backbone[c] && !onlyWeak && backboneWeight > 0;
            Level level = null;
            for (int l = firstLevel; l < levels.size() && level == null; l++) {
                Level existing = levels.get(l);
                if (existing.priority == priority[c] && existing.backbone == plusBackbone) {
                    level = existing;
                }
            }
            if (level == null) {
                level = new Level(priority[c], plusBackbone);
                levels.add(level);
            }
            level.add(c);
        }
        int d = district[s];
        int hub = outHub(d, subject, mask);
        for (int l = firstLevel; l < levels.size(); l++) {
            Level level = levels.get(l);
            int n = level.size;
            long cost = level.priority + leg;
            if (!level.backbone) {
                level.entries = new int[] {net.addArc(parent, hub, n, cost)};
            } else if (!split) {
                level.entries = new int[] {net.addArc(parent, hub, n, cost + backboneWeight)};
            } else {
                int weakHub = outHub(d, subject, mask & WEAK_RECEIVERS);
                if (parentCap <= n) {
                    // the parent's cap already keeps the two arcs together within the level's size
                    level.entries = new int[] {net.addArc(parent, hub, n, cost + backboneWeight),
                            net.addArc(parent, weakHub, n, cost)};
                } else {
                    int node = net.addNode();
                    net.addArc(parent, node, n, cost);
                    level.entries = new int[] {net.addArc(node, hub, n, backboneWeight), net.addArc(node, weakHub, n, 0)};
                }
            }
        }
    }

    private int outHub(int d, int subject, int mask) {
        int slot = (d * subjects + subject) * MASKS + mask;
        if (outHub[slot] == NONE) {
            outHub[slot] = net.addNode();
            if (outHubCount == outHubs.length) {
                outHubs = Arrays.copyOf(outHubs, outHubs.length * 2);
            }
            outHubs[outHubCount++] = slot;
        }
        return outHub[slot];
    }

    /**
     * Out hubs to the in hubs of the blocks of their class: of their own district directly; of other districts
     * through the county seat (the spoke in, then the seat's spoke out to each district's in hub). A class whose
     * hubs in several districts reach several blocks elsewhere shares one seat node per subject and class.
     */
    private void connectOutHubs() {
        int[] hubsPerMask = new int[subjects * MASKS];
        for (int i = 0; i < outHubCount; i++) {
            int slot = outHubs[i];
            hubsPerMask[(slot / MASKS) % subjects * MASKS + slot % MASKS]++;
        }
        int[] seatOut = filled(subjects * MASKS);
        for (int i = 0; i < outHubCount; i++) {
            connectOutHub(outHubs[i], hubsPerMask, seatOut);
        }
    }

    private void connectOutHub(int slot, int[] hubsPerMask, int[] seatOut) {
        int node = outHub[slot];
        int mask = slot % MASKS;
        int subject = (slot / MASKS) % subjects;
        int d = slot / MASKS / subjects;
        int elsewhere = 0;
        for (int b = 0; b < blocks[subject]; b++) {
            if ((blockMask[subject][b] & ~mask) != 0) {
                continue;
            }
            int own = inHub[(d * subjects + subject) * maxBlocks + b];
            if (own != NONE) {
                net.addArc(node, own, big, 0);
            }
            if (inOtherDistrict(subject, b, d)) {
                elsewhere++;
            }
        }
        if (elsewhere == 0) {
            return;
        }
        long spoke = travel(spokeKm[d]);
        int hubs = hubsPerMask[subject * MASKS + mask];
        if (elsewhere == 1 || hubs + elsewhere + 1 >= hubs * elsewhere) {
            for (int b = 0; b < blocks[subject]; b++) {
                if ((blockMask[subject][b] & ~mask) == 0 && inOtherDistrict(subject, b, d)) {
                    net.addArc(node, seat(subject, b), big, spoke);
                }
            }
            return;
        }
        int shared = subject * MASKS + mask;
        if (seatOut[shared] == NONE) {
            seatOut[shared] = net.addNode();
            for (int b = 0; b < blocks[subject]; b++) {
                if ((blockMask[subject][b] & ~mask) == 0 && hubDistricts[subject * maxBlocks + b] > 0) {
                    net.addArc(seatOut[shared], seat(subject, b), big, 0);
                }
            }
        }
        net.addArc(node, seatOut[shared], big, spoke);
    }

    private boolean inOtherDistrict(int subject, int block, int d) {
        int count = hubDistricts[subject * maxBlocks + block];
        return count > 1 || (count == 1 && hubFirstDistrict[subject * maxBlocks + block] != d);
    }

    /** The county seat's node for a subject and block, with its spokes out to every district's in hub. */
    private int seat(int subject, int block) {
        int slot = subject * maxBlocks + block;
        if (seatIn[slot] == NONE) {
            seatIn[slot] = net.addNode();
            for (int d = 0; d < districts; d++) {
                int hub = inHub[(d * subjects + subject) * maxBlocks + block];
                if (hub != NONE) {
                    net.addArc(seatIn[slot], hub, big, travel(spokeKm[d]));
                }
            }
        }
        return seatIn[slot];
    }

    /** Teachers of one school and subject at one priority and kind (backbone or not), best first. */
    private static final class Level {
        final long priority;
        final boolean backbone;
        int[] members = new int[2];
        int size;
        /** The arcs the level's flow enters the out hubs by; their flows are taken by the members in order. */
        int[] entries;

        Level(long priority, boolean backbone) {
            this.priority = priority;
            this.backbone = backbone;
        }

        void add(int candidate) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = candidate;
        }
    }

    // ---- moves

    /** Splits the flow into one path per teacher, from its level's entry arc to the sink. */
    private List<Assignment> decompose(FlowNetwork.Solution solution, int[] filled) {
        long[] flow = solution.flow();
        Paths paths = new Paths(net, flow);
        List<Assignment> assignments = new ArrayList<>((int) solution.amount());
        long sum = 0;
        for (Level level : levels) {
            int member = 0;
            for (int entry : level.entries) {
                for (long i = 0; i < flow[entry]; i++) {
                    int destination = paths.follow(net.head(entry), sink, vacancyAt, vacancyDestination);
                    Assignment assignment = assignment(level.members[member++], destination, filled[destination]++);
                    sum += assignment.cost().total();
                    assignments.add(assignment);
                }
            }
        }
        if (sum != solution.totalCost()) {
            throw new IllegalStateException("moves cost " + sum + " but the flow costs " + solution.totalCost());
        }
        return assignments;
    }

    /** The arcs with flow out of each node, taken one unit at a time. */
    private static final class Paths {
        private final FlowNetwork net;
        private final long[] remaining;
        private final int[] first;
        private final int[] arcs;
        private final int[] cursor;

        Paths(FlowNetwork net, long[] flow) {
            this.net = net;
            this.remaining = flow.clone();
            int nodes = net.nodes();
            first = new int[nodes + 1];
            for (int a = 0; a < net.arcs(); a++) {
                if (remaining[a] > 0) {
                    first[net.tail(a) + 1]++;
                }
            }
            for (int n = 0; n < nodes; n++) {
                first[n + 1] += first[n];
            }
            arcs = new int[first[nodes]];
            cursor = Arrays.copyOf(first, nodes);
            for (int a = 0; a < net.arcs(); a++) {
                if (remaining[a] > 0) {
                    arcs[cursor[net.tail(a)]++] = a;
                }
            }
            System.arraycopy(first, 0, cursor, 0, nodes);
        }

        /** Takes one unit along arcs with flow left from the node to the sink; returns the vacancy it fills. */
        int follow(int node, int sink, int[] vacancyAt, int[] vacancyDestination) {
            int destination = NONE;
            while (node != sink) {
                int arc = next(node);
                remaining[arc]--;
                if (arc < vacancyAt.length && vacancyAt[arc] != NONE) {
                    destination = vacancyDestination[vacancyAt[arc]++];
                }
                node = net.head(arc);
            }
            return destination;
        }

        private int next(int node) {
            while (cursor[node] < first[node + 1] && remaining[arcs[cursor[node]]] == 0) {
                cursor[node]++;
            }
            if (cursor[node] == first[node + 1]) {
                throw new IllegalStateException("flow is not conserved at node " + node);
            }
            return arcs[cursor[node]];
        }
    }

    private Assignment assignment(int c, int p, int k) {
        Candidate candidate = candidates.get(c);
        int a = candidateSchool[c];
        int b = positionSchool[p];
        PlanSchool from = schools.get(a);
        PlanSchool to = schools.get(b);
        if (a == b) {
            throw new IllegalStateException("flow path " + from.id() + " -> " + to.id() + " stays at the school");
        }
        int km = legKm[a] + (district[a] == district[b] ? 0 : spokeKm[district[a]] + spokeKm[district[b]]) + legKm[b];
        CostTerms terms = CostTerms.of(priority[c], travel(km), backbone[c] && to.tier() != Tier.WEAK ? backboneWeight : 0,
                CostModel.coverage(weights, schoolNeed[b], k), km);
        List<Direction> directions = DirectionRules.satisfiedShared(from.overStaffed(), surplus[candidatePosition[c]],
                from.tier(), to.underStaffed(), to.tier());
        if (directions.isEmpty()) {
            throw new IllegalStateException("flow path " + from.id() + " -> " + to.id() + " breaks MOVE_DIRECTION");
        }
        return new Assignment(candidate, from, to, positions.get(p), k, directions, terms);
    }

    // ---- unmet shortages and gaps

    /** The explanations of unmet shortages, by subject and kind: the same for every shortage of a subject. */
    private Explanation[][] unmetReasons;

    private Explanation unmetReason(int p, int kind) {
        if (unmetReasons == null) {
            unmetReasons = new Explanation[subjects][3];
        }
        Explanation[] reasons = unmetReasons[positionSubject[p]];
        String subject = positions.get(p).subject();
        if (reasons[kind] == null) {
            reasons[kind] = switch (kind) {
                case 0 -> new Explanation("NO_ELIGIBLE_GIVER",
                        "no due teacher of " + subject + " in the county is at a school the direction rules allow to give to this one (over-staffed to under-staffed, surplus in the subject, or a stronger tier), within the source caps",
                        "县内没有符合流动方向（超编向缺编、学科富余、优质向薄弱）且在输出上限内的 " + subject + " 学科应轮岗教师可派往该校");
                case 1 -> new Explanation("TARGET_REACHED",
                        "the round's target was reached with moves of lower cost; recruitment or a later round fills it",
                        "本轮目标已由成本更低的交流完成，该缺口由招聘或下一轮解决");
                default -> new Explanation("GIVERS_EXHAUSTED",
                        "every due teacher allowed to fill it has moved elsewhere or is held by a source cap",
                        "可填补该缺口的应轮岗教师均已安排到其他学校或受输出学校上限限制");
            };
        }
        return reasons[kind];
    }

    /** Whether some due teacher within the caps may fill a vacancy of this destination. */
    private boolean eligible(int p) {
        return (giverReceivers[positionSubject[p]] & (1 << receiver[positionSchool[p]])) != 0;
    }

    private List<UnmetShortage> unmet(int[] filled, boolean targetReached) {
        List<UnmetShortage> unmet = new ArrayList<>();
        for (int p : destinations) {
            SubjectPosition destination = positions.get(p);
            int done = filled[p];
            if (done >= destination.vacancies()) {
                continue;
            }
            Explanation why = unmetReason(p, !eligible(p) ? 0 : targetReached ? 1 : 2);
            unmet.add(new UnmetShortage(destination.schoolId(), destination.subject(), destination.vacancies(), done,
                    destination.vacancies() - done, why));
        }
        return unmet;
    }

    private List<Explanation> gapReasons(int moves) {
        long[] perSchool = new long[schools.size()];
        boolean[] gives = new boolean[schools.size()];
        for (int p = 0; p < positions.size(); p++) {
            int size = groupStart[p + 1] - groupStart[p];
            if (size > 0) {
                perSchool[positionSchool[p]] += Math.min(size, subjectCap[p]);
                gives[positionSchool[p]] = true;
            }
        }
        long mayLeave = 0;
        for (int s = 0; s < schools.size(); s++) {
            if (gives[s]) {
                mayLeave += Math.min(perSchool[s], schoolCap[s]);
            }
        }
        long reachable = 0;
        for (int p : destinations) {
            if (eligible(p)) {
                reachable += vacancies[p];
            }
        }
        List<Explanation> reasons = new ArrayList<>();
        reasons.add(new Explanation("MAX_FEASIBLE_MOVES",
                "only " + moves + " of the target " + target + " moves are possible under the rules",
                "在各项规则下最多只能安排 " + moves + " 人交流，目标为 " + target + " 人"));
        if (mayLeave < target) {
            reasons.add(new Explanation("SOURCE_CAPS_BIND",
                    "at most " + mayLeave + " due teachers may leave their schools under SOURCE_STAFF_SHARE and SOURCE_SUBJECT_FLOOR",
                    "受学校输出比例（SOURCE_STAFF_SHARE）和学科保底（SOURCE_SUBJECT_FLOOR）限制，最多 " + mayLeave + " 名应轮岗教师可以流出"));
        }
        if (reachable < target) {
            reasons.add(new Explanation("VACANCIES_BIND",
                    "only " + reachable + " vacant posts can be reached by a due teacher the direction rules allow",
                    "符合流动方向规则的应轮岗教师可到达的空岗只有 " + reachable + " 个"));
        }
        if (mayLeave >= target && reachable >= target) {
            reasons.add(new Explanation("SUBJECT_MATCH_BINDS",
                    mayLeave + " teachers may leave and " + reachable + " vacancies may be filled, but they match in subject, county and direction for only " + moves,
                    "可流出 " + mayLeave + " 人、可填补空岗 " + reachable + " 个，但在学科、县域和流动方向上只能匹配 " + moves + " 人"));
        }
        return reasons;
    }
}
