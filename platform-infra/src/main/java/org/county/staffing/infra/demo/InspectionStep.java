package org.county.staffing.infra.demo;

import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/** 10. The staffing office's special inspection of the year (one per year, found again when it exists). */
final class InspectionStep implements CycleStep {

    @Override
    public String name() {
        return "inspection";
    }

    @Override
    public String title(CycleRun run) {
        return "Special inspection by the staffing office";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        String note = run.year + " 学年专项督查";
        JsonNode inspection = null;
        for (JsonNode i : api.get(Service.QUOTA, "/inspections", run.users.staffingOffice())) {
            if (note.equals(i.path("note").asText())) {
                inspection = api.get(Service.QUOTA, "/inspections/" + i.path("id").asText(), run.users.staffingOffice());
            }
        }
        if (inspection == null) {
            inspection = api.expect(Service.QUOTA, "POST", "/inspections", run.users.staffingOffice(),
                    Api.object().put("note", note), 201);
        }
        run.report.inspection = inspection;
        run.progress.say("  " + inspection.path("schoolsInspected").asInt() + " schools inspected: " + inspection.path("findings").size()
                + " findings " + inspection.path("counts"));
    }
}
