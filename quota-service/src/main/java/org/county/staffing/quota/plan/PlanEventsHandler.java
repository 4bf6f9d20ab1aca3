package org.county.staffing.quota.plan;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanSubmitted;

/** Learns of the education bureau's plans: submitted versions to review, executed ones to apply. */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    @Inject
    PlanReviewService reviews;

    @Override
    public List<EventType<?>> types() {
        return List.of(PlanSubmitted.TYPE, PlanExecuted.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(PlanSubmitted.TYPE)) {
            PlanSubmitted submitted = event.data(PlanSubmitted.TYPE);
            versionPositive(event, submitted.version());
            reviews.submitted(submitted, event.actor());
        } else {
            PlanExecuted executed = event.data(PlanExecuted.TYPE);
            versionPositive(event, executed.version());
            if (event.countyId() == null || event.countyId().isBlank()) {
                throw new MalformedEventException(event.type() + " " + event.id() + " names no county");
            }
            reviews.executed(event.countyId(), executed);
        }
    }

    private static void versionPositive(CloudEvent event, int version) {
        if (version < 1) {
            throw new MalformedEventException("version of plan in " + event.type() + " " + event.id() + " is not a positive whole number");
        }
    }
}
