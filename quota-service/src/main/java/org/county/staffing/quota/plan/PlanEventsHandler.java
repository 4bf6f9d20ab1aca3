package org.county.staffing.quota.plan;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** Learns of the education bureau's plans: submitted versions to review, executed ones to apply. */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    public static final String PLAN_SUBMITTED = "recruitment.plan.submitted.v1";
    public static final String PLAN_EXECUTED = "recruitment.plan.executed.v1";

    @Inject
    PlanReviewService reviews;

    @Override
    public Set<String> eventTypes() {
        return Set.of(PLAN_SUBMITTED, PLAN_EXECUTED);
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
        if (PLAN_SUBMITTED.equals(event.type())) {
            reviews.submitted(countyId, planId, version.intValue(), data, event.actor());
        } else {
            reviews.executed(countyId, planId, version.intValue(), data.path("items"));
        }
    }
}
