package org.county.staffing.post.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.post.assignment.CoverService;
import org.county.staffing.post.config.PostConfig;
import org.county.staffing.post.regulation.KnownRegulation;
import org.county.staffing.post.regulation.RegulationRules;
import org.county.staffing.post.school.KnownSchool;
import org.county.staffing.post.school.SchoolDirectory;

import io.quarkus.panache.common.Parameters;

/** HR's posts: set up within quota, abolished, frozen and released. */
@ApplicationScoped
public class PostService {

    @Inject
    PlatformClock clock;

    @Inject
    SchoolDirectory schools;

    @Inject
    PostLedger ledger;

    @Inject
    PostAnnouncements announcements;

    @Inject
    Subjects subjects;

    @Inject
    PostConfig config;

    @Inject
    EntityManager em;

    @Inject
    CoverService covers;

    /** Sets up {@code count} posts at once: all of them or, when a rule refuses, none. */
    @Transactional
    public List<Post> establish(String countyId, String schoolId, CreatePosts request) {
        String subject = request.subject() == null ? null : subjects.require("subject", request.subject());
        PostShape.requireSubjectFitsCategory(request.category(), subject);
        LeadershipRules.requireManagementPost(request.category(), request.leadershipRole());
        KnownSchool school = schools.lock(countyId, schoolId);
        SchoolDirectory.requireActive(school);
        KnownRegulation regulation = KnownRegulation.inForce(school.id, clock.today());
        EstablishmentRules.requireRoom(school.id, school.quota, ledger.counts(school.id), request.category(),
                request.count(), policyOf(regulation));
        if (request.leadershipRole() != null) {
            LeadershipRules.requireWithinRegulation(school.id, request.leadershipRole(), request.count(),
                    regulation == null ? null : regulation.approved(),
                    ledger.leadershipPosts(school.id).getOrDefault(request.leadershipRole(), 0));
        }
        TitleGrade level = request.level() == null ? TitleGrade.NONE : request.level();
        List<Post> created = new ArrayList<>(request.count());
        for (int i = 0; i < request.count(); i++) {
            created.add(establishUnchecked(school, request.category(), subject, level, request.leadershipRole(), null,
                    trim(request.reason())));
        }
        return created;
    }

    /**
     * Creates and announces one vacant post; the caller checked the rules (a request) or an
     * approved plan did. The caller holds the school's lock.
     */
    public Post establishUnchecked(KnownSchool school, PostCategory category, String subject, TitleGrade level,
                                   LeadershipRole leadershipRole, UUID planId, String reason) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.schoolId = school.id;
        post.countyId = school.countyId;
        post.category = category;
        post.subject = subject;
        post.level = level;
        post.leadershipRole = leadershipRole;
        post.status = PostStatus.VACANT;
        post.establishedByPlan = planId;
        post.establishedSeq = ((Number) em.createNativeQuery("select nextval('post_established_seq')").getSingleResult())
                .longValue();
        post.establishedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        post.changedAt = post.establishedAt;
        post.persist();
        announcements.established(post, reason);
        return post;
    }

    /** Rule ABOLISH_UNOCCUPIED_ONLY: a post is abolished only while nobody holds it. */
    @Transactional
    public Post abolish(String countyId, UUID postId, String reason) {
        Post post = lockPost(countyId, postId);
        requireNotAbolished(post);
        if (post.status == PostStatus.OCCUPIED) {
            throw RuleViolation.conflict("ABOLISH_UNOCCUPIED_ONLY", "postId", new Reason(
                    "post " + postId + " is held by teacher " + post.teacherId + "; it can be abolished once vacated",
                    "岗位 " + postId + " 由教师 " + post.teacherId + " 在岗，须待其离岗后方可撤销"));
        }
        abolishUnchecked(post, trim(reason), null);
        return post;
    }

    /** Abolishes and announces; the caller holds the school's lock and checked the post is not held. */
    public void abolishUnchecked(Post post, String reason, UUID planId) {
        post.status = PostStatus.ABOLISHED;
        post.freezeCause = null;
        post.statusReason = reason;
        post.abolishedByPlan = planId;
        post.abolishWhenVacatedPlan = null;
        post.fillingCampaignId = null;
        post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        announcements.abolished(post);
    }

    /** Rule FREEZE_VACANT_ONLY: only a vacant post is frozen (an occupied one keeps its holder). */
    @Transactional
    public Post freeze(String countyId, UUID postId, String reason) {
        Post post = lockPost(countyId, postId);
        requireNotAbolished(post);
        if (post.status != PostStatus.VACANT) {
            throw RuleViolation.conflict("FREEZE_VACANT_ONLY", "postId", new Reason(
                    "post " + postId + " is " + post.status + "; only a VACANT post is frozen",
                    "岗位 " + postId + " 当前状态为 " + post.status + "，只有空缺岗位可以冻结"));
        }
        post.status = PostStatus.FROZEN;
        post.freezeCause = FreezeCause.HR_DECISION;
        post.statusReason = trim(reason);
        post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        announcements.frozen(post);
        return post;
    }

    /**
     * Rule UNFREEZE_FROZEN_ONLY: only a frozen post is released.
     * Rule UNFREEZE_WITHIN_QUOTA: released, the school's vacant and occupied posts stay within its quota.
     */
    @Transactional
    public Post unfreeze(String countyId, UUID postId, String reason) {
        Post post = lockPost(countyId, postId);
        requireNotAbolished(post);
        if (post.status != PostStatus.FROZEN) {
            throw RuleViolation.conflict("UNFREEZE_FROZEN_ONLY", "postId", new Reason(
                    "post " + postId + " is " + post.status + ", not FROZEN",
                    "岗位 " + postId + " 当前状态为 " + post.status + "，并未冻结"));
        }
        KnownSchool school = KnownSchool.findById(post.schoolId);
        SchoolDirectory.requireActive(school);
        int usable = ledger.counts(school.id).usable();
        if (usable + 1 > school.quota) {
            throw RuleViolation.conflict("UNFREEZE_WITHIN_QUOTA", "postId", new Reason(
                    "school " + school.id + " already has " + usable + " vacant and occupied posts for a quota of "
                            + school.quota + "; the post stays frozen",
                    "学校 " + school.id + " 已有空缺及在岗岗位 " + usable + " 个，编制 " + school.quota + " 名，该岗位不能解冻"));
        }
        FreezeCause releasedFrom = post.freezeCause;
        post.status = PostStatus.VACANT;
        post.freezeCause = null;
        post.statusReason = trim(reason);
        post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        announcements.unfrozen(post, releasedFrom);
        return post;
    }

    /** Rule POST_EXISTS: a post of the caller's county (another county's is not shown). */
    public Post get(String countyId, UUID postId) {
        Post post = Post.findById(postId);
        if (post == null || !post.countyId.equals(countyId)) {
            throw RuleViolation.notFound("POST_EXISTS", "postId", new Reason(
                    "no post " + postId + " in this county", "本县没有岗位 " + postId));
        }
        return post;
    }

    public List<Post> list(String countyId, String schoolId, PostStatus status, PostCategory category, String subject) {
        KnownSchool school = schools.require(countyId, schoolId);
        StringBuilder query = new StringBuilder("schoolId = :school");
        Parameters params = Parameters.with("school", school.id);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        } else {
            query.append(" and status <> :abolished");
            params.and("abolished", PostStatus.ABOLISHED);
        }
        if (category != null) {
            query.append(" and category = :category");
            params.and("category", category);
        }
        if (subject != null) {
            query.append(" and subject = :subject");
            params.and("subject", subjects.require("subject", subject));
        }
        return Post.list(query + " order by category, subject, establishedSeq", params);
    }

    /**
     * A school's summary in two statements: the school with its regulation's versions and running
     * assignments, then its posts counted by the database in groups (the same figures as counting
     * each post, as {@link #summaries} does).
     */
    public PostSummary summary(String countyId, String schoolId) {
        PostLedger.SchoolFacts facts = ledger.schoolFacts(countyId, schoolId);
        KnownSchool school = facts.school();
        LocalDate today = clock.today();
        KnownRegulation regulation = RegulationRules.inForce(facts.regulations(), today);
        return PostSummary.ofGroups(school.id, school.name, school.status, school.quota, ledger.groups(school.id),
                policyOf(regulation)).with(facts.cover())
                .with(regulation, RegulationRules.pending(facts.regulations(), today));
    }

    /** The structure policy at a school: the configured shares, never below its regulation's leadership posts. */
    private StructurePolicy policyOf(KnownRegulation regulation) {
        return StructurePolicy.of(config).grantingLeadership(regulation == null ? 0 : regulation.leadershipTotal);
    }

    /**
     * The summaries of the county's schools, in school id order; with {@code overEstablishedOnly}
     * only the schools with more posts than quota.
     */
    public List<PostSummary> summaries(String countyId, boolean overEstablishedOnly) {
        List<KnownSchool> registered = KnownSchool.list("countyId = ?1 and registered = true order by id", countyId);
        Map<String, List<Post>> bySchool = Post.<Post>list("countyId = ?1 and status <> ?2", countyId, PostStatus.ABOLISHED)
                .stream().collect(Collectors.groupingBy(p -> p.schoolId));
        StructurePolicy policy = StructurePolicy.of(config);
        Map<String, CoverService.SchoolCover> cover = covers.bySchool(registered.stream().map(s -> s.id).toList());
        Map<String, List<KnownRegulation>> regulations = KnownRegulation.versionsIn(countyId);
        LocalDate today = clock.today();
        List<PostSummary> summaries = new ArrayList<>();
        for (KnownSchool school : registered) {
            List<KnownRegulation> versions = regulations.getOrDefault(school.id, List.of());
            KnownRegulation regulation = RegulationRules.inForce(versions, today);
            PostSummary summary = PostSummary.of(school.id, school.name, school.status, school.quota,
                    bySchool.getOrDefault(school.id, List.of()), regulation == null ? policy
                            : policy.grantingLeadership(regulation.leadershipTotal))
                    .with(cover.getOrDefault(school.id, CoverService.SchoolCover.NONE))
                    .with(regulation, RegulationRules.pending(versions, today));
            if (!overEstablishedOnly || summary.overEstablishedBy() > 0) {
                summaries.add(summary);
            }
        }
        return summaries;
    }

    /** The post, its school locked (every change to a school's posts is serialized), freshly read. */
    private Post lockPost(String countyId, UUID postId) {
        Post post = get(countyId, postId);
        schools.lockIfPresent(post.schoolId);
        em.refresh(post);
        return post;
    }

    /** Rule POST_NOT_ABOLISHED: an abolished post is history and changes no more. */
    private static void requireNotAbolished(Post post) {
        if (post.status == PostStatus.ABOLISHED) {
            throw RuleViolation.conflict("POST_NOT_ABOLISHED", "postId", new Reason(
                    "post " + post.id + " was abolished", "岗位 " + post.id + " 已撤销"));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
