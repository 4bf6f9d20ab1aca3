package org.county.staffing.infra.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 7. The bureau's annual staffing and personnel adjustment plan: the round's moves, which
 * recruitment-service put into the draft, and the quota transfers they make necessary; submitted.
 */
final class PlanStep implements CycleStep {

    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String title(CycleRun run) {
        return "Annual staffing and personnel adjustment plan " + run.year;
    }

    @Override
    public void run(CycleRun run) {
        JsonNode plan = roundMovesInPlan(run);
        run.planId = plan.path("planId").asText();
        if (!"DRAFT".equals(plan.path("status").asText())) {
            run.progress.say("  plan " + run.planId + " is " + plan.path("status").asText() + " already");
            return;
        }
        // the draft's transfers and abolitions already count the allocations in each school's quota after
        PlanDrafting.Fitted fitted = fitQuotaAndPosts(run, plan);
        if (!fitted.draft().allocations().isEmpty()) {
            allocateFromPools(run, fitted.draft().allocations());
        }
        run.draft = fitted.draft();
        run.report.planUnresolved = run.draft.unresolved();
        Set<String> takenOut = new HashSet<>();
        fitted.takenOut().forEach(m -> takenOut.add(m.teacherId()));
        run.report.movesTakenOut = fitted.takenOut().size();
        if (!takenOut.isEmpty()) {
            String line = "the bureau took " + takenOut.size() + " moves out of the plan that pools short of quota cannot hold "
                    + "(quota moves only within a pool): " + fitted.takenOut().stream()
                            .map(m -> m.form() + " " + m.fromSchoolId() + " -> " + m.toSchoolId()).toList();
            run.progress.say("  " + line);
            run.report.notes.add(line);
        }
        ArrayNode items = moveItems(plan, takenOut);
        for (PlanDrafting.Transfer t : run.draft.transfers()) {
            items.addObject().put("kind", "QUOTA_TRANSFER").put("fromSchoolId", t.fromSchoolId()).put("toSchoolId", t.toSchoolId())
                    .put("amount", t.amount()).put("reason", "有减有增：" + t.fromSchoolId() + " 调剂 " + t.amount()
                            + " 名编制给超编学校 " + t.toSchoolId() + "，编制随人走");
        }
        run.api.put(Service.RECRUITMENT, "/plans/" + run.planId, run.users.educationBureau(), Api.object().set("items", items));
        submit(run);
        run.progress.say("  version 1 submitted: " + (run.report.round.path("moves").size() - takenOut.size()) + " teacher moves, "
                + run.draft.transfers().size() + " quota transfers ("
                + run.draft.transfers().stream().mapToInt(PlanDrafting.Transfer::amount).sum() + " quotas)");
    }

    private static JsonNode currentPlan(CycleRun run) {
        JsonNode found = null;
        for (JsonNode p : run.api.get(Service.RECRUITMENT, "/plans?schoolYear=" + run.year, run.users.educationBureau())) {
            if (found == null || !"EXECUTED".equals(found.path("status").asText())) {
                found = p;
            }
        }
        return found;
    }

    /** The year's plan with the round's moves: recruitment-service adds a proposed round's moves to the draft. */
    private static JsonNode roundMovesInPlan(CycleRun run) {
        Set<String> moveIds = new HashSet<>();
        for (JsonNode m : run.report.round.path("moves")) {
            moveIds.add(m.path("moveId").asText());
        }
        JsonNode[] plan = new JsonNode[1];
        run.waits.until("the round's moves in the bureau's draft plan", CycleRun.FOLLOW, () -> {
            plan[0] = currentPlan(run);
            if (plan[0] == null) {
                return "no plan of " + run.year + " yet";
            }
            Set<String> inPlan = new HashSet<>();
            plan[0].path("items").forEach(i -> inPlan.add(i.path("moveId").asText()));
            return inPlan.containsAll(moveIds) ? null : "moves not yet in the plan";
        });
        return plan[0];
    }

    /**
     * The staffing office allocates what no school of a pool could give from the pool's unallocated
     * quota (机动编制), the plan's reference in the ledger.
     */
    private static void allocateFromPools(CycleRun run, List<PlanDrafting.Allocation> allocations) {
        for (PlanDrafting.Allocation a : allocations) {
            run.api.post(Service.QUOTA, "/schools/" + a.schoolId() + "/quota/adjustments", run.users.staffingOffice(),
                    Api.object().put("delta", a.amount()).put("reference", run.planId)
                            .put("reason", "编制池机动编制核增 " + a.amount() + " 名：同一编制池内已无学校可调剂，保障年度调整方案后在岗人员与保留岗位均在编制内"));
        }
        int total = allocations.stream().mapToInt(PlanDrafting.Allocation::amount).sum();
        run.report.quotaFromPools = total;
        run.progress.say("  the staffing office allocated " + total + " quotas from the pools' unallocated quota to "
                + allocations.size() + " schools no school of their pool could give to");
    }

    private static ArrayNode moveItems(JsonNode plan, Set<String> takenOut) {
        ArrayNode items = Api.array();
        plan.path("items").forEach(i -> {
            if ("TEACHER_MOVE".equals(i.path("kind").asText()) && !takenOut.contains(i.path("teacherId").asText())) {
                items.add(i);
            }
        });
        return items;
    }

    /** Submits the plan's current version, marked late with a reason once the county's deadline has passed. */
    static void submit(CycleRun run) {
        JsonNode plan = run.api.get(Service.RECRUITMENT, "/plans/" + run.planId, run.users.educationBureau());
        LocalDate deadline = LocalDate.parse(plan.path("submissionDeadline").asText());
        ObjectNode body = Api.object();
        if (LocalDate.now(run.clock.withZone(COUNTY_ZONE)).isAfter(deadline)) {
            body.put("late", true).put("lateReason", "本学年编制三年一核定与交流轮岗方案在 " + deadline
                    + " 之后方完成，方案逾期报送");
        }
        run.api.post(Service.RECRUITMENT, "/plans/" + run.planId + "/submit", run.users.educationBureau(), body);
    }

    /**
     * The quota transfers, allocations and post abolitions the plan's moves make necessary, from the
     * departments' current figures, and the moves taken out that pools short of quota cannot hold.
     */
    static PlanDrafting.Fitted fitQuotaAndPosts(CycleRun run, JsonNode plan) {
        Api api = run.api;
        String bureau = run.users.educationBureau();
        run.awaitPostServiceFollows();
        Map<String, JsonNode> quotas = CycleRun.byId(api.get(Service.QUOTA, "/quotas", bureau));
        Map<String, JsonNode> summaries = CycleRun.byId(api.get(Service.POST, "/post-summaries", bureau));
        Map<String, Integer> leadership = new HashMap<>();
        api.get(Service.QUOTA, "/regulations", bureau)
                .forEach(r -> leadership.put(r.path("schoolId").asText(), r.path("leadershipTotal").asInt()));
        Map<String, List<String>> vacant = new HashMap<>();
        api.get(Service.POST, "/vacancies?category=TEACHING", bureau)
                .forEach(v -> vacant.computeIfAbsent(v.path("schoolId").asText(), k -> new ArrayList<>()).add(v.path("postId").asText()));
        List<PlanDrafting.SchoolState> states = run.parallel.map(run.county.schools(), s -> {
            JsonNode q = quotas.get(s.id());
            JsonNode p = summaries.get(s.id());
            List<String> frozen = new ArrayList<>();
            if (p.path("frozen").asInt() > 0) {
                // a leadership post the regulation approves is never abolished by the drafting
                api.get(Service.POST, "/schools/" + s.id() + "/posts?status=FROZEN", bureau).forEach(f -> {
                    if (!f.path("leadershipRole").isTextual()) {
                        frozen.add(f.path("postId").asText());
                    }
                });
            }
            return new PlanDrafting.SchoolState(s.id(), s.pool(), q.path("allocated").asInt(), q.path("staffAppointed").asInt(),
                    p.path("established").asInt(), vacant.getOrDefault(s.id(), List.of()), frozen,
                    leadership.getOrDefault(s.id(), 0));
        });
        Map<String, Integer> unallocated = new HashMap<>();
        api.get(Service.QUOTA, "/pools", run.users.staffingOffice())
                .forEach(p -> unallocated.put(p.path("pool").asText(), p.path("free").asInt()));
        List<PlanDrafting.Move> moves = new ArrayList<>();
        plan.path("items").forEach(m -> {
            if ("TEACHER_MOVE".equals(m.path("kind").asText())) {
                moves.add(new PlanDrafting.Move(m.path("teacherId").asText(), m.path("fromSchoolId").asText(),
                        m.path("fromPostId").asText(), m.path("toSchoolId").asText(), m.path("toPostId").asText(),
                        m.path("form").isTextual() ? m.path("form").asText() : null));
            }
        });
        return PlanDrafting.fit(states, moves, unallocated);
    }
}
