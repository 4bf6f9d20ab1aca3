package org.county.staffing.post.plan;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.post.ConsumedEvents;

/** Follows the education bureau's annual adjustment plans: submitted versions and their execution. */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    @Inject
    PlanReviewService reviews;

    @Inject
    PlanExecution execution;

    @Override
    public Set<String> eventTypes() {
        return Set.of(ConsumedEvents.PLAN_SUBMITTED, ConsumedEvents.PLAN_EXECUTED);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.data() == null || !event.data().isObject()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " carries no data object");
        }
        if (ConsumedEvents.PLAN_SUBMITTED.equals(event.type())) {
            reviews.received(event);
        } else if (ConsumedEvents.PLAN_EXECUTED.equals(event.type())) {
            execution.executed(event);
        }
    }
}
