package org.county.staffing.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.CountyUsers;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Malformed and hostile requests across the five services, aimed at a loaded county's real
 * records: wrong types, missing fields, huge values, unknown ids, SQL and script fragments, other
 * schools' and other counties' ids, broken JSON, wrong content types, no or the wrong token. Every
 * one of them must be refused (4xx, {@code application/problem+json}) and write nothing.
 */
final class HostileRequests {

    /** One request: to which service, how, as whom, with what body. */
    record Attempt(Service service, String method, String path, String user, String body, String contentType, String why) {
        @Override
        public String toString() {
            return method + " " + service.serviceName + path + " as " + user + " (" + why + ")";
        }
    }

    /** The county's real records the requests aim at. */
    record Targets(String schoolA, String schoolB, String otherCountySchool, String teacherA, String postA, String teacherB,
                   String postB, String vacantPostA, String planId, String roundId, String campaignId, String communityId,
                   String findingId, String auditEventOfA, String schoolYear) {
    }

    static final String SQL = "1' OR '1'='1'; DROP TABLE post; --";
    static final String SCRIPT = "<script>alert(document.cookie)</script>";
    static final String HUGE = "编".repeat(200_000);
    static final String NO_TOKEN = null;

    private final List<Attempt> attempts = new ArrayList<>();
    private final CountyUsers users;
    private final Targets t;

    private HostileRequests(CountyUsers users, Targets targets) {
        this.users = users;
        this.t = targets;
    }

    /** Finds the targets in a loaded county through its departments' APIs. */
    static Targets targets(Api api, CountyUsers users, List<String> schoolIds, String otherCountySchool, String schoolYear) {
        String a = schoolIds.get(0);
        String b = schoolIds.get(1);
        JsonNode teachersA = api.get(Service.RECRUITMENT, "/teachers?schoolId=" + a + "&status=ACTIVE", users.educationBureau());
        JsonNode teachersB = api.get(Service.RECRUITMENT, "/teachers?schoolId=" + b + "&status=ACTIVE", users.educationBureau());
        JsonNode vacancies = api.get(Service.POST, "/vacancies?schoolId=" + a, users.hr());
        JsonNode plans = api.get(Service.RECRUITMENT, "/plans?schoolYear=" + schoolYear, users.educationBureau());
        JsonNode rounds = api.get(Service.ROTATION, "/rounds?schoolYear=" + schoolYear, users.educationBureau());
        JsonNode campaigns = api.get(Service.RECRUITMENT, "/campaigns", users.educationBureau());
        JsonNode communities = api.get(Service.ROTATION, "/communities", users.educationBureau());
        JsonNode findings = api.get(Service.QUOTA, "/findings", users.staffingOffice());
        JsonNode events = api.get(Service.AUDIT, "/audit/events?subject=" + a + "&size=1", users.auditor());
        return new Targets(a, b, otherCountySchool,
                teachersA.path(0).path("teacherId").asText(), teachersA.path(0).path("currentAppointment").path("postId").asText(),
                teachersB.path(0).path("teacherId").asText(), teachersB.path(0).path("currentAppointment").path("postId").asText(),
                vacancies.isEmpty() ? UUID.randomUUID().toString() : vacancies.path(0).path("postId").asText(),
                plans.path(0).path("planId").asText(), rounds.path(0).path("id").asText(), campaigns.path(0).path("campaignId").asText(),
                communities.path(0).path("communityId").asText(), findings.path(0).path("id").asText(UUID.randomUUID().toString()),
                events.path("items").path(0).path("eventId").asText(), schoolYear);
    }

    static List<Attempt> build(CountyUsers users, Targets targets) {
        HostileRequests h = new HostileRequests(users, targets);
        h.malformedBodies();
        h.quota();
        h.post();
        h.recruitment();
        h.rotation();
        h.audit();
        h.tokens();
        return List.copyOf(h.attempts);
    }

    private void add(Service service, String method, String path, String user, String body, String why) {
        attempts.add(new Attempt(service, method, path, user, body, body == null ? null : "application/json", why));
    }

    private void raw(Service service, String method, String path, String user, String body, String contentType, String why) {
        attempts.add(new Attempt(service, method, path, user, body, contentType, why));
    }

    private static String random() {
        return UUID.randomUUID().toString();
    }

    /** Every write endpoint fed broken JSON, JSON of the wrong shape, a non-JSON type and no body. */
    private void malformedBodies() {
        record Endpoint(Service service, String method, String path, String user) {
        }
        List<Endpoint> writes = List.of(
                new Endpoint(Service.QUOTA, "POST", "/schools", users.staffingOffice()),
                new Endpoint(Service.QUOTA, "PUT", "/schools/" + t.schoolA() + "/enrollment/" + t.schoolYear(), users.educationBureau()),
                new Endpoint(Service.QUOTA, "POST", "/schools/" + t.schoolA() + "/quota/adjustments", users.staffingOffice()),
                new Endpoint(Service.QUOTA, "POST", "/transfers", users.staffingOffice()),
                new Endpoint(Service.QUOTA, "POST", "/verifications", users.staffingOffice()),
                new Endpoint(Service.QUOTA, "PUT", "/standards/PRIMARY", users.staffingOffice()),
                new Endpoint(Service.QUOTA, "POST", "/pools/K12/adjustments", users.staffingOffice()),
                new Endpoint(Service.QUOTA, "POST", "/plans/" + t.planId() + "/decision", users.staffingOffice()),
                new Endpoint(Service.POST, "POST", "/schools/" + t.schoolA() + "/posts", users.hr()),
                new Endpoint(Service.POST, "POST", "/plans/" + t.planId() + "/decision", users.hr()),
                new Endpoint(Service.RECRUITMENT, "POST", "/teachers", users.educationBureau()),
                new Endpoint(Service.RECRUITMENT, "PATCH", "/teachers/" + t.teacherA(), users.educationBureau()),
                new Endpoint(Service.RECRUITMENT, "POST", "/appointments", users.educationBureau()),
                new Endpoint(Service.RECRUITMENT, "POST", "/transfers", users.educationBureau()),
                new Endpoint(Service.RECRUITMENT, "POST", "/campaigns", users.educationBureau()),
                new Endpoint(Service.RECRUITMENT, "POST", "/secondments", users.educationBureau()),
                new Endpoint(Service.RECRUITMENT, "POST", "/plans", users.educationBureau()),
                new Endpoint(Service.ROTATION, "PUT", "/teachers/" + t.teacherA() + "/evaluations/" + t.schoolYear(), users.school(t.schoolA())),
                new Endpoint(Service.ROTATION, "PUT", "/schools/" + t.schoolA() + "/profile", users.educationBureau()),
                new Endpoint(Service.ROTATION, "POST", "/rounds", users.educationBureau()),
                new Endpoint(Service.ROTATION, "POST", "/communities", users.educationBureau()),
                new Endpoint(Service.ROTATION, "POST", "/exemptions", users.educationBureau()));
        for (Endpoint e : writes) {
            raw(e.service(), e.method(), e.path(), e.user(), "{\"unclosed\": ", "application/json", "broken JSON");
            raw(e.service(), e.method(), e.path(), e.user(), "[1, 2, 3]", "application/json", "an array for an object");
            raw(e.service(), e.method(), e.path(), e.user(), "name=" + SCRIPT, "application/x-www-form-urlencoded", "a form, not JSON");
            if (!e.method().equals("PATCH")) {
                // an empty patch is a patch that changes nothing, not a malformed one
                raw(e.service(), e.method(), e.path(), e.user(), "{}", "application/json", "every field missing");
            }
            raw(e.service(), e.method(), e.path(), e.user(), "\"" + SQL + "\"", "application/json", "a SQL string for an object");
        }
    }

    private void quota() {
        String so = users.staffingOffice();
        add(Service.QUOTA, "POST", "/schools", so, "{\"id\": 1370000000, \"name\": \"x\", \"kind\": \"SCHOOL\", \"stages\": [\"PRIMARY\"], \"location\": \"URBAN\", \"district\": \"d\"}", "a number for the school id");
        add(Service.QUOTA, "POST", "/schools", so, "{\"id\": \"" + SQL + "\", \"name\": \"x\", \"kind\": \"SCHOOL\", \"stages\": [\"PRIMARY\"], \"location\": \"URBAN\", \"district\": \"d\"}", "SQL as the school id");
        add(Service.QUOTA, "POST", "/schools", so, "{\"id\": \"1999999999\", \"name\": \"" + SCRIPT + "\", \"kind\": \"UNIVERSITY\", \"stages\": [\"PRIMARY\"], \"location\": \"URBAN\", \"district\": \"d\"}", "an unknown kind, a script as name");
        add(Service.QUOTA, "POST", "/schools", so, "{\"id\": \"1999999998\", \"name\": \"" + HUGE + "\", \"kind\": \"SCHOOL\", \"stages\": [\"PRIMARY\"], \"location\": \"URBAN\", \"district\": \"d\"}", "a 200,000-character name");
        add(Service.QUOTA, "POST", "/schools", so, "{\"id\": \"" + t.schoolA() + "\", \"name\": \"x\", \"kind\": \"SCHOOL\", \"stages\": [\"PRIMARY\"], \"location\": \"URBAN\", \"district\": \"d\"}", "a school registered already");
        add(Service.QUOTA, "POST", "/schools", so, "{\"id\": \"1999999997\", \"name\": \"x\", \"kind\": \"KINDERGARTEN\", \"stages\": [\"SENIOR\"], \"location\": \"URBAN\", \"district\": \"d\"}", "stages that do not fit the kind");
        String enrollment = "/schools/" + t.schoolA() + "/enrollment/";
        add(Service.QUOTA, "PUT", enrollment + t.schoolYear(), users.educationBureau(), "{\"PRIMARY\": -5, \"JUNIOR\": -5, \"SENIOR\": -5}", "negative pupils");
        add(Service.QUOTA, "PUT", enrollment + t.schoolYear(), users.educationBureau(), "{\"PRIMARY\": \"many\"}", "a word for a count");
        add(Service.QUOTA, "PUT", enrollment + t.schoolYear(), users.educationBureau(), "{\"PRIMARY\": 1000000000}", "a billion pupils");
        add(Service.QUOTA, "PUT", enrollment + t.schoolYear(), users.educationBureau(), "{\"PRIMARY\": 12.5}", "half a pupil");
        add(Service.QUOTA, "PUT", enrollment + t.schoolYear(), users.educationBureau(), "{\"UNIVERSITY\": 100}", "an unknown stage");
        add(Service.QUOTA, "PUT", enrollment + "2026-2028", users.educationBureau(), "{\"PRIMARY\": 100}", "a school year of two years");
        add(Service.QUOTA, "PUT", "/schools/1999999999/enrollment/" + t.schoolYear(), users.educationBureau(), "{\"PRIMARY\": 100}", "an unknown school");
        add(Service.QUOTA, "PUT", "/schools/" + t.otherCountySchool() + "/enrollment/" + t.schoolYear(), users.educationBureau(), "{\"PRIMARY\": 100}", "another county's school");
        add(Service.QUOTA, "PUT", enrollment + t.schoolYear(), users.staffingOffice(), "{\"PRIMARY\": 100}", "the staffing office reporting enrollment");
        String adjust = "/schools/" + t.schoolA() + "/quota/adjustments";
        add(Service.QUOTA, "POST", adjust, so, "{\"delta\": 0, \"reason\": \"nothing\"}", "a change of zero");
        add(Service.QUOTA, "POST", adjust, so, "{\"delta\": \"ten\", \"reason\": \"x\"}", "a word for a number");
        add(Service.QUOTA, "POST", adjust, so, "{\"delta\": 99999999999, \"reason\": \"x\"}", "beyond a 32-bit integer");
        add(Service.QUOTA, "POST", adjust, so, "{\"delta\": -10000, \"reason\": \"x\"}", "a balance below zero");
        add(Service.QUOTA, "POST", adjust, so, "{\"delta\": 1}", "no reason");
        add(Service.QUOTA, "POST", adjust, users.hr(), "{\"delta\": 1, \"reason\": \"x\"}", "HR changing a quota");
        add(Service.QUOTA, "POST", "/schools/" + t.otherCountySchool() + "/quota/adjustments", so, "{\"delta\": 1, \"reason\": \"x\"}", "another county's school");
        add(Service.QUOTA, "POST", "/transfers", so, "{\"fromSchoolId\": \"" + t.schoolA() + "\", \"toSchoolId\": \"" + t.schoolA() + "\", \"amount\": 1, \"reason\": \"x\"}", "a transfer to itself");
        add(Service.QUOTA, "POST", "/transfers", so, "{\"fromSchoolId\": \"" + t.schoolA() + "\", \"toSchoolId\": \"" + t.schoolB() + "\", \"amount\": -3, \"reason\": \"x\"}", "a negative amount");
        add(Service.QUOTA, "POST", "/transfers", so, "{\"fromSchoolId\": \"" + t.schoolA() + "\", \"toSchoolId\": \"" + t.schoolB() + "\", \"amount\": 10000, \"reason\": \"x\"}", "more than the school has");
        add(Service.QUOTA, "POST", "/transfers", so, "{\"fromSchoolId\": \"" + t.schoolA() + "\", \"toSchoolId\": \"" + t.otherCountySchool() + "\", \"amount\": 1, \"reason\": \"x\"}", "to another county's school");
        add(Service.QUOTA, "POST", "/verifications", so, "{\"schoolYear\": \"2026\", \"kind\": \"TRIENNIAL\"}", "a malformed school year");
        add(Service.QUOTA, "POST", "/verifications", so, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"kind\": \"YEARLY\"}", "an unknown kind");
        add(Service.QUOTA, "POST", "/verifications", so, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"kind\": \"TRIENNIAL\", \"pool\": \"K12\"}", "a second triennial verification in the cycle");
        add(Service.QUOTA, "POST", "/verifications", so, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"kind\": \"ANNUAL\", \"schoolIds\": [\"" + SQL + "\"]}", "SQL as a school id");
        add(Service.QUOTA, "POST", "/verifications/" + random() + "/approval", so, null, "an unknown verification");
        add(Service.QUOTA, "POST", "/verifications/" + SQL.replace(" ", "%20").replace("'", "%27").replace(";", "%3B") + "/approval", so, null, "SQL as a verification id");
        add(Service.QUOTA, "POST", "/pools/K12/adjustments", so, "{\"delta\": -100000, \"reason\": \"x\"}", "a pool total below its allocations");
        add(Service.QUOTA, "POST", "/pools/K13/adjustments", so, "{\"delta\": 1, \"reason\": \"x\"}", "an unknown pool");
        add(Service.QUOTA, "PUT", "/standards/PRIMARY", so, "{\"studentsPerStaff\": -1, \"effectiveFrom\": \"2027-09-01\"}", "a negative standard");
        add(Service.QUOTA, "PUT", "/standards/PRIMARY", so, "{\"studentsPerStaff\": 19, \"effectiveFrom\": \"yesterday\"}", "a word for a date");
        add(Service.QUOTA, "PUT", "/standards/GRADUATE", so, "{\"studentsPerStaff\": 19, \"effectiveFrom\": \"2027-09-01\"}", "an unknown stage");
        add(Service.QUOTA, "POST", "/plans/" + t.planId() + "/decision", so, "{\"decision\": \"MAYBE\"}", "an unknown decision");
        add(Service.QUOTA, "POST", "/plans/" + t.planId() + "/decision", so, "{\"decision\": \"APPROVE\"}", "a plan decided already");
        add(Service.QUOTA, "POST", "/plans/" + t.planId() + "/decision", so, "{\"decision\": \"REJECT\", \"reasons\": []}", "a rejection without reasons");
        add(Service.QUOTA, "POST", "/plans/" + random() + "/decision", so, "{\"decision\": \"APPROVE\"}", "an unknown plan");
        add(Service.QUOTA, "POST", "/findings/" + random() + "/rectification", so, "{\"note\": \"done\"}", "an unknown finding");
        add(Service.QUOTA, "POST", "/findings/" + t.findingId() + "/rectification", so, "{\"note\": \"\"}", "an empty note");
        add(Service.QUOTA, "POST", "/findings/" + t.findingId() + "/closure", so, "{\"note\": \"closed\"}", "closing an open finding");
        add(Service.QUOTA, "POST", "/schools/" + t.schoolA() + "/merge", so, "{\"intoSchoolId\": \"" + t.schoolA() + "\", \"reason\": \"x\"}", "a school merged into itself");
        add(Service.QUOTA, "GET", "/ledger?limit=-1", so, null, "a negative page size");
        add(Service.QUOTA, "GET", "/ledger?kind=DROP%20TABLE", so, null, "SQL as an entry kind");
        add(Service.QUOTA, "GET", "/quotas?status=%3Cscript%3E", so, null, "a script as a status");
        add(Service.QUOTA, "GET", "/schools/" + t.schoolB() + "/quota", users.school(t.schoolA()), null, "another school's quota");
        add(Service.QUOTA, "GET", "/schools/" + t.otherCountySchool(), so, null, "another county's school");
        add(Service.QUOTA, "GET", "/schools/" + t.schoolA(), CountyUsers.of(CountyUsers.DEMO_COUNTY).staffingOffice(), null,
                "the staffing office of another county");
        add(Service.QUOTA, "POST", "/schools/" + t.schoolA() + "/quota/adjustments", CountyUsers.of(CountyUsers.DEMO_COUNTY).staffingOffice(),
                "{\"delta\": 1, \"reason\": \"x\"}", "another county's staffing office adjusting a quota");
    }

    private void post() {
        String hr = users.hr();
        String posts = "/schools/" + t.schoolA() + "/posts";
        add(Service.POST, "POST", posts, hr, "{\"category\": \"TEACHING\", \"subject\": \"MATHEMATICS\", \"count\": 0}", "no posts");
        add(Service.POST, "POST", posts, hr, "{\"category\": \"TEACHING\", \"subject\": \"MATHEMATICS\", \"count\": 501}", "more than 500 at once");
        add(Service.POST, "POST", posts, hr, "{\"category\": \"TEACHING\", \"subject\": \"MATHEMATICS\", \"count\": \"five\"}", "a word for a count");
        add(Service.POST, "POST", posts, hr, "{\"category\": \"CLEANER\", \"count\": 1}", "an unknown category");
        add(Service.POST, "POST", posts, hr, "{\"category\": \"TEACHING\", \"count\": 1}", "a teaching post without subject");
        add(Service.POST, "POST", posts, hr, "{\"category\": \"MANAGEMENT\", \"subject\": \"MATHEMATICS\", \"count\": 1}", "a management post with a subject");
        add(Service.POST, "POST", posts, hr, "{\"category\": \"TEACHING\", \"subject\": \"" + SCRIPT + "\", \"count\": 1}", "a script as the subject");
        add(Service.POST, "POST", posts, hr, "{\"category\": \"TEACHING\", \"subject\": \"MATHEMATICS\", \"count\": 500}", "beyond the school's quota");
        add(Service.POST, "POST", "/schools/abc/posts", hr, "{\"category\": \"TEACHING\", \"subject\": \"MATHEMATICS\", \"count\": 1}", "a malformed school id");
        add(Service.POST, "POST", "/schools/1999999999/posts", hr, "{\"category\": \"TEACHING\", \"subject\": \"MATHEMATICS\", \"count\": 1}", "an unknown school");
        add(Service.POST, "POST", "/schools/" + t.otherCountySchool() + "/posts", hr, "{\"category\": \"TEACHING\", \"subject\": \"MATHEMATICS\", \"count\": 1}", "another county's school");
        add(Service.POST, "POST", posts, users.educationBureau(), "{\"category\": \"TEACHING\", \"subject\": \"MATHEMATICS\", \"count\": 1}", "the bureau setting up posts");
        add(Service.POST, "DELETE", "/posts/" + t.postA() + "?reason=x", hr, null, "abolishing an occupied post");
        add(Service.POST, "DELETE", "/posts/" + random(), hr, null, "an unknown post");
        add(Service.POST, "DELETE", "/posts/not-a-uuid", hr, null, "a malformed post id");
        add(Service.POST, "POST", "/posts/" + t.postA() + "/freeze", hr, "{\"reason\": \"x\"}", "freezing an occupied post");
        add(Service.POST, "POST", "/posts/" + t.vacantPostA() + "/unfreeze", hr, "{\"reason\": \"x\"}", "releasing a post not frozen");
        add(Service.POST, "POST", "/posts/" + t.vacantPostA() + "/freeze", hr, "{\"reason\": " + "[1,2]" + "}", "an array as the reason");
        add(Service.POST, "POST", "/plans/" + t.planId() + "/decision", hr, "{\"decision\": \"APPROVE\"}", "a plan decided already");
        add(Service.POST, "POST", "/plans/" + t.planId() + "/decision", hr, "{\"decision\": \"REJECT\", \"reasons\": 5}", "a number for the reasons");
        add(Service.POST, "POST", "/plans/" + t.planId() + "/decision", hr, "{\"decision\": \"APPROVE\", \"version\": -1}", "a negative version");
        add(Service.POST, "POST", "/plans/" + random() + "/decision", hr, "{\"decision\": \"APPROVE\"}", "an unknown plan");
        add(Service.POST, "GET", "/vacancies?subject=%3Cscript%3E", hr, null, "a script as the subject");
        add(Service.POST, "GET", "/vacancies?category=JANITOR", hr, null, "an unknown category");
        add(Service.POST, "GET", "/vacancies?location=MOON", hr, null, "an unknown location");
        add(Service.POST, "GET", "/schools/" + t.schoolB() + "/posts", users.school(t.schoolA()), null, "another school's posts");
        add(Service.POST, "GET", "/schools/" + t.schoolA() + "/posts?status=DELETED", hr, null, "an unknown status");
    }

    private void recruitment() {
        String bureau = users.educationBureau();
        String teacher = "{\"name\": \"张三\", \"gender\": \"MALE\", \"birthDate\": \"1990-05-17\", \"idNumber\": \"%s\", \"subjects\": %s, \"title\": \"FIRST\", \"firstHireDate\": \"%s\"}";
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, teacher.formatted("370681199005171234", "[\"CHINESE\"]", "2012-09-01"), "an ID number with a wrong check digit");
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, teacher.formatted(SQL, "[\"CHINESE\"]", "2012-09-01"), "SQL as the ID number");
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, teacher.formatted("370681199005171231", "\"CHINESE\"", "2012-09-01"), "a string for the subjects");
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, teacher.formatted("370681199005171231", "[\"ALCHEMY\"]", "2012-09-01"), "an unknown subject");
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, teacher.formatted("370681199005171231", "[\"CHINESE\"]", "2099-09-01"), "a first hire in the future");
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, teacher.formatted("370681199005171231", "[\"CHINESE\"]", "1990-13-45"), "a date that does not exist");
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, "{\"name\": \"" + SCRIPT + "\", \"gender\": \"X\", \"birthDate\": \"1990-05-17\", \"idNumber\": \"x\", \"subjects\": [], \"title\": \"FIRST\", \"firstHireDate\": \"2012-09-01\"}", "an unknown gender");
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, "{\"id\": \"" + t.teacherA() + "\", \"name\": \"x\", \"gender\": \"MALE\", \"birthDate\": \"1990-05-17\", \"idNumber\": \"370681199005171231\", \"subjects\": [\"CHINESE\"], \"title\": \"FIRST\", \"firstHireDate\": \"2012-09-01\"}", "a teacher id in use");
        add(Service.RECRUITMENT, "POST", "/teachers", bureau, "{\"name\": \"" + HUGE + "\", \"gender\": \"MALE\", \"birthDate\": \"1990-05-17\", \"idNumber\": \"370681199005171231\", \"subjects\": [\"CHINESE\"], \"title\": \"FIRST\", \"firstHireDate\": \"2012-09-01\"}", "a 200,000-character name");
        add(Service.RECRUITMENT, "POST", "/teachers", users.hr(), teacher.formatted("370681199005171231", "[\"CHINESE\"]", "2012-09-01"), "HR registering a teacher");
        raw(Service.RECRUITMENT, "POST", "/teachers/import", bureau, "", "text/csv", "an empty file");
        raw(Service.RECRUITMENT, "POST", "/teachers/import", bureau, "name,gender,password\nx,MALE,secret\n", "text/csv", "an unknown column");
        raw(Service.RECRUITMENT, "POST", "/teachers/import", bureau, "name,gender\n" + SCRIPT + ",MALE\n", "text/csv", "required columns missing");
        add(Service.RECRUITMENT, "PATCH", "/teachers/" + t.teacherA(), bureau, "{\"title\": \"PROFESSOR\"}", "an unknown title");
        add(Service.RECRUITMENT, "PATCH", "/teachers/" + t.teacherA(), bureau, "{\"status\": \"RETIRED\"}", "retiring by a patch");
        add(Service.RECRUITMENT, "PATCH", "/teachers/" + random(), bureau, "{\"backbone\": true}", "an unknown teacher");
        add(Service.RECRUITMENT, "POST", "/teachers/" + t.teacherA() + "/leaving", bureau, "{\"reason\": \"BORED\", \"effectiveFrom\": \"2026-12-01\"}", "an unknown reason");
        add(Service.RECRUITMENT, "POST", "/teachers/" + t.teacherA() + "/leaving", bureau, "{\"reason\": \"RESIGNED\", \"effectiveFrom\": \"1990-01-01\"}", "leaving before the appointment began");
        add(Service.RECRUITMENT, "POST", "/appointments", bureau, "{\"teacherId\": \"" + t.teacherA() + "\", \"postId\": \"" + t.vacantPostA() + "\", \"effectiveFrom\": \"2026-12-01\"}", "a teacher who holds a post");
        add(Service.RECRUITMENT, "POST", "/appointments", bureau, "{\"teacherId\": \"" + random() + "\", \"postId\": \"" + t.postA() + "\", \"effectiveFrom\": \"2026-12-01\"}", "an unknown teacher");
        add(Service.RECRUITMENT, "POST", "/appointments", bureau, "{\"teacherId\": \"" + t.teacherA() + "\", \"postId\": 42, \"effectiveFrom\": \"2026-12-01\"}", "a number as the post id");
        add(Service.RECRUITMENT, "POST", "/transfers", bureau, "{\"teacherId\": \"" + t.teacherA() + "\", \"toPostId\": \"" + t.postA() + "\", \"effectiveFrom\": \"2026-12-01\"}", "a transfer to the post held");
        add(Service.RECRUITMENT, "POST", "/transfers", bureau, "{\"teacherId\": \"" + t.teacherA() + "\", \"toPostId\": \"" + t.postB() + "\", \"effectiveFrom\": \"2026-12-01\"}", "a transfer to an occupied post");
        add(Service.RECRUITMENT, "POST", "/transfers", bureau, "{\"teacherId\": \"" + t.teacherA() + "\", \"toPostId\": \"" + random() + "\", \"effectiveFrom\": \"2026-12-01\"}", "a transfer to an unknown post");
        add(Service.RECRUITMENT, "POST", "/campaigns", bureau, "{\"kind\": \"OPEN\", \"postIds\": [\"" + t.vacantPostA() + "\"], \"opensAt\": \"2026-12-01T00:00:00Z\", \"closesAt\": \"2026-11-01T00:00:00Z\"}", "closing before opening");
        add(Service.RECRUITMENT, "POST", "/campaigns", bureau, "{\"kind\": \"OPEN\", \"postIds\": [], \"opensAt\": \"2026-12-01T00:00:00Z\", \"closesAt\": \"2026-12-31T00:00:00Z\"}", "no posts");
        add(Service.RECRUITMENT, "POST", "/campaigns", bureau, "{\"kind\": \"SECRET\", \"postIds\": [\"" + t.vacantPostA() + "\"], \"opensAt\": \"2026-12-01T00:00:00Z\", \"closesAt\": \"2026-12-31T00:00:00Z\"}", "an unknown kind");
        add(Service.RECRUITMENT, "POST", "/campaigns", bureau, "{\"kind\": \"OPEN\", \"postIds\": [\"" + t.vacantPostA() + "\", \"" + t.vacantPostA() + "\"], \"opensAt\": \"2026-12-01T00:00:00Z\", \"closesAt\": \"2026-12-31T00:00:00Z\"}", "a post twice");
        add(Service.RECRUITMENT, "POST", "/campaigns/" + t.campaignId() + "/applications", bureau, "{\"postId\": \"" + t.vacantPostA() + "\", \"teacherId\": \"" + t.teacherA() + "\"}", "applying to a closed campaign");
        add(Service.RECRUITMENT, "POST", "/campaigns/" + t.campaignId() + "/close", bureau, null, "closing a closed campaign");
        add(Service.RECRUITMENT, "PUT", "/campaigns/" + t.campaignId() + "/applications/" + random() + "/score", bureau, "{\"written\": 101, \"interview\": -1}", "scores out of range");
        add(Service.RECRUITMENT, "POST", "/campaigns/" + random() + "/close", bureau, null, "an unknown campaign");
        add(Service.RECRUITMENT, "POST", "/secondments", bureau, "{\"teacherId\": \"" + t.teacherA() + "\", \"receivingInstitution\": \"" + SCRIPT + "\", \"from\": \"2026-12-01\", \"until\": \"2026-11-01\"}", "a secondment ending before it starts");
        add(Service.RECRUITMENT, "POST", "/secondments", bureau, "{\"teacherId\": \"" + t.teacherA() + "\", \"receivingInstitution\": \"县委\", \"from\": \"2026-12-01\", \"until\": \"2029-12-01\"}", "a secondment of three years");
        add(Service.RECRUITMENT, "POST", "/secondments", bureau, "{\"teacherId\": \"" + random() + "\", \"receivingInstitution\": \"县委\", \"from\": \"2026-12-01\", \"until\": \"2027-03-01\"}", "an unknown teacher");
        add(Service.RECRUITMENT, "POST", "/plans", bureau, "{\"schoolYear\": \"20262027\", \"items\": []}", "a malformed school year");
        add(Service.RECRUITMENT, "POST", "/plans", bureau, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"items\": [{\"kind\": \"TELEPORT\"}]}", "an unknown item kind");
        add(Service.RECRUITMENT, "POST", "/plans", bureau, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"items\": [{\"kind\": \"QUOTA_TRANSFER\", \"fromSchoolId\": \"" + t.schoolA() + "\", \"toSchoolId\": \"" + t.schoolA() + "\", \"amount\": 1, \"reason\": \"x\"}]}", "a quota transfer to the same school");
        add(Service.RECRUITMENT, "POST", "/plans", bureau, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"items\": [{\"kind\": \"QUOTA_TRANSFER\", \"fromSchoolId\": \"" + t.schoolA() + "\", \"toSchoolId\": \"" + t.schoolB() + "\", \"amount\": 0, \"reason\": \"x\"}]}", "a transfer of nothing");
        add(Service.RECRUITMENT, "PUT", "/plans/" + t.planId(), bureau, "{\"items\": []}", "revising an executed plan");
        add(Service.RECRUITMENT, "POST", "/plans/" + t.planId() + "/submit", bureau, "{}", "submitting an executed plan");
        add(Service.RECRUITMENT, "POST", "/plans/" + t.planId() + "/execution", bureau, null, "executing a plan twice");
        add(Service.RECRUITMENT, "POST", "/plans/" + random() + "/execution", bureau, null, "an unknown plan");
        add(Service.RECRUITMENT, "GET", "/teachers?size=100000", bureau, null, "a page of 100,000");
        add(Service.RECRUITMENT, "GET", "/teachers?page=-1", bureau, null, "a negative page");
        add(Service.RECRUITMENT, "GET", "/teachers?status=ZOMBIE", bureau, null, "an unknown status");
        add(Service.RECRUITMENT, "GET", "/teachers/" + t.teacherB(), users.school(t.schoolA()), null, "another school's teacher");
        add(Service.RECRUITMENT, "GET", "/teachers/not-a-uuid", bureau, null, "a malformed teacher id");
    }

    private void rotation() {
        String bureau = users.educationBureau();
        String schoolA = users.school(t.schoolA());
        String evaluation = "/teachers/" + t.teacherB() + "/evaluations/" + t.schoolYear();
        add(Service.ROTATION, "PUT", evaluation, schoolA, "{\"grade\": \"EXCELLENT\", \"score\": 95}", "evaluating another school's teacher");
        String own = "/teachers/" + t.teacherA() + "/evaluations/" + t.schoolYear();
        add(Service.ROTATION, "PUT", own, schoolA, "{\"grade\": \"EXCELLENT\", \"score\": 101}", "a score above 100");
        add(Service.ROTATION, "PUT", own, schoolA, "{\"grade\": \"EXCELLENT\", \"score\": \"high\"}", "a word for a score");
        add(Service.ROTATION, "PUT", own, schoolA, "{\"grade\": \"SUPERB\", \"score\": 95}", "an unknown grade");
        add(Service.ROTATION, "PUT", own, schoolA, "{\"grade\": \"EXCELLENT\", \"score\": 95.123}", "three decimals");
        add(Service.ROTATION, "PUT", own, schoolA, "{\"grade\": \"EXCELLENT\", \"score\": 95, \"comment\": \"" + HUGE + "\"}", "a 200,000-character comment");
        add(Service.ROTATION, "PUT", "/teachers/" + t.teacherA() + "/evaluations/2030-2031", schoolA, "{\"grade\": \"EXCELLENT\", \"score\": 95}", "a year not begun");
        add(Service.ROTATION, "PUT", "/teachers/abc/evaluations/" + t.schoolYear(), schoolA, "{\"grade\": \"EXCELLENT\", \"score\": 95}", "a malformed teacher id");
        add(Service.ROTATION, "PUT", own, bureau, "{\"grade\": \"EXCELLENT\", \"score\": 95}", "the bureau evaluating");
        String profile = "/schools/" + t.schoolA() + "/profile";
        add(Service.ROTATION, "PUT", profile, bureau, "{\"tier\": \"LEGENDARY\", \"latitude\": 37.1, \"longitude\": 120.1}", "an unknown tier");
        add(Service.ROTATION, "PUT", profile, bureau, "{\"tier\": \"WEAK\", \"latitude\": 91, \"longitude\": 120.1}", "a latitude beyond the pole");
        add(Service.ROTATION, "PUT", profile, bureau, "{\"tier\": \"WEAK\", \"latitude\": \"north\", \"longitude\": 120.1}", "a word for a latitude");
        add(Service.ROTATION, "PUT", "/schools/1999999999/profile", bureau, "{\"tier\": \"WEAK\", \"latitude\": 37.1, \"longitude\": 120.1}", "an unknown school");
        add(Service.ROTATION, "PUT", profile, schoolA, "{\"tier\": \"STRONG\", \"latitude\": 37.1, \"longitude\": 120.1}", "a school grading itself");
        add(Service.ROTATION, "POST", "/rounds", bureau, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"share\": 0}", "a share of zero");
        add(Service.ROTATION, "POST", "/rounds", bureau, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"share\": 2}", "a share of 200%");
        add(Service.ROTATION, "POST", "/rounds", bureau, "{\"schoolYear\": \"next\"}", "a word for the school year");
        add(Service.ROTATION, "POST", "/rounds", bureau, "{\"schoolYear\": \"" + t.schoolYear() + "\", \"parameters\": {\"weights\": {\"travelPerKm\": 1000000000}}}", "a weight of a billion");
        add(Service.ROTATION, "POST", "/rounds/" + t.roundId() + "/proposal", bureau, null, "proposing a round twice");
        add(Service.ROTATION, "POST", "/rounds/" + random() + "/proposal", bureau, null, "an unknown round");
        add(Service.ROTATION, "POST", "/communities", bureau, "{\"name\": \"x\", \"leadSchoolId\": \"" + t.schoolA() + "\", \"memberSchoolIds\": [\"" + t.schoolA() + "\"]}", "a lead that is its own member");
        add(Service.ROTATION, "POST", "/communities", bureau, "{\"name\": \"x\", \"leadSchoolId\": \"" + SQL + "\", \"memberSchoolIds\": []}", "SQL as the lead school");
        add(Service.ROTATION, "POST", "/communities/" + t.communityId() + "/activities", bureau, "{\"kind\": \"LECTURE\", \"date\": \"2099-01-01\", \"schoolIds\": [\"" + t.schoolA() + "\"], \"participants\": 10}", "an activity in the future");
        add(Service.ROTATION, "POST", "/communities/" + t.communityId() + "/activities", bureau, "{\"kind\": \"PARTY\", \"date\": \"2026-10-01\", \"schoolIds\": [], \"participants\": -5}", "an unknown kind, negative participants");
        add(Service.ROTATION, "POST", "/exemptions", bureau, "{\"teacherId\": \"" + random() + "\", \"schoolYear\": \"" + t.schoolYear() + "\", \"reason\": \"x\"}", "an unknown teacher");
        add(Service.ROTATION, "POST", "/exemptions", bureau, "{\"teacherId\": \"" + t.teacherA() + "\", \"schoolYear\": \"" + t.schoolYear() + "\"}", "an exemption without reason");
        add(Service.ROTATION, "POST", "/rotations/" + random() + "/return", bureau, "{\"returnedOn\": \"2027-09-01\"}", "an unknown rotation");
        add(Service.ROTATION, "GET", "/rounds/abc/due", bureau, null, "a malformed school year");
        add(Service.ROTATION, "GET", "/schools/" + t.schoolB() + "/staffing", schoolA, null, "another school's staffing");
    }

    private void audit() {
        String auditor = users.auditor();
        add(Service.AUDIT, "GET", "/audit/events?size=100000", auditor, null, "a page of 100,000");
        add(Service.AUDIT, "GET", "/audit/events?page=-1", auditor, null, "a negative page");
        add(Service.AUDIT, "GET", "/audit/events?from=yesterday", auditor, null, "a word for a time");
        add(Service.AUDIT, "GET", "/audit/events?from=2026-12-01&to=2026-01-01", auditor, null, "a period ending before it starts");
        add(Service.AUDIT, "GET", "/audit/events?type=" + "%3Cscript%3E", auditor, null, "a script as the type");
        add(Service.AUDIT, "GET", "/audit/export?format=csv", auditor, null, "an export without its period");
        add(Service.AUDIT, "GET", "/audit/export?format=xml&from=2026-01-01&to=2026-12-31", auditor, null, "an unknown format");
        add(Service.AUDIT, "GET", "/audit/verify?anchorPosition=abc&anchorHash=00", auditor, null, "a word as the anchor position");
        add(Service.AUDIT, "GET", "/audit/verify?anchorPosition=3", auditor, null, "half an anchor");
        add(Service.AUDIT, "GET", "/audit/verify", users.staffingOffice(), null, "the staffing office verifying the chain");
        add(Service.AUDIT, "GET", "/audit/events/" + t.auditEventOfA(), users.school(t.schoolB()), null, "another school's record");
        add(Service.AUDIT, "GET", "/audit/events/" + random(), auditor, null, "an unknown record");
        add(Service.AUDIT, "POST", "/audit/events", auditor, "{\"type\": \"forged\"}", "writing to the audit log");
        add(Service.AUDIT, "DELETE", "/audit/events/" + t.auditEventOfA(), auditor, null, "deleting an audit record");
    }

    /** No token, a forged one, another county's user. */
    private void tokens() {
        for (Service s : Service.values()) {
            String path = switch (s) {
                case QUOTA -> "/schools";
                case POST -> "/vacancies";
                case RECRUITMENT -> "/teachers";
                case ROTATION -> "/communities";
                case AUDIT -> "/audit/events";
            };
            add(s, "GET", path, NO_TOKEN, null, "no token");
        }
    }
}
