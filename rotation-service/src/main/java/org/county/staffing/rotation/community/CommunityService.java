package org.county.staffing.rotation.community;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.contracts.rotation.ActivityRecorded;
import org.county.staffing.contracts.rotation.CommunityFormed;
import org.county.staffing.rotation.school.ProfileService;
import org.county.staffing.rotation.staffing.StaffingService;

/** Development communities and their activities. */
@ApplicationScoped
public class CommunityService {

    @Inject
    PlatformClock clock;

    @Inject
    EntityManager em;

    @Inject
    StaffingService staffing;

    @Inject
    ProfileService profiles;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    /**
     * Rules COMMUNITY_MEMBERS_DISTINCT (the lead is not also a member, no school twice),
     * COMMUNITY_MEMBERSHIP_UNIQUE (a school is in one community at a time) and COMMUNITY_NAME_UNIQUE.
     */
    @Transactional
    public CommunityApi.CommunityView form(String countyId, CommunityApi.FormRequest request) {
        Set<String> members = new LinkedHashSet<>(request.memberSchoolIds());
        if (members.size() != request.memberSchoolIds().size() || members.contains(request.leadSchoolId())) {
            throw RuleViolation.unprocessable("COMMUNITY_MEMBERS_DISTINCT", "memberSchoolIds", new Reason(
                    "each member school appears once and the leading school is not also a member",
                    "成员学校不能重复，牵头学校不能同时作为成员"));
        }
        List<String> all = new ArrayList<>();
        all.add(request.leadSchoolId());
        all.addAll(members);
        for (String id : all) {
            staffing.school(countyId, id);
        }
        // serialises formations in a county, so one school never joins two communities at once
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "community|" + countyId).getSingleResult();
        if (Community.count("countyId = ?1 and name = ?2", countyId, request.name().trim()) > 0) {
            throw RuleViolation.conflict("COMMUNITY_NAME_UNIQUE", "name", new Reason(
                    "a community named '" + request.name().trim() + "' exists", "已有名为“" + request.name().trim() + "”的共同体"));
        }
        @SuppressWarnings("unchecked")
        List<String> taken = em.createNativeQuery("select school_id from community_member where school_id in (?1)")
                .setParameter(1, all).getResultList();
        if (!taken.isEmpty()) {
            throw RuleViolation.conflict("COMMUNITY_MEMBERSHIP_UNIQUE", "memberSchoolIds", new Reason(
                    "schools " + taken + " already belong to a community", "学校 " + taken + " 已属于其他共同体"));
        }
        Community community = new Community();
        community.id = UUID.randomUUID();
        community.countyId = countyId;
        community.name = request.name().trim();
        community.leadSchoolId = request.leadSchoolId();
        community.model = members.size() == 1 ? "1+1" : "1+N";
        community.createdAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        community.createdBy = caller.actor();
        community.persist();
        for (String id : all) {
            em.createNativeQuery("insert into community_member (community_id, school_id, lead) values (?1, ?2, ?3)")
                    .setParameter(1, community.id).setParameter(2, id).setParameter(3, id.equals(request.leadSchoolId()))
                    .executeUpdate();
        }
        outbox.append(CommunityFormed.TYPE, "community", community.id.toString(), new CommunityFormed(
                community.id, countyId, community.name, community.leadSchoolId, List.copyOf(members), community.model));
        all.forEach(profiles::communityChanged);
        return view(community);
    }

    public Community community(String countyId, UUID id) {
        Community community = Community.findById(id);
        if (community == null || !community.countyId.equals(countyId)) {
            throw RuleViolation.notFound("COMMUNITY_EXISTS", "id", new Reason(
                    "no community " + id + " in this county", "本县没有共同体 " + id));
        }
        return community;
    }

    public List<CommunityApi.CommunityView> list(String countyId) {
        return Community.<Community>list("countyId = ?1 order by name", countyId).stream().map(this::view).toList();
    }

    public CommunityApi.CommunityView view(Community community) {
        @SuppressWarnings("unchecked")
        List<String> members = em.createNativeQuery(
                        "select school_id from community_member where community_id = ?1 and not lead order by school_id")
                .setParameter(1, community.id).getResultList();
        return new CommunityApi.CommunityView(community.id, community.countyId, community.name, community.leadSchoolId,
                members, community.model, community.createdAt, community.createdBy);
    }

    /**
     * Rules COMMUNITY_LEAD_RECORDS (a school user records only for a community its school leads),
     * ACTIVITY_SCHOOLS_IN_COMMUNITY and ACTIVITY_DATE_PAST (an activity is recorded once held).
     */
    @Transactional
    public CommunityApi.ActivityView record(String countyId, UUID communityId, CommunityApi.ActivityRequest request,
                                            LocalDate today) {
        Community community = community(countyId, communityId);
        if (caller.isSchoolUser() && !caller.schoolId().map(community.leadSchoolId::equals).orElse(false)) {
            throw RuleViolation.forbidden("COMMUNITY_LEAD_RECORDS", new Reason(
                    "a school user records activities only for the community its school leads",
                    "学校用户只能为本校牵头的共同体登记活动"));
        }
        Set<String> schools = new LinkedHashSet<>(view(community).memberSchoolIds());
        schools.add(community.leadSchoolId);
        List<String> outside = request.schoolIds().stream().filter(id -> !schools.contains(id)).toList();
        if (!outside.isEmpty()) {
            throw RuleViolation.unprocessable("ACTIVITY_SCHOOLS_IN_COMMUNITY", "schoolIds", new Reason(
                    "schools " + outside + " are not in community " + community.name,
                    "学校 " + outside + " 不属于共同体“" + community.name + "”"));
        }
        if (request.date().isAfter(today)) {
            throw RuleViolation.unprocessable("ACTIVITY_DATE_PAST", "date", new Reason(
                    "an activity is recorded once it was held; " + request.date() + " is in the future",
                    "活动举办后才能登记；" + request.date() + " 尚未到来"));
        }
        CommunityActivity activity = new CommunityActivity();
        activity.id = UUID.randomUUID();
        activity.communityId = community.id;
        activity.kind = request.kind();
        activity.title = request.title();
        activity.heldOn = request.date();
        activity.schoolYear = SchoolYear.containing(request.date()).toString();
        activity.schoolIds = String.join(",", new LinkedHashSet<>(request.schoolIds()));
        activity.participants = request.participants();
        activity.recordedAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        activity.recordedBy = caller.actor();
        activity.persist();
        List<String> ids = Arrays.asList(activity.schoolIds.split(","));
        outbox.append(ActivityRecorded.TYPE, "community", community.id.toString(), new ActivityRecorded(
                activity.id, community.id, activity.kind.name(), activity.heldOn, ids, activity.participants));
        return new CommunityApi.ActivityView(activity.id, community.id, activity.kind, activity.title, activity.heldOn,
                activity.schoolYear, ids, activity.participants);
    }

    /** The community's activities, newest first (the day held, then the time recorded), one page of them. */
    public List<CommunityApi.ActivityView> activities(Community community, SchoolYear year, Paging paging) {
        String yearClause = year == null ? "" : " and schoolYear = :year";
        var query = CommunityActivity.<CommunityActivity>find("communityId = :community" + yearClause
                        + " order by heldOn desc, recordedAt desc, id",
                year == null ? Parameters.with("community", community.id)
                        : Parameters.with("community", community.id).and("year", year.toString()));
        return query.page(paging.page(), paging.size()).list().stream()
                .map(a -> new CommunityApi.ActivityView(a.id, a.communityId, a.kind, a.title, a.heldOn, a.schoolYear,
                        Arrays.asList(a.schoolIds.split(",")), a.participants))
                .toList();
    }

    /**
     * Rule COMMUNITY_STATS: activities and person-times per kind in a school year (1 Sept to 31 Aug), and the
     * teachers shared in it (a sharing counts in every school year its term overlaps).
     */
    public CommunityApi.Stats stats(Community community, SchoolYear year) {
        Map<ActivityKind, CommunityApi.KindCount> byKind = new EnumMap<>(ActivityKind.class);
        for (ActivityKind kind : ActivityKind.values()) {
            byKind.put(kind, new CommunityApi.KindCount(0, 0));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select kind, count(*), coalesce(sum(participants), 0) from community_activity
                        where community_id = ?1 and school_year = ?2 group by kind""")
                .setParameter(1, community.id).setParameter(2, year.toString()).getResultList();
        int activities = 0;
        int participants = 0;
        for (Object[] row : rows) {
            int count = ((Number) row[1]).intValue();
            int people = ((Number) row[2]).intValue();
            byKind.put(ActivityKind.valueOf((String) row[0]), new CommunityApi.KindCount(count, people));
            activities += count;
            participants += people;
        }
        Object[] shared = (Object[]) em.createNativeQuery("""
                        select count(distinct teacher_id), coalesce(sum(hours_per_week), 0) from teacher_sharing
                        where community_id = ?1 and starts_on <= ?3 and ends_on >= ?2""")
                .setParameter(1, community.id).setParameter(2, year.startsOn()).setParameter(3, year.endsOn())
                .getSingleResult();
        return new CommunityApi.Stats(community.id, community.name, year.toString(), activities, participants,
                byKind.get(ActivityKind.LESSON_SENT).activities(), byKind.get(ActivityKind.TRAINING).participants(), byKind,
                ((Number) shared[0]).intValue(), ((Number) shared[1]).intValue());
    }

    public CommunityApi.CountyStats countyStats(String countyId, SchoolYear year) {
        List<CommunityApi.Stats> per = Community.<Community>list("countyId = ?1 order by name", countyId).stream()
                .map(c -> stats(c, year)).toList();
        return new CommunityApi.CountyStats(year.toString(), per.size(),
                per.stream().mapToInt(CommunityApi.Stats::activities).sum(),
                per.stream().mapToInt(CommunityApi.Stats::participants).sum(),
                per.stream().mapToInt(CommunityApi.Stats::lessonsSent).sum(),
                per.stream().mapToInt(CommunityApi.Stats::trainingPersonTimes).sum(),
                per.stream().mapToInt(CommunityApi.Stats::teachersShared).sum(),
                per.stream().mapToInt(CommunityApi.Stats::sharedHoursPerWeek).sum(), per);
    }
}
