package org.county.staffing.infra.demo;

import org.county.staffing.infra.demo.Endpoints.Service;

/** 11. The inspectors verify the audit trail once every event of the cycle is recorded. */
final class AuditStep implements CycleStep {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String title(CycleRun run) {
        return "Audit trail verified by the inspectors";
    }

    @Override
    public void run(CycleRun run) {
        run.awaitAuditCaughtUp();
        run.report.auditStats = run.api.get(Service.AUDIT, "/audit/stats", run.users.auditor());
        run.report.auditVerify = run.api.get(Service.AUDIT, "/audit/verify", run.users.auditor());
        run.progress.say("  chain " + run.report.auditVerify.path("status").asText() + ": "
                + run.report.auditVerify.path("checked").asLong() + " records checked, head "
                + run.report.auditVerify.path("headHash").asText());
    }
}
