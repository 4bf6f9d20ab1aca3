package org.county.staffing.infra.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** 5. Each school evaluates its teachers' work of the year just completed. */
public final class EvaluationStep implements CycleStep {

    @Override
    public String name() {
        return "evaluations";
    }

    @Override
    public String title(CycleRun run) {
        return "Evaluations of " + run.county.evaluationYear() + " by the schools";
    }

    @Override
    public void run(CycleRun run) {
        if (run.complete) {
            Map<String, Integer> byGrade = new TreeMap<>();
            run.county.teachers().forEach(t -> byGrade.merge(t.lastGrade(), 1, Integer::sum));
            run.report.evaluations = new CycleReport.Evaluations(0, run.county.teachers().size(), byGrade);
            return;
        }
        List<Integer> outcomes = record(run.api, run.users, run.parallel, run.progress, run.county);
        Map<String, Integer> byGrade = new TreeMap<>();
        run.county.teachers().forEach(t -> byGrade.merge(t.lastGrade(), 1, Integer::sum));
        int recorded = outcomes.stream().mapToInt(Integer::intValue).sum();
        run.report.evaluations = new CycleReport.Evaluations(recorded, outcomes.size() - recorded, byGrade);
        run.progress.say("  " + recorded + " evaluations recorded by " + run.county.schools().size() + " school users " + byGrade);
    }

    /**
     * Every teacher's evaluation of the county's evaluation year, each by the teacher's school user:
     * 1 for an evaluation recorded now, 0 for one recorded before.
     */
    public static List<Integer> record(Api api, CountyUsers users, Parallel parallel, Progress progress, CountyModel county) {
        String evaluationYear = county.evaluationYear();
        Progress.Counter counter = progress.counter("evaluations", county.teachers().size());
        return parallel.map(county.teachers(), t -> {
            ObjectNode body = Api.object().put("grade", t.lastGrade()).put("score", t.lastScore())
                    .put("comment", evaluationYear + " 学年度考核：" + gradeName(t.lastGrade()));
            Api.Reply reply = api.call(Service.ROTATION, "PUT", "/teachers/" + t.id() + "/evaluations/" + evaluationYear,
                    users.school(t.schoolId()), body);
            counter.tick();
            if (reply.status() == 201) {
                return 1;
            }
            if (reply.status() == 409 && "EVALUATION_ONCE_PER_YEAR".equals(reply.rule())) {
                return 0;
            }
            throw new Api.ApiException("evaluation of " + t.id() + " answered " + reply.status() + ": " + reply.text(), reply);
        });
    }

    static String gradeName(String grade) {
        return switch (grade) {
            case "EXCELLENT" -> "优秀";
            case "COMPETENT" -> "合格";
            case "BASIC" -> "基本合格";
            default -> "不合格";
        };
    }
}
