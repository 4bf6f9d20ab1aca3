package org.county.staffing.rotation.planner;

import static org.county.staffing.rotation.planner.CountyIndex.NONE;
import static org.county.staffing.rotation.planner.CountyIndex.RECEIVERS;
import static org.county.staffing.rotation.planner.CountyIndex.WEAK_RECEIVERS;
import static org.county.staffing.rotation.planner.CountyIndex.filled;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.county.staffing.rotation.planner.model.Weights;

/**
 * The planner's third phase: the county's compressed network (see {@link RotationPlanner}): source, caps,
 * priority levels into the out hubs of the giver classes, own-district arcs and the county seat's spokes to
 * the in hubs of the receiver blocks, and the vacancy arcs into the sink.
 */
final class CountyNetwork {

    /** Giver classes are sets of receiver classes (bit masks), so at most this many. */
    private static final int MASKS = 1 << RECEIVERS;

    private final Weights weights;
    private final long backboneWeight;
    private final int target;
    private final int subjects;
    private final int districts;
    private final int[] district;
    private final int[] legKm;
    private final int[] spokeKm;
    private final int[] receiver;
    private final int[] schoolNeed;
    private final int[] vacancies;
    private final int[] positionSchool;
    private final int[] positionSubject;
    private final int[] destinations;
    private final boolean[] backbone;
    private final long[] priority;
    private final int[] groupStart;
    private final int[][] blockOf;
    private final int[] blocks;
    private final int[][] blockMask;
    private final int maxBlocks;
    private final int[] kept;
    private final int[] keptEnd;
    private final int[] givable;
    private final int[] schoolCap;
    private final int[] subjectCap;
    private final int[] giverMask;
    private final int schoolCount;
    private final int positionCount;

    FlowNetwork net;
    int sink;
    private long big;
    private int[] inHub;
    private int[] hubDistricts;
    private int[] hubFirstDistrict;
    private int[] seatIn;
    private int[] outHub;
    private int[] outHubs = new int[64];
    private int outHubCount;
    final List<Level> levels = new ArrayList<>();
    /** Vacancies of the in hubs, cheapest first per hub: destination position of each. */
    int[] vacancyDestination;
    /** For a vacancy arc, the index in vacancyDestination of its next unassigned vacancy; NONE for other arcs. */
    int[] vacancyAt;

    CountyNetwork(CountyIndex index, Givers givers) {
        this.weights = index.weights;
        this.backboneWeight = weights.backbone();
        this.target = index.target;
        this.subjects = index.subjects;
        this.districts = index.districts;
        this.district = index.district;
        this.legKm = index.legKm;
        this.spokeKm = index.spokeKm;
        this.receiver = index.receiver;
        this.schoolNeed = index.schoolNeed;
        this.vacancies = index.vacancies;
        this.positionSchool = index.positionSchool;
        this.positionSubject = index.positionSubject;
        this.destinations = index.destinations;
        this.backbone = index.backbone;
        this.priority = index.priority;
        this.groupStart = index.groupStart;
        this.blockOf = givers.blockOf;
        this.blocks = givers.blocks;
        this.blockMask = givers.blockMask;
        this.maxBlocks = givers.maxBlocks;
        this.kept = givers.kept;
        this.keptEnd = givers.keptEnd;
        this.givable = givers.givable;
        this.schoolCap = givers.schoolCap;
        this.subjectCap = givers.subjectCap;
        this.giverMask = givers.giverMask;
        this.schoolCount = index.schools.size();
        this.positionCount = index.positions.size();
        buildNetwork();
    }

    private long travel(int km) {
        return (long) weights.travelPerKm() * km;
    }

    private void buildNetwork() {
        net = new FlowNetwork(3 * (destinations.length + kept.length) + 64);
        int source = net.addNode();
        sink = net.addNode();
        big = Math.max(1, target);
        addDestinations();
        seatIn = filled(subjects * maxBlocks);
        outHub = filled(districts * subjects * MASKS);
        int[] schoolNode = filled(schoolCount);
        for (int p = 0; p < positionCount; p++) {
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
        boolean split = Givers.splitsBackbone(backboneWeight, mask);
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
    static final class Level {
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

}
