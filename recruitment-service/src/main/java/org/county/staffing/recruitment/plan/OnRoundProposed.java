package org.county.staffing.recruitment.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.recruitment.RecruitmentEvents;

import com.fasterxml.jackson.databind.JsonNode;

/** A rotation round proposed by the schools' side: its moves become TEACHER_MOVE items of the year's plan. */
@ApplicationScoped
public class OnRoundProposed implements EventHandler {

    @Inject
    PlanService plans;

    @Override
    public Set<String> eventTypes() {
        return Set.of(RecruitmentEvents.ROTATION_ROUND_PROPOSED);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        try {
            UUID roundId = UUID.fromString(data.path("roundId").asText());
            String countyId = data.hasNonNull("countyId") ? data.get("countyId").asText() : event.countyId();
            if (countyId == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " names no county");
            }
            SchoolYear year = SchoolYear.parse(data.path("schoolYear").asText());
            List<PlanItem> moves = new ArrayList<>();
            for (JsonNode m : data.path("moves")) {
                moves.add(PlanItem.teacherMove(uuid(m, "teacherId"), text(m, "fromSchoolId"), uuid(m, "fromPostId"),
                        text(m, "toSchoolId"), uuid(m, "toPostId"), text(m, "subject"),
                        m.hasNonNull("form") ? RotationForm.valueOf(m.get("form").asText()) : null,
                        m.hasNonNull("termYears") ? m.get("termYears").asInt() : null,
                        m.hasNonNull("returnDate") ? LocalDate.parse(m.get("returnDate").asText()) : null,
                        roundId, uuid(m, "moveId"), MoveSource.ROTATION));
            }
            plans.addRotationMoves(countyId, year, moves);
        } catch (RuleViolation e) {
            throw new MalformedEventException(e.rule() + ": " + e.violations().get(0).reason().en(), e);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " is malformed: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static UUID uuid(JsonNode node, String field) {
        return node.hasNonNull(field) ? UUID.fromString(node.get(field).asText()) : null;
    }
}
