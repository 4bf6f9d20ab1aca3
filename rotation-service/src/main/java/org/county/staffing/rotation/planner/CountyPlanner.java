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
 * Plans one county on the compressed network (see {@link RotationPlanner}), with every lookup an array
 * index: schools, districts and subjects are numbered within the county, and the network, the
 * flow's decomposition and the explanations work on those numbers.
 */
final class CountyPlanner {

    /** Receiver classes: under-staffed x tier, numbered {@code (under ? 3 : 0) + tier.ordinal()}. */
    static final int RECEIVERS = 6;
    private static final Tier[] TIERS = Tier.values();
    /** The receiver classes of weak schools, the only ones a backbone teacher reaches without the backbone term. */
    static final int WEAK_RECEIVERS = (1 << receiverKey(false, Tier.WEAK)) | (1 << receiverKey(true, Tier.WEAK));
    private static final int NONE = -1;

    private final List<PlanSchool> schools;
    private final List<SubjectPosition> positions;
    private final int[] positionSchool;
    private final List<Candidate> candidates;
    private final int[] candidateSchool;
    private final int target;
    private final PlannerParameters parameters;
    private final Weights weights;
    /** For each candidate, the position of its school and subject, or NONE when the planner cannot use it. */
    private int[] candidatePosition;

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
    }

    static int receiverKey(boolean under, Tier tier) {
        return (under ? 3 : 0) + tier.ordinal();
    }

    /** The receiver classes MOVE_DIRECTION allows a giver with these attributes to give to, as a bit mask. */
    static int allowedReceivers(boolean over, boolean surplus, Tier tier) {
        int mask = 0;
        for (int rk = 0; rk < RECEIVERS; rk++) {
            if (DirectionRules.allowed(over, surplus, tier, rk >= 3, TIERS[rk % 3])) {
                mask |= 1 << rk;
            }
        }
        return mask;
    }

    RoundPlan plan() {
        long started = System.nanoTime();
        int schoolCount = schools.size();

        // ---- subjects, districts and geometry, numbered within the county
        Map<String, Integer> subjectIds = new HashMap<>();
        List<String> subjectNames = new ArrayList<>();
        int[] positionSubject = new int[positions.size()];
        for (int p = 0; p < positions.size(); p++) {
            String subject = positions.get(p).subject();
            Integer id = subjectIds.get(subject);
            if (id == null) {
                id = subjectNames.size();
                subjectIds.put(subject, id);
                subjectNames.add(subject);
            }
            positionSubject[p] = id;
        }
        int subjects = Math.max(1, subjectNames.size());
        int[] positionAt = new int[schoolCount * subjects];
        Arrays.fill(positionAt, NONE);
        for (int p = 0; p < positions.size(); p++) {
            int slot = positionSchool[p] * subjects + positionSubject[p];
            if (positionAt[slot] != NONE) {
                SubjectPosition position = positions.get(p);
                throw new IllegalArgumentException("school " + position.schoolId() + " has subject " + position.subject() + " twice");
            }
            positionAt[slot] = p;
        }
        Map<String, Integer> districtIds = new HashMap<>();
        int[] district = new int[schoolCount];
        for (int s = 0; s < schoolCount; s++) {
            district[s] = districtIds.computeIfAbsent(schools.get(s).district(), k -> districtIds.size());
        }
        int districts = Math.max(1, districtIds.size());
        int[] legKm = new int[schoolCount];
        int[] spokeKm = new int[districts];
        CostModel.countyGeometry(schools, district, districts, legKm, spokeKm);
        int[] receiver = new int[schoolCount];
        for (int s = 0; s < schoolCount; s++) {
            PlanSchool school = schools.get(s);
            receiver[s] = receiverKey(school.underStaffed(), school.tier());
        }

        // ---- destinations, in the order of the first shortage of each subject, then input order
        int[] subjectRank = new int[subjects];
        Arrays.fill(subjectRank, NONE);
        int ranked = 0;
        int destinationCount = 0;
        for (int p = 0; p < positions.size(); p++) {
            if (positions.get(p).shortage()) {
                destinationCount++;
                if (subjectRank[positionSubject[p]] == NONE) {
                    subjectRank[positionSubject[p]] = ranked++;
                }
            }
        }
        int[] destinations = new int[destinationCount];
        {
            int[] start = new int[ranked + 1];
            for (int p = 0; p < positions.size(); p++) {
                if (positions.get(p).shortage()) {
                    start[subjectRank[positionSubject[p]] + 1]++;
                }
            }
            for (int r = 0; r < ranked; r++) {
                start[r + 1] += start[r];
            }
            for (int p = 0; p < positions.size(); p++) {
                if (positions.get(p).shortage()) {
                    destinations[start[subjectRank[positionSubject[p]]]++] = p;
                }
            }
        }
        int[] presentReceivers = new int[subjects];
        for (int p : destinations) {
            presentReceivers[positionSubject[p]] |= 1 << receiver[positionSchool[p]];
        }

        // ---- givers: usable candidates grouped by school and subject, best first
        candidatePosition = new int[candidates.size()];
        int[] usablePerPosition = new int[positions.size() + 1];
        for (int c = 0; c < candidates.size(); c++) {
            Integer subject = subjectIds.get(candidates.get(c).subject());
            int p = subject == null ? NONE : positionAt[candidateSchool[c] * subjects + subject];
            candidatePosition[c] = p;
            if (p != NONE) {
                usablePerPosition[p + 1]++;
            }
        }
        int[] groupStart = usablePerPosition;
        for (int p = 0; p < positions.size(); p++) {
            groupStart[p + 1] += groupStart[p];
        }
        int[] grouped = new int[groupStart[positions.size()]];
        {
            int[] fill = Arrays.copyOf(groupStart, positions.size());
            for (int c = 0; c < candidates.size(); c++) {
                if (candidatePosition[c] != NONE) {
                    grouped[fill[candidatePosition[c]]++] = c;
                }
            }
        }
        long[] priority = new long[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            if (candidatePosition[c] != NONE) {
                priority[c] = CostModel.priority(weights, candidates.get(c));
            }
        }
        for (int p = 0; p < positions.size(); p++) {
            sortGroup(grouped, groupStart[p], groupStart[p + 1], priority);
        }

        // school caps and which groups can give at all (as the unmet explanations count them)
        int[] schoolCap = new int[schoolCount];
        int[] subjectCap = new int[positions.size()];
        int[] allowed = new int[positions.size()];
        int[] givableAll = new int[schoolCount];
        for (int p = 0; p < positions.size(); p++) {
            int size = groupStart[p + 1] - groupStart[p];
            if (size == 0) {
                continue;
            }
            SubjectPosition position = positions.get(p);
            PlanSchool school = schools.get(positionSchool[p]);
            subjectCap[p] = SourceCaps.subject(position, parameters);
            allowed[p] = allowedReceivers(school.overStaffed(), position.surplus() > 0, school.tier());
            givableAll[positionSchool[p]] += Math.min(size, subjectCap[p]);
        }
        boolean[] capKnown = new boolean[schoolCount];
        int[] giverReceivers = new int[subjects];
        for (int p = 0; p < positions.size(); p++) {
            int s = positionSchool[p];
            if (groupStart[p + 1] == groupStart[p]) {
                continue;
            }
            if (!capKnown[s]) {
                schoolCap[s] = SourceCaps.school(schools.get(s), parameters);
                capKnown[s] = true;
            }
            int subject = positionSubject[p];
            if (schoolCap[s] > 0 && givableAll[s] > 0 && subjectCap[p] > 0 && (allowed[p] & presentReceivers[subject]) != 0) {
                giverReceivers[subject] |= allowed[p];
            }
        }

        // the teachers who can ever move: with c = min(caps) of a group able to move, a teacher with c others
        // of the group at least as good for every destination (better or equal priority, and not a backbone
        // teacher unless the teacher is one too) is never needed in an optimum
        long backboneWeight = weights.backbone();
        int[] kept = new int[grouped.length];
        int[] keptEnd = new int[positions.size()];
        int[] giverMask = new int[positions.size()];
        int[] givable = new int[schoolCount];
        List<List<Integer>> masksBySubject = new ArrayList<>(subjects);
        for (int i = 0; i < subjects; i++) {
            masksBySubject.add(new ArrayList<>(4));
        }
        for (int p = 0; p < positions.size(); p++) {
            int from = groupStart[p];
            keptEnd[p] = from;
            int s = positionSchool[p];
            int subject = positionSubject[p];
            int mask = allowed[p] & presentReceivers[subject];
            int cap = Math.min(subjectCap[p], schoolCap[s]);
            if (groupStart[p + 1] == from || mask == 0 || cap == 0) {
                continue;
            }
            giverMask[p] = mask;
            int better = 0;
            int betterPlain = 0;
            boolean backboneSplit = false;
            for (int i = from; i < groupStart[p + 1]; i++) {
                int c = grouped[i];
                boolean backbone = candidates.get(c).backbone();
                if ((backbone ? better : betterPlain) < cap) {
                    kept[keptEnd[p]++] = c;
                    backboneSplit |= backbone && backboneWeight > 0;
                }
                better++;
                if (!backbone) {
                    betterPlain++;
                }
            }
            givable[s] += Math.min(keptEnd[p] - from, subjectCap[p]);
            addMask(masksBySubject.get(subject), mask);
            if (backboneSplit && (mask & WEAK_RECEIVERS) != 0 && (mask & ~WEAK_RECEIVERS) != 0) {
                addMask(masksBySubject.get(subject), mask & WEAK_RECEIVERS);
            }
        }

        // receiver classes no giver mask tells apart share one in hub: the blocks of the partition the masks generate
        int[][] blockOf = new int[subjects][RECEIVERS];
        int[] blocks = new int[subjects];
        int[][] blockMask = new int[subjects][];
        for (int subject = 0; subject < subjects; subject++) {
            List<Integer> masks = masksBySubject.get(subject);
            long[] signature = new long[RECEIVERS];
            int[] members = new int[RECEIVERS];
            int count = 0;
            Arrays.fill(blockOf[subject], NONE);
            for (int rk = 0; rk < RECEIVERS; rk++) {
                long sig = 0;
                for (int m = 0; m < masks.size(); m++) {
                    if ((masks.get(m) & (1 << rk)) != 0) {
                        sig |= 1L << m;
                    }
                }
                if (sig == 0) {
                    continue;
                }
                int block = NONE;
                for (int b = 0; b < count; b++) {
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
        }
        int maxBlocks = 1;
        for (int b : blocks) {
            maxBlocks = Math.max(maxBlocks, b);
        }

        // ---- the network
        FlowNetwork net = new FlowNetwork(4 * (destinationCount + grouped.length) + 64);
        int source = net.addNode();
        int sink = net.addNode();
        long big = Math.max(1, target);

        // in hubs: district x subject x block; one arc per vacancy cost level to the sink
        int[] inHub = new int[districts * subjects * maxBlocks];
        Arrays.fill(inHub, NONE);
        int[] hubDistricts = new int[subjects * maxBlocks];
        int[] hubFirstDistrict = new int[subjects * maxBlocks];
        int vacancyCount = 0;
        for (int p : destinations) {
            int subject = positionSubject[p];
            int block = blockOf[subject][receiver[positionSchool[p]]];
            if (block == NONE) {
                continue;
            }
            int slot = (district[positionSchool[p]] * subjects + subject) * maxBlocks + block;
            if (inHub[slot] == NONE) {
                inHub[slot] = net.addNode();
                if (hubDistricts[subject * maxBlocks + block]++ == 0) {
                    hubFirstDistrict[subject * maxBlocks + block] = district[positionSchool[p]];
                }
            }
            vacancyCount += Math.min(positions.get(p).vacancies(), target);
        }
        // the vacancies of an in hub, cheapest first; equal costs share one arc (an optimum fills the cheaper
        // levels of a hub first, and a destination's own vacancies are strictly ordered by cost or equal)
        long[] vacancyCost = new long[vacancyCount];
        int[] vacancyHub = new int[vacancyCount];
        int[] vacancyDestination = new int[vacancyCount];
        int v = 0;
        for (int p : destinations) {
            int subject = positionSubject[p];
            int s = positionSchool[p];
            int block = blockOf[subject][receiver[s]];
            if (block == NONE) {
                continue;
            }
            int hub = inHub[(district[s] * subjects + subject) * maxBlocks + block];
            long leg = travel(legKm[s]);
            int need = CostModel.need(schools.get(s));
            for (int k = 0; k < Math.min(positions.get(p).vacancies(), target); k++) {
                vacancyCost[v] = leg + CostModel.coverage(weights, need, k);
                vacancyHub[v] = hub;
                vacancyDestination[v] = p;
                v++;
            }
        }
        Integer[] vacancyOrder = new Integer[vacancyCount];
        for (int i = 0; i < vacancyCount; i++) {
            vacancyOrder[i] = i;
        }
        Arrays.sort(vacancyOrder, (a, b) -> vacancyHub[a] != vacancyHub[b] ? Integer.compare(vacancyHub[a], vacancyHub[b])
                : vacancyCost[a] != vacancyCost[b] ? Long.compare(vacancyCost[a], vacancyCost[b]) : Integer.compare(a, b));
        // the vacancy arcs are the network's first arcs; each unit of one is a vacancy, in vacancyOrder from nextVacancy[arc]
        int[] nextVacancy = new int[vacancyCount];
        for (int i = 0; i < vacancyCount; ) {
            int j = i;
            int hub = vacancyHub[vacancyOrder[i]];
            long cost = vacancyCost[vacancyOrder[i]];
            while (j < vacancyCount && vacancyHub[vacancyOrder[j]] == hub && vacancyCost[vacancyOrder[j]] == cost) {
                j++;
            }
            nextVacancy[net.addArc(hub, sink, j - i, cost)] = i;
            i = j;
        }
        int vacancyArcs = net.arcs();

        // Y nodes: subject x block at the county seat, with a spoke out to each district's in hub
        int[] seatIn = new int[subjects * maxBlocks];
        Arrays.fill(seatIn, NONE);

        // givers
        int[] outHub = new int[districts * subjects * 64];
        Arrays.fill(outHub, NONE);
        List<int[]> outHubs = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        int[] schoolNode = new int[schoolCount];
        Arrays.fill(schoolNode, NONE);
        for (int p = 0; p < positions.size(); p++) {
            int from = groupStart[p];
            int to = keptEnd[p];
            if (to == from) {
                continue;
            }
            int s = positionSchool[p];
            int subject = positionSubject[p];
            int d = district[s];
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
            boolean split = backboneWeight > 0 && (mask & WEAK_RECEIVERS) != 0 && (mask & ~WEAK_RECEIVERS) != 0;
            boolean onlyWeak = (mask & ~WEAK_RECEIVERS) == 0;
            long leg = travel(legKm[s]);
            // levels: teachers of equal priority and kind, in the group's order
            int levelsBefore = levels.size();
            for (int i = from; i < to; i++) {
                int c = kept[i];
                boolean backbone = candidates.get(c).backbone() && !onlyWeak && backboneWeight > 0;
                Level level = null;
                for (int l = levelsBefore; l < levels.size(); l++) {
                    Level candidateLevel = levels.get(l);
                    if (candidateLevel.priority == priority[c] && candidateLevel.backbone == backbone) {
                        level = candidateLevel;
                    }
                }
                if (level == null) {
                    level = new Level(priority[c], backbone);
                    levels.add(level);
                }
                level.add(c);
            }
            for (int l = levelsBefore; l < levels.size(); l++) {
                Level level = levels.get(l);
                int n = level.size;
                long cost = level.priority + leg;
                int hub = outHub(net, outHub, outHubs, d, subject, mask, subjects);
                if (!level.backbone) {
                    level.entries = new int[] {net.addArc(parent, hub, n, cost)};
                } else if (!split) {
                    level.entries = new int[] {net.addArc(parent, hub, n, cost + backboneWeight)};
                } else {
                    int weakHub = outHub(net, outHub, outHubs, d, subject, mask & WEAK_RECEIVERS, subjects);
                    if (parentCap <= n) {
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

        // out hubs: to the in hubs of their own district, and through the county seat to every district's
        int[] seatOut = new int[subjects * 64];
        Arrays.fill(seatOut, NONE);
        int[] hubsPerMask = new int[subjects * 64];
        for (int[] hub : outHubs) {
            hubsPerMask[hub[2] * 64 + hub[3]]++;
        }
        for (int[] hub : outHubs) {
            int node = hub[0];
            int d = hub[1];
            int subject = hub[2];
            int mask = hub[3];
            boolean elsewhere = false;
            int reached = 0;
            for (int b = 0; b < blocks[subject]; b++) {
                if ((blockMask[subject][b] & ~mask) != 0) {
                    continue;
                }
                int own = inHub[(d * subjects + subject) * maxBlocks + b];
                if (own != NONE) {
                    net.addArc(node, own, big, 0);
                }
                int count = hubDistricts[subject * maxBlocks + b];
                if (count > 1 || (count == 1 && hubFirstDistrict[subject * maxBlocks + b] != d)) {
                    elsewhere = true;
                    reached++;
                }
            }
            if (!elsewhere) {
                continue;
            }
            long spoke = travel(spokeKm[d]);
            int hubs = hubsPerMask[subject * 64 + mask];
            if (reached == 1 || hubs + reached + 1 >= hubs * reached) {
                // straight to the seat's receivers
                for (int b = 0; b < blocks[subject]; b++) {
                    int count = hubDistricts[subject * maxBlocks + b];
                    if ((blockMask[subject][b] & ~mask) == 0
                            && (count > 1 || (count == 1 && hubFirstDistrict[subject * maxBlocks + b] != d))) {
                        net.addArc(node, seat(net, seatIn, inHub, subject, b, subjects, maxBlocks, districts, spokeKm), big, spoke);
                    }
                }
            } else {
                int slot = subject * 64 + mask;
                if (seatOut[slot] == NONE) {
                    seatOut[slot] = net.addNode();
                    for (int b = 0; b < blocks[subject]; b++) {
                        if ((blockMask[subject][b] & ~mask) == 0 && hubDistricts[subject * maxBlocks + b] > 0) {
                            net.addArc(seatOut[slot], seat(net, seatIn, inHub, subject, b, subjects, maxBlocks, districts, spokeKm), big, 0);
                        }
                    }
                }
                net.addArc(node, seatOut[slot], big, spoke);
            }
        }
        long built = System.nanoTime();

        FlowNetwork.Solution solution = target == 0 ? new FlowNetwork.Solution(new long[net.arcs()], 0, 0)
                : net.solveMostAtLeastCost(source, sink, target);
        long solved = System.nanoTime();

        // ---- one path per teacher
        long[] remaining = solution.flow().clone();
        int nodes = net.nodes();
        int[] first = new int[nodes + 1];
        for (int a = 0; a < net.arcs(); a++) {
            if (remaining[a] > 0) {
                first[net.tail(a) + 1]++;
            }
        }
        for (int n = 0; n < nodes; n++) {
            first[n + 1] += first[n];
        }
        int[] flowArcs = new int[first[nodes]];
        int[] cursor = Arrays.copyOf(first, nodes);
        for (int a = 0; a < net.arcs(); a++) {
            if (remaining[a] > 0) {
                flowArcs[cursor[net.tail(a)]++] = a;
            }
        }
        System.arraycopy(first, 0, cursor, 0, nodes);
        int[] filled = new int[positions.size()];
        List<Assignment> assignments = new ArrayList<>((int) solution.amount());
        long sum = 0;
        for (Level level : levels) {
            int member = 0;
            for (int entry : level.entries) {
                long moving = solution.flow()[entry];
                for (int i = 0; i < moving; i++) {
                    int c = level.members[member++];
                    int node = net.head(entry);
                    int destination = NONE;
                    while (node != sink) {
                        while (cursor[node] < first[node + 1] && remaining[flowArcs[cursor[node]]] == 0) {
                            cursor[node]++;
                        }
                        if (cursor[node] == first[node + 1]) {
                            throw new IllegalStateException("flow is not conserved at node " + node);
                        }
                        int arc = flowArcs[cursor[node]];
                        remaining[arc]--;
                        if (arc < vacancyArcs) {
                            destination = vacancyDestination[vacancyOrder[nextVacancy[arc]++]];
                        }
                        node = net.head(arc);
                    }
                    Assignment assignment = assignment(c, destination, filled[destination]++, district, legKm, spokeKm);
                    sum += assignment.cost().total();
                    assignments.add(assignment);
                }
            }
        }
        if (sum != solution.totalCost()) {
            throw new IllegalStateException("moves cost " + sum + " but the flow costs " + solution.totalCost());
        }
        List<Move> moves = FormRules.assign(assignments, parameters);
        List<UnmetShortage> unmet = unmet(destinations, filled, positionSubject, receiver, giverReceivers,
                moves.size() >= target);
        List<Explanation> gapReasons = moves.size() >= target ? List.of()
                : gapReasons(destinations, positionSubject, receiver, giverReceivers, groupStart, subjectCap, schoolCap,
                moves.size());
        return new RoundPlan(target, moves, unmet, solution.totalCost(), target - moves.size(), gapReasons,
                new RoundPlan.SolveStats("compressed", net.nodes(), net.arcs(), (built - started) / 1_000_000,
                        (solved - built) / 1_000_000));
    }

    private long travel(int km) {
        return (long) weights.travelPerKm() * km;
    }

    private static void addMask(List<Integer> masks, int mask) {
        if (!masks.contains(mask)) {
            masks.add(mask);
        }
    }

    private static int outHub(FlowNetwork net, int[] outHub, List<int[]> outHubs, int d, int subject, int mask, int subjects) {
        int slot = (d * subjects + subject) * 64 + mask;
        if (outHub[slot] == NONE) {
            outHub[slot] = net.addNode();
            outHubs.add(new int[] {outHub[slot], d, subject, mask});
        }
        return outHub[slot];
    }

    private int seat(FlowNetwork net, int[] seatIn, int[] inHub, int subject, int block, int subjects, int maxBlocks,
                     int districts, int[] spokeKm) {
        int slot = subject * maxBlocks + block;
        if (seatIn[slot] == NONE) {
            seatIn[slot] = net.addNode();
            for (int d = 0; d < districts; d++) {
                int hub = inHub[(d * subjects + subject) * maxBlocks + block];
                if (hub != NONE) {
                    net.addArc(seatIn[slot], hub, Math.max(1, target), travel(spokeKm[d]));
                }
            }
        }
        return seatIn[slot];
    }

    private Assignment assignment(int c, int p, int k, int[] district, int[] legKm, int[] spokeKm) {
        Candidate candidate = candidates.get(c);
        int a = candidateSchool[c];
        int b = positionSchool[p];
        PlanSchool from = schools.get(a);
        PlanSchool to = schools.get(b);
        SubjectPosition destination = positions.get(p);
        int km = legKm[a] + (district[a] == district[b] ? 0 : spokeKm[district[a]] + spokeKm[district[b]]) + legKm[b];
        CostTerms terms = CostTerms.of(CostModel.priority(weights, candidate), travel(km),
                candidate.backbone() && to.tier() != Tier.WEAK ? weights.backbone() : 0,
                CostModel.coverage(weights, CostModel.need(to), k), km);
        SubjectPosition fromPosition = positions.get(candidatePosition[c]);
        if (a == b) {
            throw new IllegalStateException("flow path " + from.id() + " -> " + to.id() + " stays at the school");
        }
        List<Direction> directions = DirectionRules.satisfiedShared(from.overStaffed(), fromPosition.surplus() > 0,
                from.tier(), to.underStaffed(), to.tier());
        if (directions.isEmpty()) {
            throw new IllegalStateException("flow path " + from.id() + " -> " + to.id() + " breaks MOVE_DIRECTION");
        }
        return new Assignment(candidate, from, to, destination, k, directions, terms);
    }

    /** Sorts a group best first: lower priority cost, then longer at the school, then teacher id. */
    private void sortGroup(int[] grouped, int from, int to, long[] priority) {
        for (int i = from + 1; i < to; i++) {
            int c = grouped[i];
            int j = i - 1;
            while (j >= from && before(c, grouped[j], priority)) {
                grouped[j + 1] = grouped[j];
                j--;
            }
            grouped[j + 1] = c;
        }
    }

    private boolean before(int x, int y, long[] priority) {
        if (priority[x] != priority[y]) {
            return priority[x] < priority[y];
        }
        Candidate a = candidates.get(x);
        Candidate b = candidates.get(y);
        if (a.yearsAtSchool() != b.yearsAtSchool()) {
            return a.yearsAtSchool() > b.yearsAtSchool();
        }
        return a.teacherId().compareTo(b.teacherId()) < 0;
    }

    /** Teachers of one school and subject at one priority and kind (backbone or not), best first. */
    private static final class Level {
        final long priority;
        final boolean backbone;
        int[] members = new int[2];
        int size;
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

    // ---- unmet shortages and gaps

    private final Map<String, Explanation[]> unmetReasons = new HashMap<>();

    private Explanation unmetReason(String subject, int kind) {
        Explanation[] reasons = unmetReasons.computeIfAbsent(subject, k -> new Explanation[3]);
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

    private List<UnmetShortage> unmet(int[] destinations, int[] filled, int[] positionSubject, int[] receiver,
                                      int[] giverReceivers, boolean targetReached) {
        List<UnmetShortage> unmet = new ArrayList<>();
        for (int p : destinations) {
            SubjectPosition destination = positions.get(p);
            int done = filled[p];
            if (done >= destination.vacancies()) {
                continue;
            }
            boolean eligible = (giverReceivers[positionSubject[p]] & (1 << receiver[positionSchool[p]])) != 0;
            Explanation why = unmetReason(destination.subject(), !eligible ? 0 : targetReached ? 1 : 2);
            unmet.add(new UnmetShortage(destination.schoolId(), destination.subject(), destination.vacancies(), done,
                    destination.vacancies() - done, why));
        }
        return unmet;
    }

    private List<Explanation> gapReasons(int[] destinations, int[] positionSubject, int[] receiver, int[] giverReceivers,
                                         int[] groupStart, int[] subjectCap, int[] schoolCap, int moves) {
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
                mayLeave += Math.min(perSchool[s], SourceCaps.school(schools.get(s), parameters));
            }
        }
        long reachable = 0;
        for (int p : destinations) {
            if ((giverReceivers[positionSubject[p]] & (1 << receiver[positionSchool[p]])) != 0) {
                reachable += positions.get(p).vacancies();
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
