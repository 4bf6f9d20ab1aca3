package org.county.staffing.infra.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The internal campaigns (内部竞聘) the executed plan opened for its COMPETITION moves, run as the
 * bureau runs them: a colleague of the planned teacher (same school, same subject, not in the plan)
 * applies too, the bureau scores both, closes the campaign, and the one offered the post accepts.
 * Most planned teachers win; one competition in ten is lost to the colleague and one is declined
 * by the planned teacher (the post then goes to the colleague), so that the report shows every
 * outcome. Lost and declined ones are chosen only where the colleague's leaving changes the
 * school's figures as the planned teacher's would: a colleague of the same school exists, and the
 * planned teacher's post is not one the plan abolishes once vacated.
 */
final class Competitions {

    /** How a competition is meant to end in the demo. */
    enum Scenario { WON, LOST, DECLINED }

    /** One open competition: its campaign, the planned teacher and the post, the colleague who applies too. */
    record Competition(String campaignId, String teacherId, String fromSchoolId, String fromPostId, String subject,
                       String colleagueId, Scenario scenario) {
    }

    private Competitions() {
    }

    /** Runs every competition of the plan still open or offering; returns how many were run. */
    static int runOpen(CycleRun run, JsonNode plan) {
        List<JsonNode> open = new ArrayList<>();
        for (JsonNode o : plan.path("moveOutcomes")) {
            String outcome = o.path("outcome").asText();
            if (outcome.equals("COMPETITION_OPEN") || outcome.equals("COMPETITION_OFFERED")) {
                open.add(o);
            }
        }
        if (open.isEmpty()) {
            return 0;
        }
        open.sort(Comparator.comparing(o -> o.path("teacherId").asText()));
        Map<String, JsonNode> moves = new HashMap<>();
        run.report.round.path("moves").forEach(m -> moves.put(m.path("teacherId").asText(), m));
        Set<String> planned = new HashSet<>();
        plan.path("items").forEach(i -> planned.add(i.path("teacherId").asText()));
        Set<String> colleagues = Collections.synchronizedSet(new HashSet<>());
        List<Competition> competitions = new ArrayList<>();
        int lost = 0;
        int declined = 0;
        for (int i = 0; i < open.size(); i++) {
            JsonNode o = open.get(i);
            JsonNode move = moves.get(o.path("teacherId").asText());
            if (move == null) {
                continue;
            }
            String colleague = colleague(run, move, planned, colleagues);
            // one lost and one declined in every ten: the first competition of the ten that allows it is
            // lost, the next declined (few allow it where the plan abolishes the posts its teachers leave)
            int tens = i / 10;
            boolean wantLost = lost <= tens;
            boolean wantDeclined = !wantLost && declined <= tens;
            Scenario scenario = Scenario.WON;
            if (colleague != null && (wantLost || wantDeclined) && !abolishedWhenVacated(run, move)) {
                scenario = wantLost ? Scenario.LOST : Scenario.DECLINED;
                lost += wantLost ? 1 : 0;
                declined += wantLost ? 0 : 1;
            }
            competitions.add(new Competition(o.path("campaignId").asText(), o.path("teacherId").asText(),
                    move.path("fromSchoolId").asText(), move.path("fromPostId").asText(), move.path("subject").asText(), colleague,
                    scenario));
        }
        String effectiveFrom = plan.path("executedOn").asText();
        run.parallel.each(competitions, c -> carryOut(run, c, effectiveFrom));
        return competitions.size();
    }

    /** A teacher of the same school and subject, active, holding a post there, in no move of the plan. */
    private static String colleague(CycleRun run, JsonNode move, Set<String> planned, Set<String> taken) {
        JsonNode teachers = run.api.get(Service.RECRUITMENT, "/teachers?schoolId=" + move.path("fromSchoolId").asText()
                + "&subject=" + move.path("subject").asText() + "&status=ACTIVE&size=500", run.users.educationBureau());
        // a seconded teacher works elsewhere for now: not a candidate for a post
        Set<String> seconded = new HashSet<>();
        run.api.get(Service.RECRUITMENT, "/secondments?schoolId=" + move.path("fromSchoolId").asText() + "&active=true",
                run.users.educationBureau()).forEach(s -> seconded.add(s.path("teacherId").asText()));
        List<String> ids = new ArrayList<>();
        for (JsonNode t : teachers) {
            String id = t.path("teacherId").asText();
            boolean holdsPostHere = move.path("fromSchoolId").asText().equals(t.path("currentAppointment").path("schoolId").asText());
            if (holdsPostHere && "TEACHING".equals(t.path("category").asText()) && !planned.contains(id) && !seconded.contains(id)) {
                ids.add(id);
            }
        }
        ids.sort(null);
        for (String id : ids) {
            if (taken.add(id)) {
                return id;
            }
        }
        return null;
    }

    /** The plan abolishes the planned teacher's post once its holder leaves (the school keeps too many posts). */
    private static boolean abolishedWhenVacated(CycleRun run, JsonNode move) {
        JsonNode post = run.api.get(Service.POST, "/posts/" + move.path("fromPostId").asText(), run.users.hr());
        JsonNode marked = post.path("abolishWhenVacatedPlan");
        return !marked.isMissingNode() && !marked.isNull();
    }

    private static void carryOut(CycleRun run, Competition c, String effectiveFrom) {
        Api api = run.api;
        String bureau = run.users.educationBureau();
        String path = "/campaigns/" + c.campaignId();
        JsonNode campaign = api.get(Service.RECRUITMENT, path, bureau);
        if ("OPEN".equals(campaign.path("status").asText())) {
            String postId = campaign.path("postIds").path(0).asText();
            JsonNode applications = api.get(Service.RECRUITMENT, path + "/applications", bureau);
            boolean colleagueIn = false;
            for (JsonNode a : applications) {
                colleagueIn |= a.path("teacherId").asText().equals(c.colleagueId());
            }
            if (c.colleagueId() != null && !colleagueIn) {
                api.post(Service.RECRUITMENT, path + "/applications", bureau,
                        Api.object().put("postId", postId).put("teacherId", c.colleagueId()));
            }
            Random random = new Random(c.campaignId().hashCode());
            for (JsonNode a : api.get(Service.RECRUITMENT, path + "/applications", bureau)) {
                if (!a.path("totalScore").isNull() && !a.path("totalScore").isMissingNode()) {
                    continue;
                }
                boolean plannedTeacher = a.path("teacherId").asText().equals(c.teacherId());
                // the planned teacher ranks first unless the demo lets the colleague win
                boolean first = plannedTeacher != (c.scenario() == Scenario.LOST);
                int base = first ? 8500 : 7000;
                api.put(Service.RECRUITMENT, path + "/applications/" + a.path("applicationId").asText() + "/score", bureau,
                        Api.object().put("written", score(base, random)).put("interview", score(base, random)));
            }
            api.post(Service.RECRUITMENT, path + "/close", bureau, null);
        }
        for (int round = 0; round < 3; round++) {
            List<JsonNode> offered = new ArrayList<>();
            api.get(Service.RECRUITMENT, path + "/applications", bureau).forEach(a -> {
                if ("OFFERED".equals(a.path("offer").asText())) {
                    offered.add(a);
                }
            });
            if (offered.isEmpty()) {
                return;
            }
            for (JsonNode a : offered) {
                String application = path + "/applications/" + a.path("applicationId").asText();
                if (c.scenario() == Scenario.DECLINED && a.path("teacherId").asText().equals(c.teacherId())) {
                    api.post(Service.RECRUITMENT, application + "/declination", bureau, null);
                } else {
                    Api.Reply accepted = api.call(Service.RECRUITMENT, "POST", application + "/acceptance", bureau,
                            Api.object().put("effectiveFrom", effectiveFrom));
                    if (!accepted.ok()) {
                        // the applicant cannot take the post now (the service says why): the offer passes on
                        run.progress.say("    " + c.campaignId() + ": acceptance refused (" + accepted.rule() + "), declined instead");
                        api.post(Service.RECRUITMENT, application + "/declination", bureau, null);
                    }
                }
            }
        }
    }

    /** A score from base/100 to base/100 + 9.99, two decimals. */
    private static BigDecimal score(int base, Random random) {
        return BigDecimal.valueOf(base + random.nextInt(1000), 2);
    }

    /** The plan's teacher moves by outcome (TRANSFERRED, ON_ASSIGNMENT, COMPETITION_WON, ...). */
    static Map<String, Integer> outcomes(JsonNode plan) {
        Map<String, Integer> counts = new TreeMap<>();
        plan.path("moveOutcomes").forEach(o -> counts.merge(o.path("outcome").asText(), 1, Integer::sum));
        return counts;
    }
}
