package org.county.staffing.infra.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 4. The bureau's open recruitment campaign for the vacancies rotation cannot fill: graduates
 * apply, are scored, ranked and offered the posts, and accept.
 */
final class RecruitmentStep implements CycleStep {

    @Override
    public String name() {
        return "recruitment";
    }

    @Override
    public String title(CycleRun run) {
        return "Recruitment campaign for the vacancies rotation cannot fill";
    }

    private static String campaignTitle(CycleRun run) {
        return run.year + " 学年教师公开招聘";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        run.awaitRotationFollows();
        JsonNode campaign = null;
        for (JsonNode c : api.get(Service.RECRUITMENT, "/campaigns", run.users.educationBureau())) {
            if (campaignTitle(run).equals(c.path("title").asText())) {
                campaign = c;
            }
        }
        Map<String, Integer> reasons = new TreeMap<>();
        if (campaign == null && !api.get(Service.ROTATION, "/rounds?schoolYear=" + run.year, run.users.educationBureau()).isEmpty()) {
            // the year's round is planned already (a run again on a year that is done): recruiting is decided before it
            run.report.campaign = new CycleReport.Campaign(null, 0, 0, 0, reasons);
            run.progress.say("  the year's rotation round is planned already: no campaign opened now");
            return;
        }
        if (campaign == null) {
            List<String> posts = campaignPosts(run, reasons);
            if (posts.isEmpty()) {
                run.report.campaign = new CycleReport.Campaign(null, 0, 0, 0, reasons);
                run.progress.say("  no campaign: of the vacancies a simulated round leaves unmet " + reasons
                        + ", none is left for want of a teacher within the quota its pool has left for recruits");
                return;
            }
            run.awaitRecruitmentFollows(posts);
            OffsetDateTime now = OffsetDateTime.now(run.clock);
            ObjectNode body = Api.object().put("kind", "OPEN").put("title", campaignTitle(run))
                    .put("opensAt", now.minusMinutes(5).toString()).put("closesAt", now.plusDays(30).toString());
            ArrayNode ids = body.putArray("postIds");
            posts.forEach(ids::add);
            body.putObject("weights").put("written", 60).put("interview", 40);
            campaign = api.post(Service.RECRUITMENT, "/campaigns", run.users.educationBureau(), body);
            run.progress.say("  open campaign for " + posts.size() + " posts");
        }
        String id = campaign.path("campaignId").asText();
        if (!"CLOSED".equals(campaign.path("status").asText())) {
            runCampaign(run, id, campaign);
        }
        JsonNode applications = api.get(Service.RECRUITMENT, "/campaigns/" + id + "/applications", run.users.educationBureau());
        int hired = 0;
        for (JsonNode a : applications) {
            hired += "ACCEPTED".equals(a.path("offer").asText()) ? 1 : 0;
        }
        JsonNode finished = api.get(Service.RECRUITMENT, "/campaigns/" + id, run.users.educationBureau());
        run.report.campaign = new CycleReport.Campaign(id, finished.path("postIds").size(), applications.size(), hired, reasons);
        run.progress.say("  " + applications.size() + " applications, " + hired + " graduates hired and appointed");
    }

    /**
     * The vacancies to recruit for: those a simulated round leaves unmet for want of a teacher who
     * may move there (not those it leaves because the 15% are reached), no more per pool than half
     * the quota the pool has left after its over-staffed schools and the leadership posts no staff
     * holds are covered and what the round will need is kept ({@link RoundNeeds}), so that the plan
     * can still give every school quota for its staff, the leadership posts it keeps and the round's moves.
     */
    private static List<String> campaignPosts(CycleRun run, Map<String, Integer> reasons) {
        Api api = run.api;
        JsonNode simulation = run.simulateRound();
        Map<String, SchoolSpec> specs = run.specs();
        // the pools' room after their staff and what the round will need: the posts its temporary
        // teachers cover, the teachers it brings from another pool
        Map<String, Integer> budget = run.poolRoomAfter(simulation);
        // the leadership posts no one holds are counted within the quota too
        for (JsonNode summary : api.get(Service.POST, "/post-summaries", run.users.educationBureau())) {
            SchoolSpec school = specs.get(summary.path("schoolId").asText());
            JsonNode management = summary.path("byCategory").path("MANAGEMENT");
            if (school != null) {
                budget.merge(school.pool(), -(management.path("established").asInt() - management.path("occupied").asInt()),
                        Integer::sum);
            }
        }
        budget.replaceAll((pool, free) -> Math.max(0, free / 2));
        List<JsonNode> unmet = new ArrayList<>();
        simulation.path("unmet").forEach(unmet::add);
        unmet.sort(Comparator.comparing((JsonNode u) -> u.path("schoolId").asText()).thenComparing(u -> u.path("subject").asText()));
        List<String> posts = new ArrayList<>();
        for (JsonNode u : unmet) {
            String code = u.path("why").path("code").asText();
            reasons.merge(code, u.path("unmet").asInt(), Integer::sum);
            if ("TARGET_REACHED".equals(code)) {
                continue;
            }
            SchoolSpec school = specs.get(u.path("schoolId").asText());
            if (school == null) {
                continue;
            }
            int left = budget.getOrDefault(school.pool(), 0);
            int take = Math.min(left, u.path("unmet").asInt());
            if (take == 0) {
                continue;
            }
            JsonNode vacancies = api.get(Service.POST, "/vacancies?schoolId=" + school.id() + "&subject=" + u.path("subject").asText()
                    + "&category=TEACHING", run.users.educationBureau());
            List<String> ids = new ArrayList<>();
            vacancies.forEach(v -> ids.add(v.path("postId").asText()));
            ids.sort(null);
            for (String postId : ids.subList(0, Math.min(take, ids.size()))) {
                posts.add(postId);
                budget.merge(school.pool(), -1, Integer::sum);
            }
        }
        return posts.size() > 500 ? posts.subList(0, 500) : posts;
    }

    /** Two graduates apply for each post; scores; ranking and offers; every offer accepted. */
    private static void runCampaign(CycleRun run, String id, JsonNode campaign) {
        Api api = run.api;
        String bureau = run.users.educationBureau();
        JsonNode posts = api.get(Service.RECRUITMENT, "/posts", bureau);
        Map<String, String> subjectOf = new HashMap<>();
        posts.forEach(p -> subjectOf.put(p.path("postId").asText(), p.path("subject").asText()));
        if ("OPEN".equals(campaign.path("status").asText())) {
            Map<String, Integer> applied = new HashMap<>();
            api.get(Service.RECRUITMENT, "/campaigns/" + id + "/applications", bureau)
                    .forEach(a -> applied.merge(a.path("postId").asText(), 1, Integer::sum));
            List<String> ids = new ArrayList<>();
            campaign.path("postIds").forEach(p -> ids.add(p.asText()));
            Set<String> taken = java.util.Collections.synchronizedSet(new HashSet<>());
            run.parallel.each(ids, postId -> {
                Random random = new Random(postId.hashCode());
                for (int i = applied.getOrDefault(postId, 0); i < 2; i++) {
                    CountyModel.Newcomer n = CountyGenerator.newcomer(run.county.countyId(), subjectOf.get(postId), random, taken);
                    ObjectNode candidate = Api.object().put("name", n.name()).put("gender", n.gender())
                            .put("birthDate", n.birthDate().toString()).put("idNumber", n.idNumber()).put("title", n.title());
                    n.subjects().forEach(candidate.putArray("subjects")::add);
                    ObjectNode body = Api.object().put("postId", postId);
                    body.set("candidate", candidate);
                    api.post(Service.RECRUITMENT, "/campaigns/" + id + "/applications", bureau, body);
                }
            });
            List<JsonNode> unscored = new ArrayList<>();
            api.get(Service.RECRUITMENT, "/campaigns/" + id + "/applications", bureau).forEach(a -> {
                if (a.path("totalScore").isNull() || a.path("totalScore").isMissingNode()) {
                    unscored.add(a);
                }
            });
            run.parallel.each(unscored, a -> {
                Random random = new Random(a.path("applicationId").asText().hashCode());
                api.put(Service.RECRUITMENT, "/campaigns/" + id + "/applications/" + a.path("applicationId").asText() + "/score",
                        bureau, Api.object().put("written", score(random)).put("interview", score(random)));
            });
            api.post(Service.RECRUITMENT, "/campaigns/" + id + "/close", bureau, null);
        }
        List<JsonNode> offered = new ArrayList<>();
        api.get(Service.RECRUITMENT, "/campaigns/" + id + "/applications", bureau).forEach(a -> {
            if ("OFFERED".equals(a.path("offer").asText())) {
                offered.add(a);
            }
        });
        run.parallel.each(offered, a -> api.post(Service.RECRUITMENT, "/campaigns/" + id + "/applications/"
                        + a.path("applicationId").asText() + "/acceptance", bureau,
                Api.object().put("effectiveFrom", CountyGenerator.YEAR_START.toString())));
    }

    /** A score from 60.00 to 99.99, exactly two decimals. */
    private static java.math.BigDecimal score(Random random) {
        return java.math.BigDecimal.valueOf(6000 + random.nextInt(4000), 2);
    }
}
