package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.List;

import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.UnmetShortage;

/**
 * The planner's last phase: every vacancy the plan leaves unfilled with its reason (NO_ELIGIBLE_GIVER,
 * TARGET_REACHED or GIVERS_EXHAUSTED), and why fewer than the target could move.
 */
final class UnmetShortages {

    private final int target;
    private final int subjects;
    private final List<PlanSchool> schools;
    private final List<SubjectPosition> positions;
    private final int[] positionSchool;
    private final int[] positionSubject;
    private final int[] receiver;
    private final int[] vacancies;
    private final int[] destinations;
    private final int[] groupStart;
    private final int[] schoolCap;
    private final int[] subjectCap;
    private final int[] giverReceivers;

    UnmetShortages(CountyIndex index, Givers givers) {
        this.target = index.target;
        this.subjects = index.subjects;
        this.schools = index.schools;
        this.positions = index.positions;
        this.positionSchool = index.positionSchool;
        this.positionSubject = index.positionSubject;
        this.receiver = index.receiver;
        this.vacancies = index.vacancies;
        this.destinations = index.destinations;
        this.groupStart = index.groupStart;
        this.schoolCap = givers.schoolCap;
        this.subjectCap = givers.subjectCap;
        this.giverReceivers = givers.giverReceivers;
    }

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

    List<UnmetShortage> unmet(int[] filled, boolean targetReached) {
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

    List<Explanation> gapReasons(int moves) {
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
