package org.county.staffing.quota.enrollment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;
import org.county.staffing.quota.school.Stage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an enrollment report, {@code {"PRIMARY": 812, "JUNIOR": 402}} with optional
 * {@code "classes": {"PRIMARY": 18, "JUNIOR": 9}}, and checks it against the stages the school
 * teaches. Every broken rule is named; the form is checked first (400), then the fit (422).
 */
public final class EnrollmentRules {

    public static final String CLASSES = "classes";
    /** No county school has this many students in one stage: a typo, not a school. */
    public static final int MAX_COUNT = 100_000;

    private EnrollmentRules() {
    }

    public static Enrollment read(JsonNode body, Set<Stage> taught) {
        if (body == null || !body.isObject()) {
            throw RuleViolation.badRequest("ENROLLMENT_FORM", null, new Reason(
                    "the enrollment is a JSON object of students per stage, e.g. {\"PRIMARY\": 812, \"JUNIOR\": 402}",
                    "在校生数应为按学段的 JSON 对象，例如 {\"PRIMARY\": 812, \"JUNIOR\": 402}"));
        }
        List<Violation> form = new ArrayList<>();
        Map<Stage, Integer> students = new EnumMap<>(Stage.class);
        Map<Stage, Integer> classes = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (CLASSES.equals(field.getKey())) {
                classes = readClasses(field.getValue(), form);
                continue;
            }
            Stage stage = stage(field.getKey(), field.getKey(), form);
            Integer count = count(field.getKey(), field.getValue(), form);
            if (stage != null && count != null) {
                students.put(stage, count);
            }
        }
        if (form.isEmpty() && students.isEmpty()) {
            form.add(new Violation(null, "ENROLLMENT_NOT_EMPTY", new Reason(
                    "report the students of at least one stage", "至少填报一个学段的在校生数")));
        }
        if (!form.isEmpty()) {
            throw new RuleViolation(400, form);
        }
        List<Violation> fit = new ArrayList<>();
        for (Stage stage : students.keySet()) {
            if (!taught.contains(stage)) {
                fit.add(new Violation(stage.name(), "STAGE_TAUGHT", new Reason(
                        "the school does not teach " + stage + "; it teaches " + sorted(taught),
                        "该校未设 " + stage + " 学段，所设学段为 " + sorted(taught))));
            }
        }
        for (Stage stage : sorted(taught)) {
            if (!students.containsKey(stage)) {
                fit.add(new Violation(stage.name(), "ENROLLMENT_COMPLETE", new Reason(
                        "the school teaches " + stage + ": report its students too (0 if none)",
                        "该校设有 " + stage + " 学段，须一并填报其在校生数（没有则填 0）")));
            }
        }
        if (classes != null) {
            for (Map.Entry<Stage, Integer> entry : classes.entrySet()) {
                Stage stage = entry.getKey();
                String field = CLASSES + "." + stage;
                Integer count = students.get(stage);
                if (count == null) {
                    fit.add(new Violation(field, "CLASSES_MATCH_STAGES", new Reason(
                            "classes are reported for " + stage + " but its students are not",
                            "填报了 " + stage + " 的班级数，却未填报该学段的在校生数")));
                } else if (entry.getValue() > count || (count > 0 && entry.getValue() == 0)) {
                    fit.add(new Violation(field, "CLASSES_CONSISTENT", new Reason(
                            stage + " has " + count + " students in " + entry.getValue() + " classes: a class has at least one student and students sit in a class",
                            stage + " 学段 " + count + " 名学生、" + entry.getValue() + " 个班，班级数与学生数不符")));
                }
            }
        }
        if (!fit.isEmpty()) {
            throw new RuleViolation(422, fit);
        }
        return new Enrollment(students, classes == null ? Map.of() : classes);
    }

    private static Map<Stage, Integer> readClasses(JsonNode node, List<Violation> form) {
        if (!node.isObject()) {
            form.add(new Violation(CLASSES, "FIELD_TYPE", new Reason(
                    "classes is a JSON object of classes per stage, e.g. {\"PRIMARY\": 18}",
                    "classes 应为按学段的班级数 JSON 对象，例如 {\"PRIMARY\": 18}")));
            return null;
        }
        Map<Stage, Integer> classes = new EnumMap<>(Stage.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = CLASSES + "." + field.getKey();
            Stage stage = stage(name, field.getKey(), form);
            Integer count = count(name, field.getValue(), form);
            if (stage != null && count != null) {
                classes.put(stage, count);
            }
        }
        return classes;
    }

    private static Stage stage(String field, String key, List<Violation> form) {
        try {
            return Stage.valueOf(key);
        } catch (IllegalArgumentException e) {
            form.add(new Violation(field, "STAGE_KNOWN", new Reason(
                    "'" + key + "' is not a stage; known: " + List.of(Stage.values()),
                    "'" + key + "' 不是学段，可选：" + List.of(Stage.values()))));
            return null;
        }
    }

    /** Rules COUNT_WHOLE_NUMBER, COUNT_NOT_NEGATIVE, COUNT_PLAUSIBLE. */
    private static Integer count(String field, JsonNode value, List<Violation> form) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            form.add(new Violation(field, "COUNT_WHOLE_NUMBER", new Reason(
                    "a count of students or classes is a whole number, not " + value,
                    "学生数、班级数必须是整数，而不是 " + value)));
            return null;
        }
        int count = value.intValue();
        if (count < 0) {
            form.add(new Violation(field, "COUNT_NOT_NEGATIVE", new Reason(
                    "a count cannot be negative (" + count + ")", "人数或班级数不能为负数（" + count + "）")));
            return null;
        }
        if (count > MAX_COUNT) {
            form.add(new Violation(field, "COUNT_PLAUSIBLE", new Reason(
                    count + " is beyond any school's size (at most " + MAX_COUNT + ")",
                    count + " 超出学校规模的合理范围（至多 " + MAX_COUNT + "）")));
            return null;
        }
        return count;
    }

    private static List<Stage> sorted(Set<Stage> stages) {
        return stages.stream().sorted().toList();
    }
}
