package org.county.staffing.recruitment.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** The plan as the API shows it and the payloads of the plan events. */
public final class PlanViews {

    private PlanViews() {
    }

    public record DecisionView(Department department, String decision, List<String> reasons, JsonNode checks, String actor,
                               OffsetDateTime decidedAt) {
    }

    public record VersionView(int version, OffsetDateTime submittedAt, String submittedBy, boolean late, String lateReason,
                              LocalDate effectiveDate, PlanStatus outcome, List<PlanItem> items, List<DecisionView> decisions) {
    }

    /** Status, the current version's decisions, who is still to decide, and every submitted version. */
    public record PlanView(UUID planId, String countyId, String schoolYear, PlanStatus status, int version,
                           LocalDate effectiveDate, LocalDate submissionDeadline, boolean late, String lateReason,
                           OffsetDateTime submittedAt, boolean overdue, OffsetDateTime overdueSince, LocalDate executedOn,
                           List<PlanItem> items, List<DecisionView> decisions, List<Department> waitingFor,
                           List<VersionView> history) {
    }

    /** {@code recruitment.plan.submitted.v1}. */
    public record Submitted(UUID planId, String countyId, String schoolYear, int version, boolean late, String lateReason,
                            LocalDate effectiveDate, List<PlanItem> items) {
    }

    public record Approval(Department department, String actor, OffsetDateTime decidedAt) {
    }

    /** {@code recruitment.plan.approved.v1}. */
    public record Approved(UUID planId, int version, String schoolYear, List<Approval> approvals) {
    }

    /** {@code recruitment.plan.rejected.v1}. */
    public record Rejected(UUID planId, int version, Department department, List<String> reasons) {
    }

    /** {@code recruitment.plan.executed.v1}. */
    public record Executed(UUID planId, int version, String schoolYear, LocalDate executedOn, List<PlanItem> items) {
    }

    /** {@code recruitment.plan.overdue.v1}. */
    public record Overdue(UUID planId, int version, OffsetDateTime waitingSince, List<Department> waitingFor) {
    }
}
