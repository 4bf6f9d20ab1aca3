package org.county.staffing.infra.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 10. The development communities share teachers (任课、兼课、走教): for each community, a teacher
 * of a subject that a member school lacks teaches there part-time for the first term, keeping the
 * home post. Up to {@value #PER_COMMUNITY} teachers a community, each {@value #HOURS} hours a
 * week, none of the plan's movers; and each community records its term's activities. Then the
 * county's community statistics, read for the report.
 */
final class SharingStep implements CycleStep {

    static final int PER_COMMUNITY = 2;
    static final int HOURS = 6;
    /** Activities a community records in the demo's autumn term: ten communities give the seed's 1,100+ and
     * 3,000+ trainee person-times (11 to 13 at each training). */
    static final int ACTIVITIES = 112;
    private static final String[][] KINDS = {{"TEACHING_RESEARCH", "校际联合教研"}, {"LECTURE", "专题讲座"},
            {"LESSON_SENT", "送课下乡"}, {"TRAINING", "教师培训"}};

    @Override
    public String name() {
        return "sharing";
    }

    @Override
    public String title(CycleRun run) {
        return "Teachers shared in the development communities";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        String bureau = run.users.educationBureau();
        Set<String> movers = new HashSet<>();
        if (run.report.plan != null) {
            run.report.plan.path("items").forEach(i -> movers.add(i.path("teacherId").asText()));
        }
        LocalDate startsOn = CountyGenerator.YEAR_START;
        LocalDate endsOn = LocalDate.of(startsOn.getYear() + 1, 1, 31);
        int shared = 0;
        for (JsonNode community : api.get(Service.ROTATION, "/communities", bureau)) {
            String id = community.path("communityId").asText();
            if (!run.complete && api.get(Service.ROTATION, "/communities/" + id + "/shared-teachers?schoolYear=" + run.year, bureau)
                    .isEmpty()) {
                shared += share(run, community, movers, startsOn, endsOn);
            }
        }
        int recorded = 0;
        for (JsonNode community : api.get(Service.ROTATION, "/communities", bureau)) {
            recorded += run.complete ? 0 : recordActivities(run, community);
        }
        run.report.communities = api.get(Service.ROTATION, "/communities/stats?schoolYear=" + run.year, run.users.staffingOffice());
        List<JsonNode> sharings = new ArrayList<>();
        for (JsonNode community : api.get(Service.ROTATION, "/communities", bureau)) {
            api.get(Service.ROTATION, "/communities/" + community.path("communityId").asText() + "/shared-teachers?schoolYear=" + run.year,
                    bureau).forEach(sharings::add);
        }
        run.report.sharedTeachers = sharings;
        run.progress.say("  " + recorded + " community activities recorded now; " + run.report.communities.path("activities").asInt()
                + " this school year, " + run.report.communities.path("trainingPersonTimes").asInt() + " trainee person-times");
        run.progress.say("  " + shared + " teachers shared now; " + run.report.communities.path("teachersShared").asInt()
                + " shared in " + run.report.communities.path("communities").asInt() + " communities, "
                + run.report.communities.path("sharedHoursPerWeek").asInt() + " hours a week");
    }

    /**
     * The community's activities of the autumn term so far, unless it has recorded some this school year:
     * {@value #ACTIVITIES} of them, the four kinds in turn (教研、讲座、送课、培训), each with the lead school and one
     * member, dated between the first week of September and mid-November (held, so never in the future).
     */
    private static int recordActivities(CycleRun run, JsonNode community) {
        Api api = run.api;
        String bureau = run.users.educationBureau();
        String id = community.path("communityId").asText();
        if (api.get(Service.ROTATION, "/communities/" + id + "/stats?schoolYear=" + run.year, bureau).path("activities").asInt() > 0) {
            return 0;
        }
        String lead = community.path("leadSchoolId").asText();
        List<String> members = new ArrayList<>();
        community.path("memberSchoolIds").forEach(m -> members.add(m.asText()));
        List<Integer> indexes = IntStream.range(0, ACTIVITIES).boxed().toList();
        AtomicInteger recorded = new AtomicInteger();
        run.parallel.each(indexes, i -> {
            String[] kind = KINDS[i % KINDS.length];
            boolean training = kind[0].equals("TRAINING");
            ObjectNode body = Api.object().put("kind", kind[0]).put("title", community.path("name").asText() + kind[1] + "（第" + (i / 4 + 1) + "期）")
                    .put("date", CountyGenerator.YEAR_START.plusDays(3 + (i * 68L) / ACTIVITIES).toString())
                    .put("participants", training ? 11 + i % 3 : 8 + i % 12);
            body.putArray("schoolIds").add(lead).add(members.get(i % members.size()));
            if (api.call(Service.ROTATION, "POST", "/communities/" + id + "/activities", bureau, body).ok()) {
                recorded.incrementAndGet();
            }
        });
        return recorded.get();
    }

    /** For each member school lacking a subject, a teacher of that subject from another school of the community. */
    private static int share(CycleRun run, JsonNode community, Set<String> movers, LocalDate startsOn, LocalDate endsOn) {
        Api api = run.api;
        String bureau = run.users.educationBureau();
        List<String> schools = new ArrayList<>();
        schools.add(community.path("leadSchoolId").asText());
        community.path("memberSchoolIds").forEach(s -> schools.add(s.asText()));
        Set<String> used = new HashSet<>();
        int shared = 0;
        for (String host : schools) {
            if (shared == PER_COMMUNITY) {
                break;
            }
            JsonNode picture = api.get(Service.ROTATION, "/schools/" + host + "/staffing", bureau);
            for (JsonNode line : picture.path("subjects")) {
                if (line.path("vacantPostIds").isEmpty() || shared == PER_COMMUNITY) {
                    continue;
                }
                String subject = line.path("subject").asText();
                String teacher = teacherOf(run, schools, host, subject, movers, used);
                if (teacher == null) {
                    continue;
                }
                used.add(teacher);
                Api.Reply reply = api.call(Service.ROTATION, "POST", "/communities/" + community.path("communityId").asText()
                        + "/shared-teachers", bureau, Api.object().put("teacherId", teacher).put("hostSchoolId", host).put("subject", subject)
                        .put("hoursPerWeek", HOURS).put("startsOn", startsOn.toString()).put("endsOn", endsOn.toString()));
                if (!reply.ok()) {
                    // rotation-service may not yet know a teacher the plan's competitions just moved: the next subject then
                    run.progress.say("    not shared (" + reply.rule() + "): " + subject + " at " + host);
                    continue;
                }
                shared++;
                break;
            }
        }
        return shared;
    }

    private static String teacherOf(CycleRun run, List<String> schools, String host, String subject, Set<String> movers,
                                    Set<String> used) {
        for (String home : schools) {
            if (home.equals(host)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode t : run.api.get(Service.RECRUITMENT, "/teachers?schoolId=" + home + "&subject=" + subject + "&status=ACTIVE&size=500",
                    run.users.educationBureau())) {
                String id = t.path("teacherId").asText();
                if (home.equals(t.path("currentAppointment").path("schoolId").asText()) && !movers.contains(id) && !used.contains(id)) {
                    ids.add(id);
                }
            }
            if (!ids.isEmpty()) {
                ids.sort(null);
                return ids.get(0);
            }
        }
        return null;
    }
}
