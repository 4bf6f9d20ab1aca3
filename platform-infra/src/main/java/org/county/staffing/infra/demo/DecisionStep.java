package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 8. The staffing office and HR decide the plan: the first version is rejected with the failed
 * checks as reasons, the bureau corrects and resubmits it, both approve the corrected version.
 */
final class DecisionStep implements CycleStep {

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public String title(CycleRun run) {
        return "Decisions of the staffing office and HR";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        String bureau = run.users.educationBureau();
        JsonNode plan = api.get(Service.RECRUITMENT, "/plans/" + run.planId, bureau);
        if (plan.path("status").asText().equals("SUBMITTED") && plan.path("version").asInt() == 1) {
            decideFirstVersion(run);
            plan = awaitPlanStatus(run, "REJECTED", "APPROVED");
        }
        if ("REJECTED".equals(plan.path("status").asText())) {
            correctAndResubmit(run, plan);
            plan = api.get(Service.RECRUITMENT, "/plans/" + run.planId, bureau);
        }
        if ("SUBMITTED".equals(plan.path("status").asText())) {
            decideCorrectedVersion(run, plan.path("version").asInt());
            awaitPlanStatus(run, "APPROVED");
        }
        JsonNode settled = api.get(Service.RECRUITMENT, "/plans/" + run.planId, bureau);
        run.report.decisions.clear();
        for (JsonNode v : settled.path("history")) {
            for (JsonNode d : v.path("decisions")) {
                List<String> reasons = new ArrayList<>();
                d.path("reasons").forEach(r -> reasons.add(r.asText()));
                run.report.decisions.add(new CycleReport.Decision(v.path("version").asInt(), d.path("department").asText(),
                        d.path("decision").asText(), reasons));
            }
        }
        run.progress.say("  plan " + settled.path("status").asText() + " at version " + settled.path("version").asInt());
    }

    /** Both departments decide version 1: the staffing office on its quota check, HR on its post check. */
    private static void decideFirstVersion(CycleRun run) {
        JsonNode quotaView = awaitReview(run, Service.QUOTA, run.users.staffingOffice(), 1);
        if (quotaView.path("status").asText().equals("PENDING")) {
            decide(run, Service.QUOTA, run.users.staffingOffice(), 1, quotaView.path("blockingChecksPassed").asBoolean(),
                    failed(quotaView, true), List.of("编制调剂均在同一编制池内，县域编制总量不变"));
        }
        JsonNode postView = awaitReview(run, Service.POST, run.users.hr(), 1);
        if (postView.path("status").asText().equals("PENDING")) {
            decide(run, Service.POST, run.users.hr(), 1, postView.path("checksPassed").asBoolean(), failed(postView, false), List.of());
        }
    }

    private static void correctAndResubmit(CycleRun run, JsonNode plan) {
        if (run.draft == null) {
            run.draft = PlanStep.fitQuotaAndPosts(run, plan).draft();
        }
        ArrayNode items = Api.array();
        plan.path("items").forEach(i -> {
            if (!"POST_CHANGE".equals(i.path("kind").asText())) {
                items.add(i);
            }
        });
        int abolished = 0;
        for (Map.Entry<String, List<String>> e : run.draft.abolitions().entrySet()) {
            ObjectNode item = items.addObject().put("kind", "POST_CHANGE").put("schoolId", e.getKey()).put("action", "ABOLISH")
                    .put("category", "TEACHING")
                    .put("reason", "岗位数不得超过调整后的编制数：核减 " + e.getValue().size() + " 个空缺、冻结或随人调出的岗位");
            e.getValue().forEach(item.putArray("postIds")::add);
            abolished += e.getValue().size();
        }
        run.api.put(Service.RECRUITMENT, "/plans/" + run.planId, run.users.educationBureau(), Api.object().set("items", items));
        PlanStep.submit(run);
        run.progress.say("  the bureau corrected the plan: " + abolished + " posts at " + run.draft.abolitions().size()
                + " schools abolished so that no school keeps more posts than quota; resubmitted");
    }

    private static void decideCorrectedVersion(CycleRun run, int version) {
        JsonNode quotaView = awaitReview(run, Service.QUOTA, run.users.staffingOffice(), version);
        if ("PENDING".equals(quotaView.path("status").asText())) {
            if (!quotaView.path("blockingChecksPassed").asBoolean()) {
                throw new IllegalStateException("the staffing office's check of version " + version + " fails: " + failed(quotaView, true));
            }
            decide(run, Service.QUOTA, run.users.staffingOffice(), version, true, List.of(), List.of());
        }
        run.listener.checkpoint(AnnualCycle.STAFFING_OFFICE_APPROVED);
        JsonNode postView = awaitReview(run, Service.POST, run.users.hr(), version);
        if ("PENDING".equals(postView.path("status").asText())) {
            if (!postView.path("checksPassed").asBoolean()) {
                throw new IllegalStateException("HR's check of version " + version + " fails: " + failed(postView, false));
            }
            decide(run, Service.POST, run.users.hr(), version, true, List.of(), List.of());
        }
    }

    private static void decide(CycleRun run, Service service, String user, int version, boolean approve, List<String> failures,
                               List<String> remarks) {
        ObjectNode body = Api.object().put("decision", approve ? "APPROVE" : "REJECT").put("version", version);
        ArrayNode reasons = body.putArray("reasons");
        (approve ? remarks : failures).forEach(reasons::add);
        run.api.post(service, "/plans/" + run.planId + "/decision", user, body);
        run.progress.say("  " + (service == Service.QUOTA ? "staffing office" : "HR") + " " + (approve ? "approved" : "rejected")
                + " version " + version + (approve ? "" : ": " + String.join("; ", failures)));
    }

    /**
     * The failed checks of a review as the reasons of a rejection: one reason per finding of a
     * check (in Chinese and English), at most 20, each within the 1,000 characters a reason may have.
     */
    static List<String> failed(JsonNode review, boolean blockingOnly) {
        List<String> reasons = new ArrayList<>();
        int more = 0;
        for (JsonNode c : review.path("checks")) {
            if (c.path("passed").asBoolean() || (blockingOnly && !c.path("blocking").asBoolean(true))) {
                continue;
            }
            String[] zh = c.path("detailZh").asText("").split("；");
            String[] en = c.path("detail").asText("").split("; ");
            for (int i = 0; i < Math.max(zh.length, en.length); i++) {
                String text = c.path("rule").asText() + "：" + (i < zh.length ? zh[i] : "") + (i < en.length ? " (" + en[i] + ")" : "");
                if (reasons.size() < 19) {
                    reasons.add(Api.abbreviate(text, 990));
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            reasons.add("另有 " + more + " 处不符合 (" + more + " more findings)");
        }
        return reasons;
    }

    private static JsonNode awaitReview(CycleRun run, Service service, String user, int version) {
        JsonNode[] view = new JsonNode[1];
        run.waits.until(service.serviceName + " to receive version " + version + " of the plan", CycleRun.FOLLOW, () -> {
            Api.Reply reply = run.api.call(service, "GET", "/plans/" + run.planId, user, null);
            if (reply.status() == 404) {
                return "not received yet";
            }
            if (!reply.ok()) {
                throw new Api.ApiException("GET /plans/" + run.planId + " answered " + reply.status(), reply);
            }
            view[0] = reply.body();
            return reply.body().path("version").asInt() >= version ? null : "still at version " + reply.body().path("version").asInt();
        });
        return view[0];
    }

    private static JsonNode awaitPlanStatus(CycleRun run, String... statuses) {
        JsonNode[] plan = new JsonNode[1];
        Set<String> wanted = Set.of(statuses);
        run.waits.until("the bureau's plan to be " + String.join(" or ", statuses), CycleRun.FOLLOW, () -> {
            plan[0] = run.api.get(Service.RECRUITMENT, "/plans/" + run.planId, run.users.educationBureau());
            return wanted.contains(plan[0].path("status").asText()) ? null : "plan is " + plan[0].path("status").asText()
                    + ", waiting for " + plan[0].path("waitingFor");
        });
        return plan[0];
    }
}
