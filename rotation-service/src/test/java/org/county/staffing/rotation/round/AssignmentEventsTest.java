package org.county.staffing.rotation.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.contracts.rotation.MoveReturned;
import org.county.staffing.contracts.rotation.MoveStarted;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.rotation.planner.model.RotationForm;
import org.county.staffing.rotation.support.Feed;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A support-teaching move of an executed round is carried out as an assignment (the home post kept):
 * recruitment's {@code teacher.assigned} with the move's id starts it, and {@code assignment.ended}
 * with the teacher back home records its return, each announced like a transfer's.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class AssignmentEventsTest {

    @Test
    void anAssignmentStartsItsMoveAndItsReturnEndsIt() {
        String county = Feed.newCounty();
        String home = Feed.newSchoolId();
        String host = Feed.newSchoolId();
        UUID teacher = UUID.randomUUID();
        UUID move = plannedMove(county, teacher, home, host, RotationForm.SUPPORT_TEACHING);
        UUID other = plannedMove(county, UUID.randomUUID(), home, host, RotationForm.SHADOWING);
        UUID assignment = UUID.randomUUID();
        LocalDate start = LocalDate.of(2027, 9, 1);
        try (Feed feed = new Feed(county)) {
            // an assignment naming another teacher's move, and one without a move, start nothing
            feed.send(TeacherAssigned.TYPE, teacher.toString(), new TeacherAssigned(UUID.randomUUID(), teacher,
                    "SHADOWING", UUID.randomUUID(), home, host, null, null, 16, start, start.plusYears(1), null, other, null));
            feed.send(TeacherAssigned.TYPE, teacher.toString(), new TeacherAssigned(UUID.randomUUID(), teacher,
                    "SUPPORT_TEACHING", UUID.randomUUID(), home, host, null, null, 16, start, start.plusYears(1), null, null, null));
            feed.send(TeacherAssigned.TYPE, teacher.toString(), new TeacherAssigned(assignment, teacher,
                    "SUPPORT_TEACHING", UUID.randomUUID(), home, host, UUID.randomUUID(), null, 16, start,
                    LocalDate.of(2028, 8, 31), UUID.randomUUID(), move, UUID.randomUUID()));
            feed.flush();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> RoundMove.STARTED.equals(status(move)));
        CloudEvent started = CloudEventCodec.decode(TopicRecords.shared().await("rotation.events",
                r -> teacher.toString().equals(r.key()), 1, Duration.ofSeconds(30), Duration.ZERO).get(0).value());
        assertThat(started.is(MoveStarted.TYPE)).isTrue();
        assertThat(started.data(MoveStarted.TYPE).moveId()).isEqualTo(move);
        assertThat(started.data(MoveStarted.TYPE).startedOn()).isEqualTo(start);
        assertThat(status(other)).isEqualTo(RoundMove.PLANNED);

        try (Feed feed = new Feed(county)) {
            feed.send(AssignmentEnded.TYPE, teacher.toString(), new AssignmentEnded(assignment, teacher, "SUPPORT_TEACHING",
                    UUID.randomUUID(), home, host, null, LocalDate.of(2028, 7, 15), "RETURNED"));
            feed.flush();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> RoundMove.RETURNED.equals(status(move)));
        List<CloudEvent> events = TopicRecords.shared().await("rotation.events", r -> teacher.toString().equals(r.key()), 2,
                Duration.ofSeconds(30), Duration.ZERO).stream().map(r -> CloudEventCodec.decode(r.value())).toList();
        CloudEvent returned = events.get(1);
        assertThat(returned.is(MoveReturned.TYPE)).isTrue();
        assertThat(returned.data(MoveReturned.TYPE).returnedOn()).isEqualTo(LocalDate.of(2028, 7, 15));
    }

    private static String status(UUID moveId) {
        return QuarkusTransaction.requiringNew().call(() -> RoundMove.<RoundMove>findById(moveId).status);
    }

    /** A round executed with one planned move, written as the planner would have saved it. */
    private static UUID plannedMove(String county, UUID teacher, String from, String to, RotationForm form) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RotationRound round = new RotationRound();
            round.id = UUID.randomUUID();
            round.countyId = county;
            round.schoolYear = "2027-2028";
            round.share = new BigDecimal("0.15");
            round.parameters = "{}";
            round.gapReasons = "[]";
            round.unmetDetail = "[]";
            round.status = RotationRound.PLANNED;
            round.createdAt = OffsetDateTime.parse("2027-06-01T08:00:00Z");
            round.createdBy = "education-bureau:test";
            round.persist();
            RoundMove move = new RoundMove();
            move.id = UUID.randomUUID();
            move.roundId = round.id;
            move.teacherId = teacher;
            move.fromSchoolId = from;
            move.toSchoolId = to;
            move.subject = "MATHEMATICS";
            move.form = form;
            move.termYears = 1;
            move.returnDate = LocalDate.of(2028, 8, 31);
            move.directions = "SUBJECT";
            move.reasons = "[]";
            move.status = RoundMove.PLANNED;
            move.persist();
            return move.id;
        });
    }
}
