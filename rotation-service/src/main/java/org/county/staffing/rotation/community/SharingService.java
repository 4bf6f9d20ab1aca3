package org.county.staffing.rotation.community;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.rotation.TeacherShared;
import org.county.staffing.rotation.config.RotationConfig;
import org.county.staffing.rotation.staffing.KnownTeacher;
import org.county.staffing.rotation.staffing.StaffingPicture;
import org.county.staffing.rotation.staffing.StaffingService;

/** Shared teachers of development communities (共享教师): a member school's shortage taught by another member's teacher. */
@ApplicationScoped
public class SharingService {

    @Inject
    PlatformClock clock;

    @Inject
    EntityManager em;

    @Inject
    CommunityService communities;

    @Inject
    StaffingService staffing;

    @Inject
    Subjects subjects;

    @Inject
    RotationConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    /**
     * Rules COMMUNITY_LEAD_SHARES (a school user assigns only for the community its school leads),
     * TEACHER_EXISTS, SHARED_TEACHER_IN_COMMUNITY (the teacher is in service at a school of the community),
     * SHARED_HOST_IN_COMMUNITY (the host is another school of the community), SUBJECT_KNOWN,
     * SHARED_HOST_SHORTAGE (where rotation knows the host's posts in the subject, one of them is vacant),
     * SHARED_TERM_ORDER and SHARED_HOURS_RANGE (see {@link SharingRules}).
     */
    @Transactional
    public CommunityApi.SharingView share(String countyId, UUID communityId, CommunityApi.ShareTeacherRequest request) {
        Community community = communities.community(countyId, communityId);
        if (caller.isSchoolUser() && !caller.schoolId().map(community.leadSchoolId::equals).orElse(false)) {
            throw RuleViolation.forbidden("COMMUNITY_LEAD_SHARES", new Reason(
                    "a school user assigns shared teachers only for the community its school leads",
                    "学校用户只能为本校牵头的共同体安排共享教师"));
        }
        Set<String> schools = new LinkedHashSet<>(communities.view(community).memberSchoolIds());
        schools.add(community.leadSchoolId);

        KnownTeacher teacher = KnownTeacher.findById(request.teacherId());
        if (teacher == null || !countyId.equals(teacher.countyId)) {
            throw RuleViolation.notFound("TEACHER_EXISTS", "teacherId", new Reason(
                    "no teacher " + request.teacherId() + " in this county", "本县没有教师 " + request.teacherId()));
        }
        if (!teacher.inService() || !schools.contains(teacher.schoolId)) {
            throw RuleViolation.unprocessable("SHARED_TEACHER_IN_COMMUNITY", "teacherId", new Reason(
                    "teacher " + request.teacherId() + " is not in service at a school of community " + community.name,
                    "教师 " + request.teacherId() + " 不在共同体“" + community.name + "”的学校在岗"));
        }
        if (!schools.contains(request.hostSchoolId()) || request.hostSchoolId().equals(teacher.schoolId)) {
            throw RuleViolation.unprocessable("SHARED_HOST_IN_COMMUNITY", "hostSchoolId", new Reason(
                    "the host school " + request.hostSchoolId() + " must be another school of community " + community.name,
                    "任课学校 " + request.hostSchoolId() + " 须为共同体“" + community.name + "”的另一所学校"));
        }
        String subject = subjects.require("subject", request.subject());
        StaffingPicture.SchoolStaffing host = staffing.picture(countyId, request.hostSchoolId());
        host.subjects().stream().filter(line -> line.subject().equals(subject) && line.posts() > 0).findFirst()
                .ifPresent(line -> {
                    if (line.vacancies() == 0) {
                        throw RuleViolation.unprocessable("SHARED_HOST_SHORTAGE", "subject", new Reason(
                                "school " + request.hostSchoolId() + " has no vacant " + subject + " post to cover",
                                "学校 " + request.hostSchoolId() + " 的 " + subject + " 学科没有空缺岗位需要共享教师"));
                    }
                });
        SharingRules.requireTermOrder(request.startsOn(), request.endsOn());
        // serialises the teacher's sharings, so that two at once cannot pass the hours rule together
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "sharing|" + teacher.id).getSingleResult();
        List<SharingRules.Term> others = TeacherSharing.<TeacherSharing>list("teacherId", teacher.id).stream()
                .map(s -> new SharingRules.Term(s.startsOn, s.endsOn, s.hoursPerWeek)).toList();
        SharingRules.requireHours(new SharingRules.Term(request.startsOn(), request.endsOn(), request.hoursPerWeek()),
                others, config.sharing().maxHoursPerWeek());

        TeacherSharing sharing = new TeacherSharing();
        sharing.id = UUID.randomUUID();
        sharing.communityId = community.id;
        sharing.countyId = countyId;
        sharing.teacherId = teacher.id;
        sharing.homeSchoolId = teacher.schoolId;
        sharing.hostSchoolId = request.hostSchoolId();
        sharing.subject = subject;
        sharing.hoursPerWeek = request.hoursPerWeek();
        sharing.startsOn = request.startsOn();
        sharing.endsOn = request.endsOn();
        sharing.assignedAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        sharing.assignedBy = caller.actor();
        sharing.persist();
        outbox.append(TeacherShared.TYPE, "community", community.id.toString(), new TeacherShared(
                sharing.id, community.id, countyId, sharing.teacherId, sharing.homeSchoolId, sharing.hostSchoolId,
                sharing.subject, sharing.hoursPerWeek, sharing.startsOn, sharing.endsOn));
        return view(sharing, teacher.name);
    }

    /** The community's sharings whose term overlaps the school year (all of them without one), by start. */
    public List<CommunityApi.SharingView> list(String countyId, UUID communityId, SchoolYear year) {
        Community community = communities.community(countyId, communityId);
        List<TeacherSharing> sharings = year == null
                ? TeacherSharing.list("communityId = ?1 order by startsOn, id", community.id)
                : TeacherSharing.list("communityId = ?1 and startsOn <= ?3 and endsOn >= ?2 order by startsOn, id",
                        community.id, year.startsOn(), year.endsOn());
        Map<UUID, String> names = new HashMap<>();
        List<UUID> teacherIds = sharings.stream().map(s -> s.teacherId).distinct().toList();
        if (!teacherIds.isEmpty()) {
            KnownTeacher.<KnownTeacher>list("id in ?1", teacherIds).forEach(t -> names.put(t.id, t.name));
        }
        return sharings.stream().map(s -> view(s, names.get(s.teacherId))).toList();
    }

    /**
     * Rule SHARED_HOURS_COVER: hours a week shared into each host school and subject, for sharings whose
     * term overlaps {@code from}..{@code to}; key {@code schoolId|subject}.
     */
    public Map<String, Integer> sharedHours(String countyId, LocalDate from, LocalDate to) {
        Map<String, Integer> hours = new HashMap<>();
        for (TeacherSharing s : TeacherSharing.<TeacherSharing>list("countyId = ?1 and startsOn <= ?3 and endsOn >= ?2",
                countyId, from, to)) {
            hours.merge(s.hostSchoolId + "|" + s.subject, s.hoursPerWeek, Integer::sum);
        }
        return hours;
    }

    /** Teaching hours a week of a full post (configuration). */
    public int fullPostHours() {
        return config.sharing().fullPostHours();
    }

    private static CommunityApi.SharingView view(TeacherSharing s, String teacherName) {
        return new CommunityApi.SharingView(s.id, s.communityId, s.teacherId, teacherName, s.homeSchoolId, s.hostSchoolId,
                s.subject, s.hoursPerWeek, s.startsOn, s.endsOn, s.assignedAt, s.assignedBy);
    }
}
