package org.county.staffing.post.assignment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.jboss.logging.Logger;

/**
 * Follows the education bureau's temporary and part-time assignments. The home post is not touched:
 * its holder keeps it (reserved, not vacant); the host post is covered while the assignment runs, by
 * the share of a post that recruitment decided ({@code postShare}: 1 full-time, hours over a full
 * post's hours at most 1 itinerant).
 */
@ApplicationScoped
public class AssignmentEventsHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(AssignmentEventsHandler.class);

    @Override
    public List<EventType<?>> types() {
        return List.of(TeacherAssigned.TYPE, AssignmentEnded.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(TeacherAssigned.TYPE)) {
            assigned(event.data(TeacherAssigned.TYPE));
        } else if (event.is(AssignmentEnded.TYPE)) {
            ended(event.data(AssignmentEnded.TYPE));
        }
    }

    private static void assigned(TeacherAssigned assigned) {
        if (PostCover.findById(assigned.assignmentId()) != null) {
            return;
        }
        PostCover cover = new PostCover();
        cover.assignmentId = assigned.assignmentId();
        cover.teacherId = assigned.teacherId();
        cover.form = assigned.form();
        cover.homePostId = assigned.homePostId();
        cover.homeSchoolId = assigned.homeSchoolId();
        cover.hostSchoolId = assigned.hostSchoolId();
        cover.hostPostId = assigned.hostPostId();
        cover.share = assigned.postShare().doubleValue();
        cover.startsOn = assigned.startsOn();
        cover.returnDate = assigned.returnDate();
        cover.persist();
    }

    private static void ended(AssignmentEnded ended) {
        PostCover cover = PostCover.findById(ended.assignmentId());
        if (cover == null) {
            LOG.warnf("assignment %s of teacher %s ended (%s) but never started here", ended.assignmentId(),
                    ended.teacherId(), ended.outcome());
            return;
        }
        if (cover.active()) {
            cover.endedOn = ended.endedOn();
            cover.outcome = ended.outcome();
        }
    }
}
