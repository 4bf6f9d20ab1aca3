package org.county.staffing.audit.catchup;

import static org.county.staffing.audit.support.PlatformEvents.at;
import static org.county.staffing.audit.support.PlatformEvents.event;
import static org.county.staffing.audit.support.PlatformEvents.uuid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.county.staffing.audit.support.PlatformEvents;
import org.county.staffing.backbone.events.CloudEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Publishes events of all four services after the previous application stopped and before
 * this one starts: while audit-service is down. Redelivers one of them, as a producer would after
 * a broker failure.
 */
public class EventsPublishedWhileDown implements QuarkusTestResourceLifecycleManager {

    static final String COUNTY = "county.test.catch-up.county";
    static final String IDS = "county.test.catch-up.ids";

    @Override
    public Map<String, String> start() {
        String county = PlatformEvents.newCounty();
        String school = PlatformEvents.newSchoolId();
        String teacher = uuid();
        String post = uuid();
        List<CloudEvent> events = new ArrayList<>();
        events.add(event("quota.school.registered.v1", school, county, "staffing-office:bianban", "c-1", null, at(20, 1),
                Map.of("schoolId", school, "name", "实验中学")));
        events.add(event("quota.allocation.changed.v1", school, county, "staffing-office:bianban", "c-2", null, at(20, 2),
                Map.of("schoolId", school, "kind", "VERIFICATION", "delta", 40, "balance", 40)));
        events.add(event("post.post.established.v1", post, county, "hr:renshe", "c-3", null, at(21, 1),
                Map.of("postId", post, "schoolId", school, "category", "TEACHING")));
        events.add(event("post.post.frozen.v1", post, county, "hr:renshe", "c-4", null, at(21, 2),
                Map.of("postId", post, "schoolId", school, "reason", "review")));
        events.add(event("recruitment.teacher.registered.v1", teacher, county, "education-bureau:jiaoyuju", "c-5", null,
                at(22, 1), Map.of("teacherId", teacher, "name", "赵老师")));
        events.add(event("recruitment.teacher.appointed.v1", teacher, county, "education-bureau:jiaoyuju", "c-6", null,
                at(22, 2), Map.of("teacherId", teacher, "postId", post, "schoolId", school)));
        events.add(event("rotation.evaluation.recorded.v1", teacher, county, "school:xiaozhang", "c-7", null, at(23, 1),
                Map.of("teacherId", teacher, "schoolId", school, "grade", "COMPETENT")));
        events.add(event("rotation.school-profile.updated.v1", school, county, "school:xiaozhang", "c-8", null, at(23, 2),
                Map.of("schoolId", school, "tier", "WEAK")));
        List<CloudEvent> published = new ArrayList<>(events);
        published.add(events.get(4));
        PlatformEvents.publish(published);
        System.setProperty(COUNTY, county);
        System.setProperty(IDS, String.join(",", events.stream().map(CloudEvent::id).toList()));
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
