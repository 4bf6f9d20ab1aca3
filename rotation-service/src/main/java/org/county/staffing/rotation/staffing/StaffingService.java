package org.county.staffing.rotation.staffing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** The staffing pictures of a county's schools from the read models. */
@ApplicationScoped
public class StaffingService {

    public KnownSchool school(String countyId, String schoolId) {
        KnownSchool school = KnownSchool.findById(schoolId);
        if (school == null || !school.countyId.equals(countyId)) {
            throw RuleViolation.notFound("SCHOOL_EXISTS", "schoolId", new Reason(
                    "no school " + schoolId + " is registered in this county",
                    "本县未登记学校 " + schoolId));
        }
        return school;
    }

    public StaffingPicture.SchoolStaffing picture(String countyId, String schoolId) {
        KnownSchool school = school(countyId, schoolId);
        List<StaffingPicture.StaffMember> staff = KnownTeacher.<KnownTeacher>list("schoolId = ?1 and status not in ('LEFT', 'RETIRED')", schoolId)
                .stream().map(t -> new StaffingPicture.StaffMember(t.mainSubject, t.postId == null ? null : t.postId.toString()))
                .toList();
        List<StaffingPicture.OpenPost> posts = KnownPost.<KnownPost>list("schoolId = ?1 and status = ?2 and category = 'TEACHING'", schoolId, KnownPost.OPEN)
                .stream().map(p -> new StaffingPicture.OpenPost(p.id.toString(), p.subject)).toList();
        return StaffingPicture.of(school.id, school.quota, staff, posts);
    }

    /** Every active school of the county with its picture, in school id order. */
    public Map<String, StaffingPicture.SchoolStaffing> county(String countyId) {
        List<KnownSchool> schools = KnownSchool.list("countyId = ?1 and status = 'ACTIVE' order by id", countyId);
        Map<String, List<StaffingPicture.StaffMember>> staff = new HashMap<>();
        for (KnownTeacher t : KnownTeacher.<KnownTeacher>list("countyId = ?1 and schoolId is not null and status not in ('LEFT', 'RETIRED')", countyId)) {
            staff.computeIfAbsent(t.schoolId, k -> new ArrayList<>())
                    .add(new StaffingPicture.StaffMember(t.mainSubject, t.postId == null ? null : t.postId.toString()));
        }
        Map<String, List<StaffingPicture.OpenPost>> posts = new HashMap<>();
        for (KnownPost p : KnownPost.<KnownPost>list("status = ?1 and category = 'TEACHING' and schoolId in (select s.id from KnownSchool s where s.countyId = ?2)",
                KnownPost.OPEN, countyId)) {
            posts.computeIfAbsent(p.schoolId, k -> new ArrayList<>()).add(new StaffingPicture.OpenPost(p.id.toString(), p.subject));
        }
        Map<String, StaffingPicture.SchoolStaffing> pictures = new LinkedHashMap<>();
        for (KnownSchool school : schools) {
            pictures.put(school.id, StaffingPicture.of(school.id, school.quota,
                    staff.getOrDefault(school.id, List.of()), posts.getOrDefault(school.id, List.of())));
        }
        return pictures;
    }
}
