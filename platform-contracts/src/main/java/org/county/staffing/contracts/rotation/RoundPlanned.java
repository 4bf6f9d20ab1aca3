package org.county.staffing.contracts.rotation;

import java.math.BigDecimal;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rotation round was planned and saved: {@code rotation.round.planned.v1}, subject the round id.
 * {@code parameters} is the planner's parameters object as {@code GET /rounds/{id}} shows it.
 */
public record RoundPlanned(
        UUID roundId,
        String schoolYear,
        int due,
        int target,
        int moves,
        int unmet,
        long objective,
        BigDecimal share,
        JsonNode parameters) {

    public static final EventType<RoundPlanned> TYPE = EventType.of("rotation.round.planned.v1", RoundPlanned.class);
}
