package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.UnmetShortage;

/** Why vacancies stay unfilled and why a round may fall short of its target. */
final class Shortfalls {

    private Shortfalls() {
    }

    /** Whether any due teacher, within the caps, may fill a vacancy of the subject at the school. */
    interface GiverCheck {
        boolean eligible(PlanSchool school, String subject);
    }

    static List<UnmetShortage> unmet(ProblemIndex index, List<Assignment> assignments, GiverCheck giverCheck,
                                     boolean targetReached) {
        Map<String, Integer> filled = new HashMap<>();
        for (Assignment a : assignments) {
            filled.merge(ProblemIndex.key(a.to().id(), a.destination().subject()), 1, Integer::sum);
        }
        List<UnmetShortage> unmet = new ArrayList<>();
        for (SubjectPosition destination : index.allDestinations()) {
            int done = filled.getOrDefault(ProblemIndex.key(destination.schoolId(), destination.subject()), 0);
            if (done >= destination.vacancies()) {
                continue;
            }
            PlanSchool school = index.school(destination.schoolId());
            String subject = destination.subject();
            Explanation why;
            if (!giverCheck.eligible(school, subject)) {
                why = new Explanation("NO_ELIGIBLE_GIVER",
                        "no due teacher of " + subject + " in the county is at a school the direction rules allow to give to this one (over-staffed to under-staffed, surplus in the subject, or a stronger tier), within the source caps",
                        "县内没有符合流动方向（超编向缺编、学科富余、优质向薄弱）且在输出上限内的 " + subject + " 学科应轮岗教师可派往该校");
            } else if (targetReached) {
                why = new Explanation("TARGET_REACHED",
                        "the round's target was reached with moves of lower cost; recruitment or a later round fills it",
                        "本轮目标已由成本更低的交流完成，该缺口由招聘或下一轮解决");
            } else {
                why = new Explanation("GIVERS_EXHAUSTED",
                        "every due teacher allowed to fill it has moved elsewhere or is held by a source cap",
                        "可填补该缺口的应轮岗教师均已安排到其他学校或受输出学校上限限制");
            }
            unmet.add(new UnmetShortage(destination.schoolId(), subject, destination.vacancies(), done,
                    destination.vacancies() - done, why));
        }
        return unmet;
    }

    static List<Explanation> gapReasons(ProblemIndex index, Map<String, Integer> perSubject, GiverCheck giverCheck,
                                        int target, int moves) {
        Map<String, Integer> perSchool = new HashMap<>();
        perSubject.forEach((key, count) -> {
            String[] parts = key.split("\\|");
            perSchool.merge(parts[0], Math.min(count, index.subjectCap(parts[0], parts[1])), Integer::sum);
        });
        int mayLeave = 0;
        for (Map.Entry<String, Integer> e : perSchool.entrySet()) {
            mayLeave += Math.min(e.getValue(), index.schoolCap(index.school(e.getKey())));
        }
        int reachable = 0;
        for (SubjectPosition destination : index.allDestinations()) {
            if (giverCheck.eligible(index.school(destination.schoolId()), destination.subject())) {
                reachable += destination.vacancies();
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
