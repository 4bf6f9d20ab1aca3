package org.county.staffing.recruitment.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.persistence.StoredJson;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.CampaignClosed;
import org.county.staffing.contracts.recruitment.CampaignOpened;
import org.county.staffing.recruitment.config.RecruitmentConfig;
import org.county.staffing.recruitment.employment.Appointment;
import org.county.staffing.recruitment.employment.AppointmentRules;
import org.county.staffing.recruitment.employment.AppointmentSource;
import org.county.staffing.recruitment.employment.Candidate;
import org.county.staffing.recruitment.employment.ContractTerms;
import org.county.staffing.recruitment.employment.EmploymentService;
import org.county.staffing.recruitment.employment.Move;
import org.county.staffing.recruitment.employment.Teacher;
import org.county.staffing.recruitment.employment.TeacherDirectory;
import org.county.staffing.recruitment.employment.TeacherService;
import org.county.staffing.recruitment.post.KnownPost;
import org.county.staffing.recruitment.post.PostDirectory;
import org.county.staffing.recruitment.school.KnownSchool;

/** Runs recruitment campaigns: applications, scores, ranking, offers in rank order, appointment on acceptance. */
@ApplicationScoped
public class CampaignService {

    @Inject
    PostDirectory posts;

    @Inject
    TeacherDirectory teachers;

    @Inject
    TeacherService teacherService;

    @Inject
    EmploymentService employment;

    @Inject
    Outbox outbox;

    @Inject
    RecruitmentConfig config;

    @Inject
    PlatformClock clock;

    @Inject
    EntityManager em;

    public record CampaignRequest(CampaignKind kind, String title, List<UUID> postIds, java.time.OffsetDateTime opensAt,
                                  java.time.OffsetDateTime closesAt, CampaignViews.Weights weights, TitleGrade minTitle,
                                  UUID roundId) {
    }

    @Transactional
    public Campaign open(String countyId, CampaignRequest r) {
        CampaignRules.requireWindow(r.opensAt(), r.closesAt());
        int written = r.weights() != null && r.weights().written() != null ? r.weights().written() : config.campaign().writtenWeight();
        int interview = r.weights() != null && r.weights().interview() != null ? r.weights().interview() : config.campaign().interviewWeight();
        CampaignRules.requireWeights(written, interview);
        Set<UUID> distinct = new LinkedHashSet<>(r.postIds());
        if (distinct.size() != r.postIds().size()) {
            throw RuleViolation.badRequest("CAMPAIGN_POSTS_DISTINCT", "postIds", new Reason(
                    "a post is listed twice", "岗位重复"));
        }
        int i = 0;
        for (UUID postId : r.postIds()) {
            String field = "postIds[" + i++ + "]";
            KnownPost post = posts.require(countyId, postId, field, true);
            AppointmentRules.requireVacant(posts.facts(post), field);
            long elsewhere = em.createQuery("""
                            select count(c) from Campaign c join c.postIds p
                            where p = :post and c.status <> :closed""", Long.class)
                    .setParameter("post", postId).setParameter("closed", CampaignStatus.CLOSED).getSingleResult();
            if (elsewhere > 0) {
                throw RuleViolation.conflict("POST_IN_ONE_CAMPAIGN", field, new Reason(
                        "post " + postId + " is already in a running campaign",
                        "岗位 " + postId + " 已在进行中的招聘（竞聘）中"));
            }
        }
        Campaign c = new Campaign();
        c.id = UUID.randomUUID();
        c.countyId = countyId;
        c.kind = r.kind();
        c.title = r.title();
        c.postIds = distinct;
        c.opensAt = r.opensAt().withOffsetSameInstant(java.time.ZoneOffset.UTC);
        c.closesAt = r.closesAt().withOffsetSameInstant(java.time.ZoneOffset.UTC);
        c.writtenWeight = written;
        c.interviewWeight = interview;
        c.minTitle = r.minTitle();
        c.roundId = r.roundId();
        c.status = CampaignStatus.OPEN;
        c.createdAt = now();
        c.persist();
        outbox.append(CampaignOpened.TYPE, "campaign", c.id.toString(), countyId,
                new CampaignOpened(c.id, c.kind.name(), List.copyOf(c.postIds), c.opensAt, c.closesAt, c.roundId));
        return c;
    }

    /**
     * A planned COMPETITION move (跨校競聘): the destination post opens as an INTERNAL campaign until
     * {@code closesAt} with the planned teacher's application already in; other county teachers may
     * apply, the ranking decides, and the move happens only when the winner accepts. A declined or
     * lost competition leaves the planned teacher at home.
     */
    public record Competition(UUID teacherId, UUID postId, UUID planId, UUID moveId, UUID roundId,
                              OffsetDateTime closesAt, String title) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Campaign openCompetition(String countyId, Competition competition) {
        Campaign c = open(countyId, new CampaignRequest(CampaignKind.INTERNAL, competition.title(),
                List.of(competition.postId()), now(), competition.closesAt(), null, null, competition.roundId()));
        c.planId = competition.planId();
        c.moveId = competition.moveId();
        c.invitedTeacherId = competition.teacherId();
        apply(countyId, c.id, competition.postId(), competition.teacherId(), null, false);
        return c;
    }

    /** The campaign of the county, or 404; teachers see only INTERNAL campaigns. */
    public Campaign require(String countyId, UUID id, boolean lock, boolean internalOnly) {
        Campaign c = lock ? Campaign.findById(id, LockModeType.PESSIMISTIC_WRITE) : Campaign.findById(id);
        if (c == null || !c.countyId.equals(countyId) || (internalOnly && c.kind != CampaignKind.INTERNAL)) {
            throw RuleViolation.notFound("CAMPAIGN_EXISTS", "campaignId", new Reason(
                    "no campaign " + id + " in this county", "本县没有招聘（竞聘） " + id));
        }
        return c;
    }

    public List<Campaign> list(String countyId, CampaignStatus status, boolean internalOnly) {
        List<Campaign> all = Campaign.list("countyId = ?1 order by opensAt desc, id", countyId);
        return all.stream().filter(c -> status == null || c.status == status)
                .filter(c -> !internalOnly || c.kind == CampaignKind.INTERNAL).toList();
    }

    /** The campaign as the API shows it, its posts named from this service's read models. */
    public CampaignViews.CampaignView view(Campaign c) {
        return views(List.of(c)).get(0);
    }

    /**
     * The campaigns as the API shows them. Their posts and those posts' schools come from this service's
     * read models of HR's posts and the staffing office's schools, two queries for the whole list.
     */
    public List<CampaignViews.CampaignView> views(List<Campaign> campaigns) {
        Set<UUID> postIds = campaigns.stream().flatMap(c -> c.postIds.stream()).collect(Collectors.toSet());
        Map<UUID, KnownPost> known = postIds.isEmpty() ? Map.of()
                : KnownPost.<KnownPost>list("postId in ?1", postIds).stream().collect(Collectors.toMap(p -> p.postId, p -> p));
        Set<String> schoolIds = known.values().stream().map(p -> p.schoolId).collect(Collectors.toSet());
        Map<String, KnownSchool> schools = schoolIds.isEmpty() ? Map.of()
                : KnownSchool.<KnownSchool>list("schoolId in ?1", schoolIds).stream()
                        .collect(Collectors.toMap(s -> s.schoolId, s -> s));
        return campaigns.stream().map(c -> CampaignViews.CampaignView.of(c, id -> {
            KnownPost post = known.get(id);
            return CampaignViews.CampaignPostView.of(id, post, post == null ? null : schools.get(post.schoolId));
        })).toList();
    }

    public List<Application> applications(UUID campaignId) {
        return Application.list("campaignId = ?1 order by postId, rank nulls last, appliedAt, id", campaignId);
    }

    /** {@code teacherId} for INTERNAL (a teacher user's own), {@code candidate} for OPEN. */
    @Transactional
    public Application apply(String countyId, UUID campaignId, UUID postId, UUID teacherId, Candidate candidate,
                             boolean teacherUser) {
        Campaign c = require(countyId, campaignId, true, teacherUser);
        CampaignRules.requireAcceptingApplications(c.status, now(), c.opensAt, c.closesAt);
        if (!c.postIds.contains(postId)) {
            throw RuleViolation.unprocessable("APPLICATION_POST_IN_CAMPAIGN", "postId", new Reason(
                    "post " + postId + " is not one of this campaign's posts", "岗位 " + postId + " 不在本次招聘范围内"));
        }
        KnownPost post = posts.require(countyId, postId, "postId", false);
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.campaignId = c.id;
        a.postId = postId;
        a.appliedAt = now();
        a.offer = OfferStatus.NONE;
        if (c.kind == CampaignKind.INTERNAL) {
            if (teacherId == null || candidate != null) {
                throw RuleViolation.badRequest("INTERNAL_APPLICANT_IS_TEACHER", "teacherId", new Reason(
                        "an INTERNAL campaign takes applications of county teachers by teacherId",
                        "校际竞聘须以 teacherId 报名（县内教师）"));
            }
            Teacher t = teachers.require(countyId, teacherId, "teacherId", false);
            Appointment current = Appointment.activeOf(t.id);
            CampaignRules.requireEligible(new CampaignRules.Applicant(c.kind, t.category, t.subjectList(), t.title, t.status,
                    current == null ? null : current.schoolId), post.category, post.subject, post.schoolId, c.minTitle);
            a.teacherId = t.id;
            a.applicantKey = "teacher:" + t.id;
        } else {
            if (candidate == null || teacherId != null) {
                throw RuleViolation.badRequest("OPEN_APPLICANT_IS_CANDIDATE", "candidate", new Reason(
                        "an OPEN campaign takes applications of candidates (name, ID number, subjects, title)",
                        "公开招聘须填写应聘人员信息（姓名、身份证号码、学科、职称）"));
            }
            Candidate.Stored stored = teacherService.protect(countyId, candidate);
            CampaignRules.requireEligible(new CampaignRules.Applicant(c.kind, stored.category(), stored.subjects(),
                    stored.title(), null, null), post.category, post.subject, post.schoolId, c.minTitle);
            a.candidate = StoredJson.write(stored);
            a.applicantKey = "person:" + stored.idNumberHash();
        }
        if (Application.count("campaignId = ?1 and applicantKey = ?2", c.id, a.applicantKey) > 0) {
            throw RuleViolation.conflict("APPLICATION_ONCE", c.kind == CampaignKind.INTERNAL ? "teacherId" : "candidate.idNumber",
                    new Reason("the applicant has already applied in this campaign", "该申请人已在本次招聘中报名"));
        }
        a.persist();
        return a;
    }

    @Transactional
    public Application score(String countyId, UUID campaignId, UUID applicationId, BigDecimal written, BigDecimal interview) {
        Campaign c = require(countyId, campaignId, true, false);
        CampaignRules.requireScoring(c.status);
        Application a = application(c, applicationId, false);
        int max = config.campaign().maxScore();
        a.writtenScore = CampaignRules.requireScore(written, max, "written");
        a.interviewScore = CampaignRules.requireScore(interview, max, "interview");
        a.totalScore = CampaignRules.total(a.writtenScore, a.interviewScore, c.writtenWeight, c.interviewWeight);
        return a;
    }

    /**
     * Stops applications, ranks each post's scored applications and offers every post to its best-ranked
     * applicant. A post frozen meanwhile (HR froze it, or its school's quota fell with no other vacant post
     * to freeze first) is offered to nobody: the campaign closes it unfilled and says why, and the planned
     * teacher of a competition stays at home (rule CAMPAIGN_POST_NOT_FROZEN).
     */
    @Transactional
    public Campaign close(String countyId, UUID campaignId) {
        Campaign c = require(countyId, campaignId, true, false);
        CampaignRules.requireClosable(c.status, now(), c.opensAt);
        Map<UUID, List<Application>> byPost = applications(c.id).stream().collect(Collectors.groupingBy(a -> a.postId));
        for (List<Application> ofPost : byPost.values()) {
            List<CampaignRules.Scored> scored = ofPost.stream().filter(a -> a.totalScore != null)
                    .map(a -> new CampaignRules.Scored(a.id, a.totalScore, a.interviewScore, a.writtenScore, a.appliedAt))
                    .toList();
            List<CampaignRules.Scored> ranked = CampaignRules.rank(scored);
            Map<UUID, Application> byId = ofPost.stream().collect(Collectors.toMap(a -> a.id, a -> a));
            for (int r = 0; r < ranked.size(); r++) {
                byId.get(ranked.get(r).applicationId()).rank = r + 1;
            }
        }
        c.status = CampaignStatus.OFFERING;
        c.closedAt = now();
        List<String> frozen = new ArrayList<>();
        for (UUID postId : c.postIds) {
            KnownPost post = KnownPost.findById(postId);
            if (post != null && post.frozen) {
                frozen.add(postId.toString());
                continue;
            }
            offerNext(c, postId);
        }
        if (!frozen.isEmpty()) {
            c.closedReason = CampaignRules.frozenPostsReason(frozen);
        }
        finishIfSettled(c);
        return c;
    }

    public record Acceptance(LocalDate effectiveFrom, ContractTerms contract) {
    }

    /** The applicant takes the post: a candidate becomes a county teacher; an INTERNAL winner is transferred. */
    @Transactional
    public Application accept(String countyId, UUID campaignId, UUID applicationId, Acceptance acceptance,
                              boolean teacherUser, java.util.function.Consumer<UUID> teacherScope) {
        Campaign c = require(countyId, campaignId, true, teacherUser);
        Application a = application(c, applicationId, true);
        teacherScope.accept(a.teacherId);
        requireOffered(a);
        LocalDate from = acceptance != null && acceptance.effectiveFrom() != null ? acceptance.effectiveFrom() : clock.today();
        ContractTerms terms = acceptance != null ? acceptance.contract() : null;
        UUID teacherId;
        if (c.kind == CampaignKind.OPEN) {
            Candidate.Stored stored = StoredJson.read(a.candidate, Candidate.Stored.class);
            Teacher hired = teacherService.registerHired(countyId, stored, from);
            employment.appoint(hired, a.postId, from, AppointmentSource.OPEN_CAMPAIGN, c.id, terms);
            teacherId = hired.id;
        } else {
            Teacher t = teachers.require(countyId, a.teacherId, "teacherId", true);
            if (Appointment.activeOf(t.id) != null) {
                // the rotation move is the planned teacher's; another winner moves by the same competition
                UUID moveId = t.id.equals(c.invitedTeacherId) ? c.moveId : null;
                boolean competition = c.roundId != null || c.planId != null;
                employment.transfer(countyId, List.of(new Move(t.id, null, a.postId, from, c.planId, moveId, c.roundId,
                        competition ? "COMPETITION" : null, null, c.id, terms, "postId")));
            } else {
                employment.appoint(t, a.postId, from, AppointmentSource.INTERNAL_CAMPAIGN, c.id, terms);
            }
            teacherId = t.id;
        }
        a.offer = OfferStatus.ACCEPTED;
        a.decidedAt = now();
        a.appointedTeacherId = teacherId;
        em.flush();
        finishIfSettled(c);
        return a;
    }

    @Transactional
    public Application decline(String countyId, UUID campaignId, UUID applicationId, boolean teacherUser,
                               java.util.function.Consumer<UUID> teacherScope) {
        Campaign c = require(countyId, campaignId, true, teacherUser);
        Application a = application(c, applicationId, true);
        teacherScope.accept(a.teacherId);
        requireOffered(a);
        a.offer = OfferStatus.DECLINED;
        a.decidedAt = now();
        em.flush();
        offerNext(c, a.postId);
        finishIfSettled(c);
        return a;
    }

    private void offerNext(Campaign c, UUID postId) {
        List<Application> ranked = Application.list("campaignId = ?1 and postId = ?2 and rank is not null order by rank",
                c.id, postId);
        Optional<UUID> next = CampaignRules.nextOffer(ranked.stream()
                .map(a -> new CampaignRules.Standing(a.id, a.offer)).toList());
        next.ifPresent(id -> ranked.stream().filter(a -> a.id.equals(id)).findFirst().ifPresent(a -> {
            a.offer = OfferStatus.OFFERED;
            a.offeredAt = now();
        }));
    }

    private void finishIfSettled(Campaign c) {
        if (c.status != CampaignStatus.OFFERING) {
            return;
        }
        List<Application> all = applications(c.id);
        if (all.stream().anyMatch(a -> a.offer == OfferStatus.OFFERED)) {
            return;
        }
        c.status = CampaignStatus.CLOSED;
        List<CampaignClosed.Appointment> placed = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Application a : all) {
            if (a.offer == OfferStatus.ACCEPTED && seen.add(a.postId)) {
                placed.add(new CampaignClosed.Appointment(a.appointedTeacherId, a.postId));
            }
        }
        outbox.append(CampaignClosed.TYPE, "campaign", c.id.toString(), c.countyId,
                new CampaignClosed(c.id, c.kind.name(), List.copyOf(c.postIds), c.opensAt, c.closesAt, c.roundId, placed,
                        c.closedReason));
    }

    private Application application(Campaign c, UUID applicationId, boolean lock) {
        Application a = lock ? Application.findById(applicationId, LockModeType.PESSIMISTIC_WRITE) : Application.findById(applicationId);
        if (a == null || !a.campaignId.equals(c.id)) {
            throw RuleViolation.notFound("APPLICATION_EXISTS", "applicationId", new Reason(
                    "no application " + applicationId + " in campaign " + c.id, "本次招聘中没有报名记录 " + applicationId));
        }
        return a;
    }

    private static void requireOffered(Application a) {
        if (a.offer != OfferStatus.OFFERED) {
            throw RuleViolation.conflict("OFFER_OPEN", "applicationId", new Reason(
                    "the application holds no open offer (it is " + a.offer + ")",
                    "该报名当前没有待答复的录用（聘任）通知（状态 " + a.offer + "）"));
        }
    }

    /** Instants as the database keeps them (microseconds), so a record reads back as it was written. */
    private OffsetDateTime now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
