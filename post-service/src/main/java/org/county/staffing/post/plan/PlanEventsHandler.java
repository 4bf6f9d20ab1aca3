package org.county.staffing.post.plan;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanSubmitted;

/** Follows the education bureau's annual adjustment plans: submitted versions and their execution. */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    @Inject
    PlanReviewService reviews;

    @Inject
    PlanExecution execution;

    @Override
    public List<EventType<?>> types() {
        return List.of(PlanSubmitted.TYPE, PlanExecuted.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(PlanSubmitted.TYPE)) {
            reviews.received(event.data(PlanSubmitted.TYPE));
        } else if (event.is(PlanExecuted.TYPE)) {
            execution.executed(event.type() + " " + event.id(), event.data(PlanExecuted.TYPE));
        }
    }
}
