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

    /**
     * Status, the current version's decisions, who is still to decide, every submitted version and,
     * once executed, what became of each teacher move ({@code moveOutcomes}).
     */
    public record PlanView(UUID planId, String countyId, String schoolYear, PlanStatus status, int version,
                           LocalDate effectiveDate, LocalDate submissionDeadline, boolean late, String lateReason,
                           OffsetDateTime submittedAt, boolean overdue, OffsetDateTime overdueSince, LocalDate executedOn,
                           List<PlanItem> items, List<DecisionView> decisions, List<Department> waitingFor,
                           List<VersionView> history, List<MoveOutcome> moveOutcomes) {
    }
}
