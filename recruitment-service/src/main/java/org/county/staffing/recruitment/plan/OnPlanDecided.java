package org.county.staffing.recruitment.plan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.recruitment.RecruitmentEvents;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The staffing office's and HR's answers to a submitted plan version. A decision that breaks a
 * saga rule (a second decision of one department, an unknown plan or version, a rejection
 * without reasons) can never be applied: it goes to the dead-letter topic naming the rule.
 */
@ApplicationScoped
public class OnPlanDecided implements EventHandler {

    private static final Logger LOG = Logger.getLogger(OnPlanDecided.class);

    @Inject
    PlanService plans;

    @Override
    public Set<String> eventTypes() {
        return Set.of(RecruitmentEvents.QUOTA_PLAN_DECIDED, RecruitmentEvents.POST_PLAN_DECIDED);
    }

    @Override
    public void handle(CloudEvent event) {
        Department expected = RecruitmentEvents.QUOTA_PLAN_DECIDED.equals(event.type()) ? Department.STAFFING_OFFICE : Department.HR;
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no data");
        }
        UUID planId;
        try {
            planId = UUID.fromString(data.path("planId").asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + ": planId is not a UUID");
        }
        if (!data.path("version").canConvertToInt() || !data.path("version").isIntegralNumber()) {
            throw new MalformedEventException(event.type() + " " + event.id() + ": version is not a whole number");
        }
        String department = data.path("department").asText(expected.name());
        if (!expected.name().equals(department)) {
            throw new MalformedEventException(event.type() + " " + event.id() + ": department " + department
                    + " does not publish " + event.type());
        }
        String decision = data.path("decision").asText();
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new MalformedEventException(event.type() + " " + event.id() + ": decision must be APPROVE or REJECT");
        }
        List<String> reasons = new ArrayList<>();
        data.path("reasons").forEach(r -> reasons.add(r.asText()));
        OffsetDateTime decidedAt = event.time() != null ? event.time().withOffsetSameInstant(ZoneOffset.UTC)
                : OffsetDateTime.now(ZoneOffset.UTC);
        if (data.hasNonNull("decidedAt")) {
            try {
                decidedAt = OffsetDateTime.parse(data.get("decidedAt").asText()).withOffsetSameInstant(ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e) {
                throw new MalformedEventException(event.type() + " " + event.id() + ": decidedAt is not an RFC 3339 timestamp");
            }
        }
        try {
            PlanRules.Outcome outcome = plans.decide(event.countyId(), planId, data.path("version").asInt(), expected,
                    "APPROVE".equals(decision), reasons, data.get("checks"), event.actor(), decidedAt, event.id());
            LOG.debugf("plan %s version %s: %s %s -> %s", planId, data.path("version").asInt(), expected, decision, outcome);
        } catch (RuleViolation e) {
            throw new MalformedEventException(e.rule() + ": " + e.violations().get(0).reason().en(), e);
        }
    }
}
