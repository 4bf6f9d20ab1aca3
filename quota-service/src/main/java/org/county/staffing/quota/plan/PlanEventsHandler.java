package org.county.staffing.quota.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanSubmitted;

import com.fasterxml.jackson.databind.JsonNode;

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
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no data object");
        }
        UUID planId;
        try {
            planId = UUID.fromString(data.path("planId").asText(event.subject()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("planId of " + event.id() + " is not a UUID");
        }
        JsonNode version = data.path("version");
        if (!version.isIntegralNumber() || version.intValue() < 1) {
            throw new MalformedEventException("version of plan " + planId + " is not a positive whole number");
        }
        String countyId = data.path("countyId").isTextual() ? data.path("countyId").asText() : event.countyId();
        if (countyId == null || countyId.isBlank()) {
            throw new MalformedEventException("plan " + planId + " names no county");
        }
        if (event.is(PlanSubmitted.TYPE)) {
            reviews.submitted(countyId, planId, version.intValue(), data, event.actor());
        } else {
            reviews.executed(countyId, planId, version.intValue(), data.path("items"));
        }
    }
}
