package org.county.staffing.audit.support;

import static org.county.staffing.audit.support.PlatformEvents.at;
import static org.county.staffing.audit.support.PlatformEvents.event;
import static org.county.staffing.audit.support.PlatformEvents.uuid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.events.CloudEvent;

/**
 * One teacher's year across the four services, as their events would tell it: schools
 * registered, posts established, the teacher registered and appointed (and HR's register of
 * posts recording the holder), evaluated, proposed for
 * rotation, moved by the annual plan that both the staffing office and HR approved, and a
 * finding of the staffing office that names the teacher. Published newest first, so that the
 * order of arrival is not the order of events.
 */
public final class TeacherStory {

    public static final String BUREAU = "education-bureau:jiaoyuju";
    public static final String OFFICE = "staffing-office:bianban";
    public static final String HR = "hr:renshe";
    public static final String PRINCIPAL = "school:xiaozhang";

    public final String county = PlatformEvents.newCounty();
    public final String teacher = uuid();
    public final String fromSchool = PlatformEvents.newSchoolId();
    public final String toSchool = PlatformEvents.newSchoolId();
    public final String fromPost = uuid();
    public final String toPost = uuid();
    public final String plan = uuid();
    public final String round = uuid();
    public final String move = uuid();
    public final String executionCorrelation = "corr-exec-" + uuid();
    public final List<CloudEvent> events = new ArrayList<>();

    private static TeacherStory told;

    /** The story, published and stored once for the test JVM. */
    public static synchronized TeacherStory told() {
        if (told == null) {
            TeacherStory story = new TeacherStory();
            List<CloudEvent> newestFirst = new ArrayList<>(story.events);
            Collections.reverse(newestFirst);
            PlatformEvents.publish(newestFirst);
            AuditDatabase.awaitStored(story.events.stream().map(CloudEvent::id).toList());
            told = story;
        }
        return told;
    }

    private TeacherStory() {
        Map<String, Object> teacherMove = map("kind", "TEACHER_MOVE", "itemId", uuid(), "teacherId", teacher,
                "fromSchoolId", fromSchool, "fromPostId", fromPost, "toSchoolId", toSchool, "toPostId", toPost,
                "subject", "MATHEMATICS", "form", "SUPPORT_TEACHING", "moveId", move, "roundId", round);
        add("quota.school.registered.v1", fromSchool, OFFICE, "c-s1", null, 5, 1,
                Map.of("schoolId", fromSchool, "countyId", county, "name", "城关小学", "kind", "SCHOOL", "location", "URBAN"));
        add("quota.school.registered.v1", toSchool, OFFICE, "c-s2", null, 5, 2,
                Map.of("schoolId", toSchool, "countyId", county, "name", "石桥小学", "kind", "SCHOOL", "location", "RURAL"));
        add("post.post.established.v1", fromPost, HR, "c-p1", null, 6, 1,
                Map.of("postId", fromPost, "schoolId", fromSchool, "countyId", county, "category", "TEACHING",
                        "subject", "MATHEMATICS", "level", "FIRST", "status", "VACANT"));
        add("post.post.established.v1", toPost, HR, "c-p2", null, 6, 2,
                Map.of("postId", toPost, "schoolId", toSchool, "countyId", county, "category", "TEACHING",
                        "subject", "MATHEMATICS", "level", "FIRST", "status", "VACANT"));
        add("recruitment.teacher.registered.v1", teacher, BUREAU, "c-t1", null, 7, 1,
                Map.of("teacherId", teacher, "countyId", county, "name", "王老师", "idNumberMasked", "370683********1234",
                        "subjects", List.of("MATHEMATICS"), "title", "FIRST", "status", "ACTIVE"));
        String appointment = uuid();
        CloudEvent appointed = add("recruitment.teacher.appointed.v1", teacher, BUREAU, "c-t2", null, 7, 2,
                Map.of("teacherId", teacher, "appointmentId", appointment, "postId", fromPost, "schoolId", fromSchool,
                        "category", "TEACHING", "subject", "MATHEMATICS", "source", "DIRECT"));
        // HR's register follows the appointment: caused by it, with its actor and correlation
        add("post.post.occupied.v1", fromPost, BUREAU, "c-t2", appointed.id(), 7, 20,
                Map.of("postId", fromPost, "schoolId", fromSchool, "countyId", county, "category", "TEACHING",
                        "subject", "MATHEMATICS", "teacherId", teacher, "appointmentId", appointment, "since", "2026-09-01"));
        add("rotation.evaluation.recorded.v1", teacher, PRINCIPAL, "c-e1", null, 8, 1,
                Map.of("evaluationId", uuid(), "teacherId", teacher, "schoolId", fromSchool, "schoolYear", "2025-2026",
                        "grade", "EXCELLENT", "score", 92.5, "version", 1));
        add("quota.finding.raised.v1", uuid(), OFFICE, "c-f1", null, 8, 2,
                Map.of("findingId", uuid(), "kind", "IRREGULAR_SECONDMENT", "schoolId", fromSchool,
                        "evidence", List.of(Map.of("type", "teacher", "id", teacher)), "status", "OPEN"));
        add("rotation.round.proposed.v1", round, PRINCIPAL, "c-r1", null, 9, 1,
                Map.of("roundId", round, "countyId", county, "schoolYear", "2026-2027", "moves", List.of(teacherMove)));
        add("recruitment.plan.submitted.v1", plan, BUREAU, "c-pl1", null, 10, 1,
                Map.of("planId", plan, "countyId", county, "schoolYear", "2026-2027", "version", 1, "late", false,
                        "items", List.of(teacherMove)));
        add("quota.plan.decided.v1", plan, OFFICE, "c-pl2", null, 11, 1,
                Map.of("planId", plan, "version", 1, "department", "STAFFING_OFFICE", "decision", "APPROVE"));
        CloudEvent hrDecision = add("post.plan.decided.v1", plan, HR, "c-pl3", null, 11, 2,
                Map.of("planId", plan, "version", 1, "department", "HR", "decision", "APPROVE"));
        add("recruitment.plan.approved.v1", plan, HR, "c-pl3", hrDecision.id(), 11, 3,
                Map.of("planId", plan, "version", 1, "schoolYear", "2026-2027"));
        CloudEvent transferred = add("recruitment.teacher.transferred.v1", teacher, BUREAU, executionCorrelation, null, 12, 1,
                Map.of("teacherId", teacher, "fromSchoolId", fromSchool, "fromPostId", fromPost, "toSchoolId", toSchool,
                        "toPostId", toPost, "planId", plan, "moveId", move, "roundId", round, "form", "SUPPORT_TEACHING"));
        add("recruitment.plan.executed.v1", plan, BUREAU, executionCorrelation, null, 12, 2,
                Map.of("planId", plan, "version", 1, "schoolYear", "2026-2027", "items", List.of(teacherMove)));
        add("rotation.move.started.v1", teacher, BUREAU, executionCorrelation, transferred.id(), 12, 3,
                Map.of("moveId", move, "roundId", round, "teacherId", teacher, "fromSchoolId", fromSchool,
                        "toSchoolId", toSchool, "form", "SUPPORT_TEACHING"));
    }

    private CloudEvent add(String type, String subject, String actor, String correlation, String causation, int day,
                           int hour, Object data) {
        CloudEvent event = event(type, subject, county, actor, correlation, causation, at(day, hour), data);
        events.add(event);
        return event;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public CloudEvent first(String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }
}
