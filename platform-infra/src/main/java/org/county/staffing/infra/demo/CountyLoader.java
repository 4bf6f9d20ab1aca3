package org.county.staffing.infra.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.county.CountyModel.CommunitySpec;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.county.CountyModel.SecondmentSpec;
import org.county.staffing.infra.county.CountyModel.TeacherSpec;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads a county's state before this school year through the services' REST APIs, each part as
 * its department's user would enter it: the staffing office registers the schools and approves
 * the previous triennial verification on the enrollment the bureau reported then; HR sets up the
 * teaching posts within those quotas; the bureau imports its teachers with the posts they hold
 * and their tenure (one CSV file per school), records secondments, the schools' profiles and the
 * development communities. Every part first asks what is there already, so loading again adds
 * only what is missing.
 */
public final class CountyLoader {

    private static final Duration FOLLOW = Duration.ofMinutes(5);

    private final Api api;
    private final CountyUsers users;
    private final RealmUsers realm;
    private final Progress progress;
    private final Waits waits;
    private final Parallel parallel;
    private final Timings timings;

    public CountyLoader(Api api, CountyUsers users, RealmUsers realm, Progress progress, Parallel parallel, Timings timings) {
        this.api = api;
        this.users = users;
        this.realm = realm;
        this.progress = progress;
        this.waits = new Waits(progress);
        this.parallel = parallel;
        this.timings = timings;
    }

    /** What loading found and did. */
    public record Loaded(int schools, int posts, int teachers, int schoolsRegistered, int postsEstablished,
                         int teachersImported, boolean alreadyLoaded) {
    }

    public Loaded load(CountyModel county) {
        return load(county, () -> { }, () -> { });
    }

    /**
     * Loads the county; {@code beforeTeachers} and {@code afterTeachers} run right before and after
     * the teachers' import (a benchmark's checkpoints; not when the import is skipped).
     */
    public Loaded load(CountyModel county, Runnable beforeTeachers, Runnable afterTeachers) {
        progress.say("Loading county " + county.countyId() + ": " + county.schools().size() + " schools, "
                + county.teachers().size() + " teachers (only what is not there yet)");
        timings.time("load: realm users", () -> ensureUsers(county));
        int registered = timings.time("load: schools", () -> registerSchools(county));
        timings.time("load: previous triennial verification", () -> previousVerification(county));
        // once this year's cycle has begun, posts and teachers have moved on from the loaded state
        boolean cycleBegun = !api.get(Service.QUOTA, "/verifications?schoolYear=" + county.currentYear(), users.staffingOffice()).isEmpty();
        int established = cycleBegun ? 0 : timings.time("load: posts", () -> establishPosts(county));
        if (!cycleBegun) {
            beforeTeachers.run();
        }
        int imported = cycleBegun ? 0 : timings.time("load: teachers", () -> importTeachers(county));
        if (!cycleBegun) {
            afterTeachers.run();
        }
        timings.time("load: secondments, profiles, communities", () -> {
            if (!cycleBegun) {
                secondments(county);
            }
            profiles(county);
            communities(county);
        });
        int posts = county.schools().stream().mapToInt(SchoolSpec::posts).sum();
        boolean already = registered == 0 && established == 0 && imported == 0;
        progress.say(already ? "County " + county.countyId() + " was loaded already"
                : "County loaded: " + registered + " schools registered, " + established + " posts set up, " + imported + " teachers imported");
        return new Loaded(county.schools().size(), posts, county.teachers().size(), registered, established, imported, already);
    }

    // --- realm users

    private void ensureUsers(CountyModel county) {
        List<ProvinceRealmUsers.RealmUser> wanted = ProvinceRealmUsers.of(county);
        List<Boolean> created = parallel.map(wanted, u -> realm.ensure(u.username(), u.role(), u.attributes()));
        long made = created.stream().filter(Boolean::booleanValue).count();
        progress.say("  realm users: " + wanted.size() + " needed, " + made + " created (school users have their school_id)");
    }

    // --- schools

    private int registerSchools(CountyModel county) {
        Set<String> known = new HashSet<>();
        api.get(Service.QUOTA, "/schools", users.staffingOffice()).forEach(s -> known.add(s.path("schoolId").asText()));
        List<SchoolSpec> missing = county.schools().stream().filter(s -> !known.contains(s.id())).toList();
        parallel.each(missing, s -> {
            ObjectNode body = Api.object().put("id", s.id()).put("name", s.name()).put("kind", s.kind())
                    .put("location", s.location()).put("district", s.district());
            s.stages().forEach(body.putArray("stages")::add);
            api.expect(Service.QUOTA, "POST", "/schools", users.staffingOffice(), body, 201, 409);
        });
        progress.say("  schools: " + county.schools().size() + " (" + missing.size() + " registered by the staffing office)");
        return missing.size();
    }

    // --- the previous triennial verification

    private void previousVerification(CountyModel county) {
        JsonNode verifications = api.get(Service.QUOTA, "/verifications?schoolYear=" + county.previousYear(), users.staffingOffice());
        for (String pool : List.of("K12", "OTHER")) {
            if (find(verifications, pool, "APPROVED") != null) {
                continue;
            }
            List<SchoolSpec> schools = county.schools().stream().filter(s -> s.pool().equals(pool)).toList();
            parallel.each(schools, s -> {
                Api.Reply existing = api.call(Service.QUOTA, "GET", "/schools/" + s.id() + "/enrollment/" + county.previousYear(),
                        users.educationBureau(), null);
                if (existing.status() == 404) {
                    api.put(Service.QUOTA, "/schools/" + s.id() + "/enrollment/" + county.previousYear(), users.educationBureau(),
                            enrollment(s.previousStudents(), s.previousClasses()));
                }
            });
            JsonNode proposal = find(verifications, pool, "PROPOSED");
            if (proposal == null) {
                proposal = api.post(Service.QUOTA, "/verifications", users.staffingOffice(), Api.object()
                        .put("schoolYear", county.previousYear()).put("kind", "TRIENNIAL").put("pool", pool));
            }
            JsonNode approved = api.post(Service.QUOTA, "/verifications/" + proposal.path("id").asText() + "/approval",
                    users.staffingOffice(), null);
            progress.say("  " + county.previousYear() + " triennial verification of pool " + pool + ": "
                    + approved.path("proposedTotal").asInt() + " quotas for " + schools.size() + " schools, approved");
        }
    }

    static JsonNode find(JsonNode verifications, String pool, String status) {
        for (JsonNode v : verifications) {
            if (pool.equals(v.path("pool").asText()) && status.equals(v.path("status").asText()) && "TRIENNIAL".equals(v.path("kind").asText())) {
                return v;
            }
        }
        return null;
    }

    static ObjectNode enrollment(Map<String, Integer> students, Map<String, Integer> classes) {
        ObjectNode body = Api.object();
        students.forEach(body::put);
        ObjectNode c = body.putObject("classes");
        classes.forEach(c::put);
        return body;
    }

    // --- posts

    private int establishPosts(CountyModel county) {
        Map<String, Integer> quotas = new HashMap<>();
        waits.until("post-service to follow the previous quotas", FOLLOW, () -> {
            quotas.clear();
            for (JsonNode q : api.get(Service.QUOTA, "/quotas", users.hr())) {
                quotas.put(q.path("schoolId").asText(), q.path("allocated").asInt());
            }
            // a school post-service has not registered yet is behind too: its posts would be refused 404
            Map<String, Integer> unseen = new HashMap<>(quotas);
            int behind = 0;
            for (JsonNode summary : api.get(Service.POST, "/post-summaries", users.hr())) {
                Integer allocated = unseen.remove(summary.path("schoolId").asText());
                if (allocated != null && summary.path("quota").asInt() != allocated) {
                    behind++;
                }
            }
            behind += unseen.size();
            return behind == 0 ? null : behind + " schools' quotas not yet in post-service";
        });
        List<Integer> made = parallel.map(county.schools(), s -> {
            Map<String, Integer> existing = new HashMap<>();
            for (JsonNode p : api.get(Service.POST, "/schools/" + s.id() + "/posts?category=TEACHING", users.hr())) {
                existing.merge(p.path("subject").asText(), 1, Integer::sum);
            }
            int created = 0;
            for (Map.Entry<String, Integer> e : s.teachingPosts().entrySet()) {
                int missing = e.getValue() - existing.getOrDefault(e.getKey(), 0);
                if (missing > 0) {
                    api.post(Service.POST, "/schools/" + s.id() + "/posts", users.hr(), Api.object().put("category", "TEACHING")
                            .put("subject", e.getKey()).put("count", missing)
                            .put("reason", "按需设岗：" + county.previousYear() + " 学年核定编制内的" + e.getKey() + "教学岗位"));
                    created += missing;
                }
            }
            return created;
        });
        int created = made.stream().mapToInt(Integer::intValue).sum();
        progress.say("  posts: " + county.schools().stream().mapToInt(SchoolSpec::posts).sum() + " teaching posts ("
                + created + " set up by HR)");
        return created;
    }

    // --- teachers

    private int importTeachers(CountyModel county) {
        Map<String, List<TeacherSpec>> bySchool = new LinkedHashMap<>();
        county.schools().forEach(s -> bySchool.put(s.id(), new ArrayList<>()));
        county.teachers().forEach(t -> bySchool.get(t.schoolId()).add(t));
        Progress.Counter counter = progress.counter("schools' teachers imported", county.schools().size());
        List<Integer> imported = parallel.map(county.schools(), s -> {
            int n = importSchool(s, bySchool.get(s.id()));
            counter.tick();
            return n;
        });
        int total = imported.stream().mapToInt(Integer::intValue).sum();
        progress.say("  teachers: " + county.teachers().size() + " (" + total + " imported by the education bureau, "
                + "appointed to their posts since they came to the school)");
        return total;
    }

    private int importSchool(SchoolSpec school, List<TeacherSpec> teachers) {
        Set<String> registered = new HashSet<>();
        for (JsonNode t : api.get(Service.RECRUITMENT, "/teachers?schoolId=" + school.id() + "&size=500", users.educationBureau())) {
            registered.add(t.path("teacherId").asText());
        }
        List<TeacherSpec> missing = teachers.stream().filter(t -> !registered.contains(t.id())).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        Map<String, List<String>> vacant = new HashMap<>();
        waits.until("recruitment-service to know the posts of " + school.id(), FOLLOW, () -> {
            vacant.clear();
            int known = 0;
            for (JsonNode p : api.get(Service.RECRUITMENT, "/posts?schoolId=" + school.id(), users.educationBureau())) {
                known++;
                if ("VACANT".equals(p.path("state").asText())) {
                    vacant.computeIfAbsent(p.path("subject").asText(), k -> new ArrayList<>()).add(p.path("postId").asText());
                }
            }
            return known >= school.posts() ? null : (school.posts() - known) + " posts not yet known";
        });
        StringBuilder csv = new StringBuilder("id,name,gender,birthDate,idNumber,subjects,title,firstHireDate,backbone,postId,appointedSince\n");
        for (TeacherSpec t : missing) {
            List<String> posts = vacant.get(t.postSubject());
            if (posts == null || posts.isEmpty()) {
                throw new IllegalStateException("no vacant " + t.postSubject() + " post left at " + school.id() + " for " + t.id());
            }
            String post = posts.remove(0);
            csv.append(String.join(",", t.id(), t.name(), t.gender(), t.birthDate().toString(), t.idNumber(),
                    String.join(";", t.subjects()), t.title(), t.firstHireDate().toString(), Boolean.toString(t.backbone()),
                    post, t.atSchoolSince().toString())).append('\n');
        }
        JsonNode report = api.post(Service.RECRUITMENT, "/teachers/import", users.educationBureau(), csv.toString());
        if (report.path("rejected").size() > 0) {
            throw new IllegalStateException("the import of " + school.id() + "'s teachers rejected rows: " + report.path("rejected"));
        }
        return report.path("imported").asInt();
    }

    // --- secondments, profiles, communities

    private void secondments(CountyModel county) {
        int recorded = 0;
        for (SecondmentSpec s : county.secondments()) {
            JsonNode teacher = api.get(Service.RECRUITMENT, "/teachers/" + s.teacherId(), users.educationBureau());
            if (!"ACTIVE".equals(teacher.path("status").asText())) {
                continue;
            }
            ObjectNode body = Api.object().put("teacherId", s.teacherId()).put("receivingInstitution", s.receivingInstitution())
                    .put("from", s.from().toString()).put("until", s.until().toString());
            if (s.approvalReference() != null) {
                body.put("approvalReference", s.approvalReference());
            }
            api.post(Service.RECRUITMENT, "/secondments", users.educationBureau(), body);
            recorded++;
        }
        progress.say("  secondments: " + county.secondments().size() + " (" + recorded + " recorded, "
                + county.secondments().stream().filter(s -> s.approvalReference() == null).count() + " of them never approved)");
    }

    private void profiles(CountyModel county) {
        List<Integer> changed = parallel.map(county.schools(), s -> {
            String path = "/schools/" + s.id() + "/profile";
            Api.Reply current = api.call(Service.ROTATION, "GET", path, users.educationBureau(), null);
            if (current.ok() && s.tier().equals(current.body().path("tier").asText())) {
                return 0;
            }
            ObjectNode body = Api.object().put("tier", s.tier()).put("latitude", s.latitude()).put("longitude", s.longitude());
            // the rotation service learns of the school from the staffing office's event: until then it is unknown
            waits.until("rotation-service to know school " + s.id(), FOLLOW, () -> {
                Api.Reply reply = api.call(Service.ROTATION, "PUT", path, users.educationBureau(), body);
                if (reply.ok()) {
                    return null;
                }
                if (reply.status() == 404) {
                    return "not yet";
                }
                throw new Api.ApiException("PUT " + path + " answered " + reply.status() + ": " + reply.text(), reply);
            });
            return 1;
        });
        progress.say("  school profiles (tier and coordinates): " + changed.stream().mapToInt(Integer::intValue).sum() + " set");
    }

    private void communities(CountyModel county) {
        Set<String> existing = new HashSet<>();
        api.get(Service.ROTATION, "/communities", users.educationBureau()).forEach(c -> existing.add(c.path("name").asText()));
        int formed = 0;
        for (CommunitySpec c : county.communities()) {
            if (existing.contains(c.name())) {
                continue;
            }
            ObjectNode body = Api.object().put("name", c.name()).put("leadSchoolId", c.leadSchoolId());
            c.memberSchoolIds().forEach(body.putArray("memberSchoolIds")::add);
            api.post(Service.ROTATION, "/communities", users.educationBureau(), body);
            formed++;
        }
        progress.say("  development communities: " + county.communities().size() + " (" + formed + " formed)");
    }
}
