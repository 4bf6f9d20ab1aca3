package org.county.staffing.e2e.console;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.county.staffing.e2e.CrossServicePlatform;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.CountyLoader;
import org.county.staffing.infra.demo.CountyUsers;
import org.county.staffing.infra.demo.Endpoints.Service;
import org.county.staffing.infra.demo.Parallel;
import org.county.staffing.infra.demo.PlanDrafting;
import org.county.staffing.infra.demo.Progress;
import org.county.staffing.infra.demo.RealmUsers;
import org.county.staffing.infra.demo.Timings;
import org.county.staffing.infra.demo.Waits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Just what the console's flows need, entered through the services' APIs by each department's
 * user: a small county loaded; the bureau's rotation round proposed into the annual plan (so a
 * teacher has a move to see); the plan with the quota transfers the moves need, submitted and
 * awaiting the staffing office; a teacher user for one of the moved teachers. For the flows of the
 * newer views, schools and a teacher the plan leaves alone ({@link NewViews}): a school with a
 * regulation whose leadership posts floor a quota cut, a school with vacant posts to open a
 * campaign on, a teacher to second, a community's leading school, and a draft plan of the next year.
 */
final class ConsoleSeed {

    private static final Duration FOLLOW = Duration.ofMinutes(3);
    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    /** What the browser flows are given: who logs in and where the seeded records are. */
    record Seeded(String countyId, String staffingOffice, String hr, String educationBureau, String auditor,
                  String schoolUser, String schoolId, String teacherUser, String teacherId, String planId, int moves,
                  NewViews newViews) {

        String json() {
            ObjectNode json = Api.object().put("countyId", countyId).put("staffingOffice", staffingOffice).put("hr", hr)
                    .put("educationBureau", educationBureau).put("auditor", auditor).put("schoolUser", schoolUser)
                    .put("schoolId", schoolId).put("teacherUser", teacherUser).put("teacherId", teacherId).put("planId", planId);
            json.put("today", newViews.today().toString()).put("adjustmentSchoolId", newViews.adjustmentSchoolId())
                    .put("leadershipPosts", newViews.leadershipPosts()).put("campaignSchoolId", newViews.campaignSchoolId())
                    .put("secondmentSchoolId", newViews.secondmentSchoolId()).put("secondmentTeacher", newViews.secondmentTeacher())
                    .put("communityUser", newViews.communityUser()).put("draftPlanId", newViews.draftPlanId());
            return Api.write(json);
        }
    }

    /**
     * Where the flows of the newer views act, none of it named by the submitted plan (so they cannot
     * change its checks): the platform's date in the county; a school whose regulation approves
     * {@code leadershipPosts} leadership posts within its quota; a school with vacant teaching posts; a
     * teacher (unique by name at the school) to second; the user of a community's leading school; a
     * draft plan of the next school year with one item.
     */
    record NewViews(LocalDate today, String adjustmentSchoolId, int leadershipPosts, String campaignSchoolId,
                    String secondmentSchoolId, String secondmentTeacher, String communityUser, String draftPlanId) {
    }

    private final Api api;
    private final CountyUsers users;
    private final RealmUsers realm;
    private final Progress progress;
    private final Waits waits;
    private final CountyModel county;
    private String planId;
    private ArrayNode planItems;

    ConsoleSeed(Api api, RealmUsers realm, CountyModel county, Progress progress) {
        this.api = api;
        this.users = CountyUsers.of(county.countyId());
        this.realm = realm;
        this.county = county;
        this.progress = progress;
        this.waits = new Waits(progress);
    }

    Seeded seed() {
        try (Parallel parallel = new Parallel(4)) {
            new CountyLoader(api, users, realm, progress, parallel, new Timings(api)).load(county);
        }
        String bureau = users.educationBureau();
        String year = county.currentYear();
        awaitRotationFollows();
        JsonNode round = api.post(Service.ROTATION, "/rounds", bureau, Api.object().put("schoolYear", year));
        round = api.post(Service.ROTATION, "/rounds/" + round.path("id").asText() + "/proposal", bureau, null);
        JsonNode moves = round.path("moves");
        progress.say("  round of " + year + " proposed into the plan: " + moves.size() + " moves");
        if (moves.isEmpty()) {
            throw new IllegalStateException("the seeded round moves no teacher");
        }
        planId = awaitPlanWithMoves(moves).path("planId").asText();
        planItems = items(moves);
        api.put(Service.RECRUITMENT, "/plans/" + planId, bureau, Api.object().set("items", planItems));
        submit();
        awaitQuotaReview(1);
        progress.say("  plan " + planId + " version 1 awaits the staffing office");

        String teacherId = moves.get(0).path("teacherId").asText();
        String teacherUser = "teacher-" + county.countyId();
        realm.ensure(teacherUser, "teacher", Map.of("county_id", county.countyId(), "teacher_id", teacherId));
        String schoolId = county.schools().stream().filter(s -> county.teachersAt(s.id()) > 0).findFirst().orElseThrow().id();
        NewViews newViews = newViews(schoolId, moves);
        return new Seeded(county.countyId(), users.staffingOffice(), users.hr(), bureau, users.auditor(), users.school(schoolId),
                schoolId, teacherUser, teacherId, planId, moves.size(), newViews);
    }

    private NewViews newViews(String hrSchoolId, JsonNode moves) {
        String office = users.staffingOffice();
        String bureau = users.educationBureau();
        LocalDate today = LocalDate.now(CrossServicePlatform.clock().withZone(COUNTY_ZONE));
        // schools the submitted plan (its moves, transfers and posts) or the HR flow names stay out of these flows
        Set<String> named = new HashSet<>(Set.of(hrSchoolId));
        for (JsonNode i : planItems) {
            for (String field : List.of("schoolId", "fromSchoolId", "toSchoolId")) {
                if (i.hasNonNull(field)) {
                    named.add(i.path(field).asText());
                }
            }
        }
        moves.forEach(m -> named.add(m.path("fromSchoolId").asText()));
        Map<String, JsonNode> quotas = byId(api.get(Service.QUOTA, "/quotas", office));

        // a regulation of a branch with a principal and a party secretary: 2 leadership posts floor the school's quota
        SchoolSpec adjusted = county.schools().stream()
                .filter(s -> !named.contains(s.id()) && quotas.get(s.id()).path("allocated").asInt() >= 4).findFirst().orElseThrow();
        named.add(adjusted.id());
        ObjectNode regulation = Api.object().put("effectiveFrom", today.toString()).put("partyOrganisation", "PARTY_BRANCH");
        regulation.putArray("functions").add("实施义务教育").add("落实立德树人根本任务，开展教育教学研究和教师队伍建设");
        regulation.putArray("leadershipPosts").add(Api.object().put("role", "PRINCIPAL").put("count", 1))
                .add(Api.object().put("role", "PARTY_SECRETARY").put("count", 1));
        api.put(Service.QUOTA, "/schools/" + adjusted.id() + "/regulation", office, regulation);

        // a school with vacant teaching posts, as recruitment-service knows them
        Set<String> vacant = new HashSet<>();
        api.get(Service.POST, "/vacancies?category=TEACHING", bureau).forEach(v -> vacant.add(v.path("schoolId").asText()));
        String campaignSchool = county.schools().stream().map(SchoolSpec::id)
                .filter(id -> vacant.contains(id) && !named.contains(id)).findFirst().orElseThrow();
        named.add(campaignSchool);
        waits.until("recruitment-service to know the vacant posts of school " + campaignSchool, FOLLOW, () ->
                api.get(Service.RECRUITMENT, "/posts?schoolId=" + campaignSchool + "&vacant=true", bureau).isEmpty() ? "none yet" : null);

        // a teacher of a school no plan item names, not moved, not seconded, the only one of that name there
        Set<String> seconded = new HashSet<>();
        county.secondments().forEach(s -> seconded.add(s.teacherId()));
        CountyModel.TeacherSpec teacher = county.teachers().stream()
                .filter(t -> !named.contains(t.schoolId()) && !seconded.contains(t.id()))
                .filter(t -> county.teachers().stream().filter(o -> o.schoolId().equals(t.schoolId()) && o.name().equals(t.name())).count() == 1)
                .findFirst().orElseThrow();

        String lead = county.communities().get(0).leadSchoolId();

        // the next school year's draft: one post to establish, which the flow removes
        String[] years = county.currentYear().split("-");
        String nextYear = (Integer.parseInt(years[0]) + 1) + "-" + (Integer.parseInt(years[1]) + 1);
        ObjectNode draft = Api.object().put("schoolYear", nextYear);
        draft.putArray("items").addObject().put("kind", "POST_CHANGE").put("schoolId", adjusted.id()).put("action", "ESTABLISH")
                .put("category", "TEACHING").put("subject", "MATHEMATICS").put("count", 1).put("reason", "增设数学教学岗位一个");
        String draftPlanId = api.post(Service.RECRUITMENT, "/plans", bureau, draft).path("planId").asText();
        progress.say("  for the newer views: regulation at " + adjusted.id() + ", campaign at " + campaignSchool + ", draft plan "
                + draftPlanId + " of " + nextYear);
        return new NewViews(today, adjusted.id(), 2, campaignSchool, teacher.schoolId(), teacher.name(), users.school(lead), draftPlanId);
    }

    /** The bureau resubmits the rejected plan unchanged but for the staffing office's remark; version 2 awaits it. */
    void resubmit() {
        JsonNode plan = awaitRecruitmentStatus("REJECTED");
        api.put(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau(), Api.object().set("items", planItems));
        submit();
        awaitQuotaReview(plan.path("version").asInt() + 1);
    }

    private ArrayNode items(JsonNode moves) {
        String bureau = users.educationBureau();
        awaitPostServiceFollows();
        Map<String, JsonNode> quotas = byId(api.get(Service.QUOTA, "/quotas", bureau));
        Map<String, JsonNode> summaries = byId(api.get(Service.POST, "/post-summaries", bureau));
        Map<String, List<String>> vacant = new HashMap<>();
        api.get(Service.POST, "/vacancies?category=TEACHING", bureau)
                .forEach(v -> vacant.computeIfAbsent(v.path("schoolId").asText(), k -> new ArrayList<>()).add(v.path("postId").asText()));
        List<PlanDrafting.SchoolState> states = new ArrayList<>();
        for (SchoolSpec s : county.schools()) {
            JsonNode q = quotas.get(s.id());
            JsonNode p = summaries.get(s.id());
            List<String> frozen = new ArrayList<>();
            if (p.path("frozen").asInt() > 0) {
                api.get(Service.POST, "/schools/" + s.id() + "/posts?status=FROZEN", bureau).forEach(f -> frozen.add(f.path("postId").asText()));
            }
            states.add(new PlanDrafting.SchoolState(s.id(), s.pool(), q.path("allocated").asInt(), q.path("staffAppointed").asInt(),
                    p.path("established").asInt(), vacant.getOrDefault(s.id(), List.of()), frozen));
        }
        List<PlanDrafting.Move> planned = new ArrayList<>();
        moves.forEach(m -> planned.add(new PlanDrafting.Move(m.path("teacherId").asText(), m.path("fromSchoolId").asText(),
                m.path("fromPostId").asText(), m.path("toSchoolId").asText(), m.path("toPostId").asText())));
        PlanDrafting.Draft draft = PlanDrafting.draft(states, planned);
        ArrayNode items = Api.array();
        api.get(Service.RECRUITMENT, "/plans/" + planId, bureau).path("items").forEach(i -> {
            if ("TEACHER_MOVE".equals(i.path("kind").asText())) {
                items.add(i);
            }
        });
        for (PlanDrafting.Transfer t : draft.transfers()) {
            items.addObject().put("kind", "QUOTA_TRANSFER").put("fromSchoolId", t.fromSchoolId()).put("toSchoolId", t.toSchoolId())
                    .put("amount", t.amount()).put("reason", "编制随人走：" + t.fromSchoolId() + " 调剂 " + t.amount() + " 名编制给 " + t.toSchoolId());
        }
        for (Map.Entry<String, List<String>> e : draft.abolitions().entrySet()) {
            ObjectNode item = items.addObject().put("kind", "POST_CHANGE").put("schoolId", e.getKey()).put("action", "ABOLISH")
                    .put("category", "TEACHING").put("reason", "岗位数不得超过调整后的编制数");
            e.getValue().forEach(item.putArray("postIds")::add);
        }
        return items;
    }

    private void submit() {
        JsonNode plan = api.get(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau());
        LocalDate deadline = LocalDate.parse(plan.path("submissionDeadline").asText());
        ObjectNode body = Api.object();
        // late or on time, whichever today is: the flows do not depend on the date
        if (LocalDate.now(CrossServicePlatform.clock().withZone(COUNTY_ZONE)).isAfter(deadline)) {
            body.put("late", true).put("lateReason", "轮岗方案在报送期限之后方完成，方案逾期报送");
        }
        api.post(Service.RECRUITMENT, "/plans/" + planId + "/submit", users.educationBureau(), body);
    }

    private void awaitQuotaReview(int version) {
        waits.until("the staffing office's review of plan version " + version, FOLLOW, () -> {
            Api.Reply reply = api.call(Service.QUOTA, "GET", "/plans/" + planId, users.staffingOffice(), null);
            return reply.ok() && reply.body().path("version").asInt() == version && "PENDING".equals(reply.body().path("status").asText())
                    ? null : "not yet pending (" + reply.status() + ")";
        });
    }

    private JsonNode awaitRecruitmentStatus(String status) {
        JsonNode[] plan = new JsonNode[1];
        waits.until("the bureau's plan " + status, FOLLOW, () -> {
            plan[0] = api.get(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau());
            return status.equals(plan[0].path("status").asText()) ? null : plan[0].path("status").asText();
        });
        return plan[0];
    }

    private JsonNode awaitPlanWithMoves(JsonNode moves) {
        Set<String> moveIds = new HashSet<>();
        moves.forEach(m -> moveIds.add(m.path("moveId").asText()));
        JsonNode[] plan = new JsonNode[1];
        waits.until("the round's moves in the bureau's draft plan", FOLLOW, () -> {
            for (JsonNode p : api.get(Service.RECRUITMENT, "/plans?schoolYear=" + county.currentYear(), users.educationBureau())) {
                Set<String> inPlan = new HashSet<>();
                p.path("items").forEach(i -> inPlan.add(i.path("moveId").asText()));
                if (inPlan.containsAll(moveIds)) {
                    plan[0] = p;
                    return null;
                }
            }
            return "moves not yet in the plan";
        });
        return plan[0];
    }

    private void awaitPostServiceFollows() {
        waits.until("post-service to follow the quotas and appointments", FOLLOW, () -> {
            Map<String, JsonNode> quotas = byId(api.get(Service.QUOTA, "/quotas", users.hr()));
            int behind = 0;
            for (JsonNode s : api.get(Service.POST, "/post-summaries", users.hr())) {
                JsonNode q = quotas.get(s.path("schoolId").asText());
                if (q != null && (q.path("allocated").asInt() != s.path("quota").asInt()
                        || q.path("staffAppointed").asInt() != s.path("occupied").asInt())) {
                    behind++;
                }
            }
            return behind == 0 ? null : behind + " schools differ";
        });
    }

    private void awaitRotationFollows() {
        awaitPostServiceFollows();
        waits.until("rotation-service to follow quotas and appointments", FOLLOW, () -> {
            Map<String, JsonNode> quotas = byId(api.get(Service.QUOTA, "/quotas", users.educationBureau()));
            int behind = 0;
            for (SchoolSpec s : county.schools()) {
                JsonNode picture = api.get(Service.ROTATION, "/schools/" + s.id() + "/staffing", users.educationBureau());
                JsonNode q = quotas.get(s.id());
                if (picture.path("quota").asInt(-1) != q.path("allocated").asInt()
                        || picture.path("staff").asInt() != q.path("staffAppointed").asInt()) {
                    behind++;
                }
            }
            return behind == 0 ? null : behind + " schools differ";
        });
    }

    private static Map<String, JsonNode> byId(JsonNode rows) {
        Map<String, JsonNode> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.path("schoolId").asText(), r));
        return byId;
    }
}
