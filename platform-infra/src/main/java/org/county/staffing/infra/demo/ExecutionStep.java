package org.county.staffing.infra.demo;

import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 9. The bureau executes the approved plan; each department carries out its part from the plan's
 * event. Moves are carried out by their form: transfers and paired exchanges move at once,
 * support teaching, shadowing and itinerant teaching are assignments that keep the home post, and
 * each competition is an internal campaign the bureau then runs ({@link Competitions}).
 */
final class ExecutionStep implements CycleStep {

    @Override
    public String name() {
        return "execution";
    }

    @Override
    public String title(CycleRun run) {
        return "Execution of the approved plan";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        String planId = run.planId;
        JsonNode plan = api.get(Service.RECRUITMENT, "/plans/" + planId, run.users.educationBureau());
        if (!"EXECUTED".equals(plan.path("status").asText())) {
            plan = api.post(Service.RECRUITMENT, "/plans/" + planId + "/execution", run.users.educationBureau(), null);
        }
        CycleReport report = run.report;
        report.plan = plan;
        report.planItems.clear();
        plan.path("items").forEach(i -> report.planItems.merge(i.path("kind").asText(), 1, Integer::sum));
        // the round's moves the plan holds (the bureau may have taken some out that their pool could not hold)
        int moves = report.planItems.getOrDefault("TEACHER_MOVE", 0);
        JsonNode[] quotaView = new JsonNode[1];
        run.waits.until("the departments to carry out their parts of the plan", CycleRun.FOLLOW, () -> {
            quotaView[0] = api.get(Service.QUOTA, "/plans/" + planId, run.users.staffingOffice());
            if (quotaView[0].path("executionStatus").isMissingNode() || quotaView[0].path("executionStatus").isNull()) {
                return "quota-service has not applied the quota transfers";
            }
            JsonNode postView = api.get(Service.POST, "/plans/" + planId, run.users.hr());
            if (!"EXECUTED".equals(postView.path("status").asText())) {
                return "post-service has not applied the post changes";
            }
            int started = api.get(Service.ROTATION, "/rotations?schoolYear=" + run.year, run.users.educationBureau()).size();
            return started >= moves ? null : "rotation-service recorded " + started + " of " + moves + " rotations";
        });
        int competitions = Competitions.runOpen(run, plan);
        if (competitions > 0) {
            run.progress.say("  " + competitions + " internal competitions run: applications, scores, offers, acceptances");
            plan = api.get(Service.RECRUITMENT, "/plans/" + planId, run.users.educationBureau());
            report.plan = plan;
        }
        report.moveOutcomes.clear();
        report.moveOutcomes.putAll(Competitions.outcomes(plan));
        report.assignments = api.get(Service.RECRUITMENT, "/assignments", run.users.educationBureau());
        run.awaitPostServiceFollows();
        report.end = run.snapshot();
        report.poolsEnd = api.get(Service.QUOTA, "/pools", run.users.staffingOffice());
        JsonNode ledger = api.get(Service.QUOTA, "/ledger?reference=" + planId + "&kind=TRANSFER", run.users.staffingOffice());
        int moved = 0;
        for (JsonNode e : ledger) {
            moved += Math.max(0, e.path("delta").asInt());
        }
        int abolished = 0;
        for (JsonNode i : plan.path("items")) {
            abolished += "POST_CHANGE".equals(i.path("kind").asText()) ? i.path("postIds").size() : 0;
        }
        int started = api.get(Service.ROTATION, "/rotations?schoolYear=" + run.year, run.users.educationBureau()).size();
        report.execution = new CycleReport.Execution(quotaView[0].path("executionStatus").asText(), ledger.size() / 2, moved,
                abolished, started);
        long over = report.end.stream().filter(CycleReport.SchoolLine::overStaffed).count();
        run.progress.say("  executed on " + plan.path("executedOn").asText() + ": " + moves + " teacher moves " + report.moveOutcomes
                + ", " + moved + " quotas transferred, " + abolished + " posts abolished; " + over + " schools over-staffed now");
    }
}
