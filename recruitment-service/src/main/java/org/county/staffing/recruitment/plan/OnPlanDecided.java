package org.county.staffing.recruitment.plan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.post.PostPlanDecided;
import org.county.staffing.contracts.quota.QuotaPlanDecided;
import org.jboss.logging.Logger;

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
    public List<EventType<?>> types() {
        return List.of(QuotaPlanDecided.TYPE, PostPlanDecided.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        OffsetDateTime received = event.time() != null ? event.time().withOffsetSameInstant(ZoneOffset.UTC) : null;
        if (event.is(QuotaPlanDecided.TYPE)) {
            QuotaPlanDecided d = event.data(QuotaPlanDecided.TYPE);
            apply(event, Department.STAFFING_OFFICE, d.planId(), d.version(), d.department(), d.decision(), d.reasons(),
                    d.checks(), d.decidedAt().withOffsetSameInstant(ZoneOffset.UTC));
        } else {
            PostPlanDecided d = event.data(PostPlanDecided.TYPE);
            apply(event, Department.HR, d.planId(), d.version(), d.department(), d.decision(), d.reasons(), d.checks(),
                    received);
        }
    }

    private void apply(CloudEvent event, Department expected, UUID planId, int version, String department, String decision,
                       List<String> reasons, List<?> checks, OffsetDateTime decidedAt) {
        if (!expected.name().equals(department)) {
            throw new MalformedEventException(event.type() + " " + event.id() + ": department " + department
                    + " does not publish " + event.type());
        }
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new MalformedEventException(event.type() + " " + event.id() + ": decision must be APPROVE or REJECT");
        }
        if (decidedAt == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " says not when it was decided");
        }
        try {
            PlanRules.Outcome outcome = plans.decide(event.countyId(), planId, version, expected, "APPROVE".equals(decision),
                    reasons, checks, event.actor(), decidedAt, event.id());
            LOG.debugf("plan %s version %s: %s %s -> %s", planId, version, expected, decision, outcome);
        } catch (RuleViolation e) {
            throw new MalformedEventException(e.rule() + ": " + e.violations().get(0).reason().en(), e);
        }
    }
}
