package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** At most this many lines in one school's request (rotation-service's EVALUATIONS_SIZE). */
    static final int LINES_PER_REQUEST = 2000;

    /** A refused line's field: {@code evaluations[<teacherId>].<field>}. */
    private static final Pattern LINE = Pattern.compile("evaluations\\[([^\\]]+)]");

    /**
     * Every teacher's evaluation of the county's evaluation year, each school's in one request by its school
     * user (all or nothing per request): for each teacher, 1 for an evaluation recorded now, 0 for one
     * recorded before (a rerun after an interruption sends again only the lines not yet recorded).
     */
    public static List<Integer> record(Api api, CountyUsers users, Parallel parallel, Progress progress, CountyModel county) {
        String evaluationYear = county.evaluationYear();
        Map<String, List<CountyModel.TeacherSpec>> bySchool = new LinkedHashMap<>();
        county.teachers().forEach(t -> bySchool.computeIfAbsent(t.schoolId(), s -> new ArrayList<>()).add(t));
        List<List<CountyModel.TeacherSpec>> requests = new ArrayList<>();
        bySchool.values().forEach(teachers -> {
            for (int from = 0; from < teachers.size(); from += LINES_PER_REQUEST) {
                requests.add(teachers.subList(from, Math.min(teachers.size(), from + LINES_PER_REQUEST)));
            }
        });
        Progress.Counter counter = progress.counter("evaluations", county.teachers().size());
        List<List<Integer>> outcomes = parallel.map(requests, teachers -> {
            List<Integer> recorded = recordSchool(api, users.school(teachers.get(0).schoolId()), evaluationYear, teachers);
            recorded.forEach(r -> counter.tick());
            return recorded;
        });
        return outcomes.stream().flatMap(List::stream).toList();
    }

    private static List<Integer> recordSchool(Api api, String token, String evaluationYear, List<CountyModel.TeacherSpec> teachers) {
        String schoolId = teachers.get(0).schoolId();
        String path = "/schools/" + schoolId + "/evaluations/" + evaluationYear;
        Api.Reply reply = api.call(Service.ROTATION, "PUT", path, token, body(teachers, evaluationYear));
        if (reply.status() == 200) {
            return Collections.nCopies(teachers.size(), 1);
        }
        Set<String> before = recordedBefore(reply);
        if (before.isEmpty()) {
            throw new Api.ApiException("evaluations of school " + schoolId + " answered " + reply.status() + ": " + reply.text(), reply);
        }
        List<CountyModel.TeacherSpec> rest = teachers.stream().filter(t -> !before.contains(t.id())).toList();
        if (!rest.isEmpty()) {
            Api.Reply again = api.call(Service.ROTATION, "PUT", path, token, body(rest, evaluationYear));
            if (again.status() != 200) {
                throw new Api.ApiException("evaluations of school " + schoolId + " answered " + again.status() + ": " + again.text(), again);
            }
        }
        return teachers.stream().map(t -> before.contains(t.id()) ? 0 : 1).toList();
    }

    private static ObjectNode body(List<CountyModel.TeacherSpec> teachers, String evaluationYear) {
        ObjectNode lines = Api.object();
        for (CountyModel.TeacherSpec t : teachers) {
            lines.set(t.id(), Api.object().put("grade", t.lastGrade()).put("score", t.lastScore())
                    .put("comment", evaluationYear + " 学年度考核：" + gradeName(t.lastGrade())));
        }
        ObjectNode body = Api.object();
        body.set("evaluations", lines);
        return body;
    }

    /** The teachers a refused request names as evaluated already; empty if it was refused for anything else. */
    private static Set<String> recordedBefore(Api.Reply reply) {
        if (reply.status() != 409 || !reply.problem()) {
            return Set.of();
        }
        Set<String> teachers = new HashSet<>();
        for (JsonNode violation : reply.body().path("violations")) {
            Matcher at = LINE.matcher(violation.path("field").asText(""));
            if (!"EVALUATION_ONCE_PER_YEAR".equals(violation.path("rule").asText()) || !at.lookingAt()) {
                return Set.of();
            }
            teachers.add(at.group(1));
        }
        return teachers;
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
