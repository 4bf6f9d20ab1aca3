package org.county.staffing.rotation.planner;

import static org.county.staffing.rotation.planner.CountyIndex.NONE;
import static org.county.staffing.rotation.planner.CountyIndex.RECEIVERS;
import static org.county.staffing.rotation.planner.CountyIndex.WEAK_RECEIVERS;
import static org.county.staffing.rotation.planner.CountyIndex.allowedReceivers;

import java.util.Arrays;
import java.util.List;

import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.SubjectPosition;

/**
 * The planner's second phase: the source caps, the giver class of each group of due teachers (the receiver
 * classes MOVE_DIRECTION lets it give to, among those with a vacancy of the subject), the teachers who can
 * ever move, and the receiver blocks: receiver classes that no giver class of a subject tells apart.
 */
final class Givers {

    private final List<PlanSchool> schools;
    private final List<SubjectPosition> positions;
    private final PlannerParameters parameters;
    private final long backboneWeight;
    private final int subjects;
    private final int[] positionSchool;
    private final int[] positionSubject;
    private final boolean[] surplus;
    private final boolean[] backbone;
    private final int[] presentReceivers;
    private final int[] groupStart;
    private final int[] grouped;

    int[] schoolCap;
    int[] subjectCap;
    /** Per subject, the receiver classes some giver within its caps may give to (for the unmet explanations). */
    int[] giverReceivers;
    /** The teachers who can ever move, per position from groupStart[p] to keptEnd[p]. */
    int[] kept;
    int[] keptEnd;
    int[] giverMask;
    int[] givable;
    private int[][] masksBySubject;
    private int[] maskCount;

    // ---- receiver blocks: receiver classes no giver mask tells apart
    int[][] blockOf;
    int[] blocks;
    int[][] blockMask;
    int maxBlocks;

    Givers(CountyIndex index) {
        this.schools = index.schools;
        this.positions = index.positions;
        this.parameters = index.parameters;
        this.backboneWeight = index.weights.backbone();
        this.subjects = index.subjects;
        this.positionSchool = index.positionSchool;
        this.positionSubject = index.positionSubject;
        this.surplus = index.surplus;
        this.backbone = index.backbone;
        this.presentReceivers = index.presentReceivers;
        this.groupStart = index.groupStart;
        this.grouped = index.grouped;
        selectGivers();
        partitionReceivers();
    }

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
        if (backbones && splitsBackbone(backboneWeight, mask)) {
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
    static boolean splitsBackbone(long backboneWeight, int mask) {
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
}
