package org.county.staffing.post.occupancy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.post.post.Post;
import org.county.staffing.post.school.SchoolDirectory;

/** Follows the education bureau's appointments: appointed, transferred (one ends, the next starts), left. */
@ApplicationScoped
public class AppointmentEventsHandler implements EventHandler {

    @Inject
    OccupancyService occupancy;

    @Inject
    SchoolDirectory schools;

    @Override
    public List<EventType<?>> types() {
        return List.of(TeacherAppointed.TYPE, TeacherTransferred.TYPE, TeacherLeft.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        String ref = event.type() + " " + event.id();
        if (event.is(TeacherAppointed.TYPE)) {
            TeacherAppointed appointed = event.data(TeacherAppointed.TYPE);
            lockSchoolsOf(List.of(appointed.postId()));
            Post post = occupancy.requirePost(appointed.postId(), appointed.schoolId(), ref);
            occupancy.occupy(post, appointed.teacherId(), appointed.appointmentId(), appointed.effectiveFrom(), ref);
        } else if (event.is(TeacherTransferred.TYPE)) {
            TeacherTransferred transferred = event.data(TeacherTransferred.TYPE);
            lockSchoolsOf(List.of(transferred.fromPostId(), transferred.toPostId()));
            Post from = occupancy.requirePost(transferred.fromPostId(), transferred.fromSchoolId(), ref);
            Post to = occupancy.requirePost(transferred.toPostId(), transferred.toSchoolId(), ref);
            occupancy.vacate(from, transferred.teacherId(), "transferred to school " + to.schoolId, ref);
            occupancy.occupy(to, transferred.teacherId(), transferred.toAppointmentId(), transferred.effectiveFrom(), ref);
        } else if (event.is(TeacherLeft.TYPE)) {
            TeacherLeft left = event.data(TeacherLeft.TYPE);
            if (left.postId() == null) {
                // the teacher held no post (the contract leaves the appointment out): nothing to vacate
                return;
            }
            lockSchoolsOf(List.of(left.postId()));
            Post post = occupancy.requirePost(left.postId(), left.schoolId(), ref);
            occupancy.vacate(post, left.teacherId(), "left: " + left.reason(), ref);
        }
    }

    /** Locks the schools of the posts, in the one order every transaction uses. */
    private void lockSchoolsOf(List<UUID> postIds) {
        List<String> schoolIds = new ArrayList<>();
        for (UUID id : postIds) {
            Post post = Post.findById(id);
            if (post != null) {
                schoolIds.add(post.schoolId);
            }
        }
        schools.lockAll(schoolIds);
    }
}
