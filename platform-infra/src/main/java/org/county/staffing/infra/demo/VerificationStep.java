package org.county.staffing.infra.demo;

import java.util.List;

import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/** 2. The staffing office's triennial verification of both pools, proposed and approved. */
final class VerificationStep implements CycleStep {

    @Override
    public String name() {
        return "verification";
    }

    @Override
    public String title(CycleRun run) {
        return "Triennial verification " + run.year + " by the staffing office";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        // post-service holds every appointment before quotas move: a post the verification freezes is a vacant one
        run.awaitPostServiceFollows();
        JsonNode existing = api.get(Service.QUOTA, "/verifications?schoolYear=" + run.year, run.users.staffingOffice());
        for (String pool : List.of("K12", "OTHER")) {
            JsonNode approved = CountyLoader.find(existing, pool, "APPROVED");
            if (approved == null) {
                JsonNode proposal = CountyLoader.find(existing, pool, "PROPOSED");
                if (proposal == null) {
                    proposal = api.post(Service.QUOTA, "/verifications", run.users.staffingOffice(), Api.object()
                            .put("schoolYear", run.year).put("kind", "TRIENNIAL").put("pool", pool));
                }
                approved = api.post(Service.QUOTA, "/verifications/" + proposal.path("id").asText() + "/approval",
                        run.users.staffingOffice(), null);
            }
            JsonNode v = api.get(Service.QUOTA, "/verifications/" + approved.path("id").asText(), run.users.staffingOffice());
            int raised = 0;
            int lowered = 0;
            int same = 0;
            int floors = 0;
            for (JsonNode line : v.path("schools")) {
                int delta = line.path("delta").asInt();
                raised += delta > 0 ? 1 : 0;
                lowered += delta < 0 ? 1 : 0;
                same += delta == 0 ? 1 : 0;
                floors += line.path("rule").asText().contains("SMALL_SCHOOL_FLOOR") ? 1 : 0;
            }
            run.report.verifications.add(new CycleReport.Verification(pool, run.year, v.path("requiredTotal").asInt(),
                    v.path("proposedTotal").asInt(), v.path("poolTotal").asInt(), v.path("poolShortfall").asInt(), raised,
                    lowered, same, floors));
            run.progress.say("  pool " + pool + ": " + v.path("requiredTotal").asInt() + " required by the standards, "
                    + v.path("proposedTotal").asInt() + " allocated (pool " + v.path("poolTotal").asInt() + "); "
                    + raised + " schools up, " + lowered + " down, " + same + " unchanged");
        }
        run.awaitPostServiceFollows();
        run.report.afterVerification = run.snapshot();
        long over = run.report.afterVerification.stream().filter(CycleReport.SchoolLine::overStaffed).count();
        long under = run.report.afterVerification.stream().filter(CycleReport.SchoolLine::underStaffed).count();
        run.progress.say("  now " + over + " schools over-staffed (超编) and " + under + " under-staffed (缺编)");
    }
}
