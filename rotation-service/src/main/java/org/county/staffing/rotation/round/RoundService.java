package org.county.staffing.rotation.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.contracts.rotation.RoundPlanned;
import org.county.staffing.contracts.rotation.RoundProposed;
import org.county.staffing.rotation.community.SharingService;
import org.county.staffing.rotation.config.RotationConfig;
import org.county.staffing.rotation.eligibility.DueService;
import org.county.staffing.rotation.eligibility.Eligibility;
import org.county.staffing.rotation.planner.RotationPlanner;
import org.county.staffing.rotation.planner.TargetRule;
import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.Location;
import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RotationForm;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.UnmetShortage;
import org.county.staffing.rotation.planner.model.Weights;
import org.county.staffing.rotation.staffing.KnownSchool;
import org.county.staffing.rotation.school.ProfileService;
import org.county.staffing.rotation.school.SchoolProfile;
import org.county.staffing.rotation.staffing.AssignmentCoverService;
import org.county.staffing.rotation.staffing.CoverRules;
import org.county.staffing.rotation.staffing.KnownPost;
import org.county.staffing.rotation.staffing.KnownTeacher;
import org.county.staffing.rotation.staffing.StaffingPicture;
import org.county.staffing.rotation.staffing.StaffingService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Rotation rounds: build the problem from the read models, plan it optimally, save, propose. */
@ApplicationScoped
public class RoundService {

    @Inject
    PlatformClock clock;

    @Inject
    StaffingService staffing;

    @Inject
    AssignmentCoverService assignmentCover;

    @Inject
    DueService due;

    @Inject
    ProfileService profiles;

    @Inject
    RotationConfig config;

    @Inject
    SharingService sharings;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /** A round's problem as built from the read models, with the posts each destination may take. */
    public record Prepared(SchoolYear year, BigDecimal share, int due, PlanningProblem problem,
                           Map<String, List<String>> vacantPosts, int vacancies) {
    }

    public static PlannerParameters parameters(RoundRequest.Parameters p) {
        PlannerParameters d = PlannerParameters.defaults();
        if (p == null) {
            return d;
        }
        Weights w = d.weights();
        RoundRequest.WeightsRequest r = p.weights();
        if (r != null) {
            w = new Weights(or(r.tenurePerYear(), w.tenurePerYear()), or(r.tenureHorizonYears(), w.tenureHorizonYears()),
                    or(r.excellent(), w.excellent()), or(r.competent(), w.competent()), or(r.basic(), w.basic()),
                    or(r.unrated(), w.unrated()), or(r.travelPerKm(), w.travelPerKm()), or(r.coverage(), w.coverage()),
                    or(r.depth(), w.depth()), or(r.backbone(), w.backbone()));
        }
        Map<RotationForm, Integer> terms = new EnumMap<>(RotationForm.class);
        terms.putAll(d.termYears());
        if (p.termYears() != null) {
            p.termYears().forEach((form, years) -> {
                if (form != null && years != null) {
                    terms.put(form, years);
                }
            });
        }
        return new PlannerParameters(d.share(), p.maxSourceStaffShare() != null ? p.maxSourceStaffShare() : d.maxSourceStaffShare(),
                or(p.maxOpenedVacanciesPerSubject(), d.maxOpenedVacanciesPerSubject()),
                or(p.minKeptPerSubject(), d.minKeptPerSubject()), w,
                p.itinerantSubjects() != null ? p.itinerantSubjects() : d.itinerantSubjects(),
                or(p.itinerantMaxShortage(), d.itinerantMaxShortage()), terms);
    }

    private static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }

    /** Rule ROUND_DATA_COMPLETE: a round needs schools, teachers, posts, quotas, profiles and due teachers. */
    public Prepared prepare(String countyId, RoundRequest request) {
        SchoolYear year = SchoolYear.parse(request.schoolYear());
        BigDecimal share = request.share() != null ? request.share() : config.share();
        PlannerParameters parameters = parameters(request.parameters()).withShare(share);
        Map<String, StaffingPicture.SchoolStaffing> pictures = staffing.county(countyId);
        Map<String, SchoolProfile> profileById = new HashMap<>();
        for (SchoolProfile p : SchoolProfile.<SchoolProfile>list("countyId", countyId)) {
            profileById.put(p.schoolId, p);
        }
        List<Eligibility.Verdict> verdicts = due.reached(countyId, year);
        List<Eligibility.Verdict> dueTeachers = verdicts.stream().filter(Eligibility.Verdict::due).toList();

        List<Violation> missing = new ArrayList<>();
        if (pictures.isEmpty()) {
            missing.add(missing("schools", "no school of the county is registered (quota.school.registered.v1)",
                    "本县尚无登记的学校（quota.school.registered.v1）"));
        }
        boolean anyStaff = pictures.values().stream().anyMatch(p -> p.staff() > 0);
        boolean anyPost = pictures.values().stream().anyMatch(p -> !p.subjects().isEmpty() && p.subjects().stream().anyMatch(l -> l.posts() > 0));
        if (!pictures.isEmpty() && !anyStaff) {
            missing.add(missing("teachers", "no teacher is appointed at a school of the county (recruitment.teacher.appointed.v1)",
                    "本县学校尚无聘用的教师（recruitment.teacher.appointed.v1）"));
        }
        if (!pictures.isEmpty() && !anyPost) {
            missing.add(missing("posts", "no teaching post is established at a school of the county (post.post.established.v1)",
                    "本县学校尚未设置教学岗位（post.post.established.v1）"));
        }
        List<String> relevant = pictures.values().stream()
                .filter(p -> p.staff() > 0 || p.subjects().stream().anyMatch(l -> l.vacancies() > 0))
                .map(StaffingPicture.SchoolStaffing::schoolId).toList();
        List<String> noProfile = relevant.stream().filter(id -> !profileById.containsKey(id)).toList();
        if (!noProfile.isEmpty()) {
            missing.add(missing("profiles", noProfile.size() + " schools have no profile (tier and coordinates, PUT /schools/{id}/profile): " + sample(noProfile),
                    noProfile.size() + " 所学校尚未设置档案（等级和坐标，PUT /schools/{id}/profile）：" + sample(noProfile)));
        }
        List<String> noQuota = relevant.stream().filter(id -> pictures.get(id).quota() == null).toList();
        if (!noQuota.isEmpty()) {
            missing.add(missing("quota", noQuota.size() + " schools have no quota allocation (quota.allocation.changed.v1): " + sample(noQuota),
                    noQuota.size() + " 所学校尚无编制核定（quota.allocation.changed.v1）：" + sample(noQuota)));
        }
        if (missing.isEmpty() && dueTeachers.isEmpty()) {
            missing.add(missing("due", "no teacher is due in " + year + " (none has " + due.settings().dueYears()
                    + " years at a school without an exemption)", year + " 学年没有应轮岗教师（无人在同一学校任教满 "
                    + due.settings().dueYears() + " 年且未被免除）"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(409, missing);
        }

        Map<String, Integer> shared = sharings.sharedHours(countyId, year.startsOn(), year.endsOn());
        AssignmentCoverService.Cover assigned = assignmentCover.cover(countyId, year.startsOn(), year.endsOn());
        List<PlanSchool> schools = new ArrayList<>();
        List<SubjectPosition> positions = new ArrayList<>();
        Map<String, List<String>> vacantPosts = new HashMap<>();
        int vacancies = 0;
        for (String id : relevant) {
            StaffingPicture.SchoolStaffing picture = pictures.get(id);
            KnownSchool school = KnownSchool.findById(id);
            SchoolProfile profile = profileById.get(id);
            UUID community = profiles.communityOf(id);
            schools.add(new PlanSchool(id, countyId, school.district, community == null ? null : community.toString(),
                    profile.tier, Location.valueOf(school.location), profile.latitude.doubleValue(),
                    profile.longitude.doubleValue(), picture.staff(), picture.quota()));
            for (StaffingPicture.SubjectLine line : picture.subjects()) {
                // rule SHARED_HOURS_COVER: a vacancy taught by a community's shared teachers or by an assigned
                // (support-teaching, shadowing, itinerant) teacher is covered
                int left = CoverRules.vacanciesLeft(line.vacancies(), shared.getOrDefault(id + "|" + line.subject(), 0),
                        sharings.fullPostHours(), assigned.share(id, line.subject()));
                positions.add(new SubjectPosition(id, line.subject(), line.posts(), line.teachers(), left));
                // the posts an assignment names are the covered ones, so they are the last offered to a move
                List<String> open = new ArrayList<>(line.vacantPostIds());
                open.sort(Comparator.comparing(assigned.coveredPostIds()::contains));
                vacantPosts.put(id + "|" + line.subject(), open.subList(0, left));
                vacancies += left;
            }
        }
        List<Candidate> candidates = dueTeachers.stream().map(v -> new Candidate(v.teacher().teacherId().toString(),
                v.teacher().schoolId(), v.teacher().postId(), v.teacher().subject(), v.yearsAtSchool(),
                v.teacher().latestGrade(), v.teacher().backbone(), v.teacher().young())).toList();
        int target = TargetRule.target(dueTeachers.size(), share);
        PlanningProblem problem = PlanningProblem.ofCounty(countyId, schools, positions, candidates, target, parameters);
        return new Prepared(year, share, dueTeachers.size(), problem, vacantPosts, vacancies);
    }

    private static Violation missing(String field, String en, String zh) {
        return new Violation(field, "ROUND_DATA_COMPLETE", new Reason(en, zh));
    }

    private static String sample(List<String> ids) {
        return ids.size() <= 10 ? ids.toString() : ids.subList(0, 10) + " ...";
    }

    /** Plans without saving anything: a what-if. */
    public RoundView simulate(String countyId, RoundRequest request) {
        Prepared prepared = prepare(countyId, request);
        RoundPlan plan = new RotationPlanner().plan(prepared.problem());
        List<RoundMove> moves = toMoves(null, prepared, plan);
        return simulationView(prepared, plan, moves);
    }

    @Transactional
    public RoundView create(String countyId, RoundRequest request) {
        Prepared prepared = prepare(countyId, request);
        RoundPlan plan = new RotationPlanner().plan(prepared.problem());
        RotationRound round = new RotationRound();
        round.id = UUID.randomUUID();
        round.countyId = countyId;
        round.schoolYear = prepared.year().toString();
        round.share = prepared.share();
        round.parameters = write(prepared.problem().parameters());
        round.due = prepared.due();
        round.target = plan.target();
        round.moves = plan.moves().size();
        round.unmet = plan.unmet().stream().mapToInt(UnmetShortage::unmet).sum();
        round.objective = plan.totalCost();
        round.gap = plan.gap();
        round.gapReasons = write(plan.gapReasons());
        round.unmetDetail = write(plan.unmet());
        round.status = RotationRound.PLANNED;
        round.createdAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        round.createdBy = caller.actor();
        round.persist();
        List<RoundMove> moves = toMoves(round.id, prepared, plan);
        moves.forEach(m -> m.persist());
        outbox.append(RoundPlanned.TYPE, "round", round.id.toString(), new RoundPlanned(round.id,
                round.schoolYear, round.due, round.target, round.moves, round.unmet, round.objective, round.share,
                json.valueToTree(prepared.problem().parameters())));
        return view(round, moves, prepared.vacancies());
    }

    private List<RoundMove> toMoves(UUID roundId, Prepared prepared, RoundPlan plan) {
        List<RoundMove> moves = new ArrayList<>();
        int ordinal = 0;
        for (Move m : plan.moves()) {
            RoundMove move = new RoundMove();
            move.id = UUID.randomUUID();
            move.roundId = roundId;
            move.ordinal = ordinal++;
            move.teacherId = UUID.fromString(m.teacherId());
            move.fromSchoolId = m.fromSchoolId();
            move.fromPostId = m.fromPostId() == null ? null : UUID.fromString(m.fromPostId());
            move.toSchoolId = m.toSchoolId();
            List<String> posts = prepared.vacantPosts().getOrDefault(m.toSchoolId() + "|" + m.subject(), List.of());
            move.toPostId = m.vacancyNumber() <= posts.size() ? UUID.fromString(posts.get(m.vacancyNumber() - 1)) : null;
            move.subject = m.subject();
            move.form = m.form();
            move.termYears = m.termYears();
            move.returnDate = m.termYears() > 0 ? prepared.year().startsOn().plusYears(m.termYears()) : null;
            move.pairedWith = m.pairedWith() == null ? null : UUID.fromString(m.pairedWith());
            move.directions = m.directions().stream().map(Enum::name).collect(Collectors.joining(","));
            move.vacancyNumber = m.vacancyNumber();
            move.costPriority = m.cost().priority();
            move.costTravel = m.cost().travel();
            move.costBackbone = m.cost().backbone();
            move.costCoverage = m.cost().coverage();
            move.costTotal = m.cost().total();
            move.travelKm = m.cost().travelKm();
            move.reasons = write(m.reasons());
            move.status = RoundMove.PLANNED;
            moves.add(move);
        }
        return moves;
    }

    public RotationRound round(String countyId, UUID id) {
        RotationRound round = RotationRound.findById(id);
        if (round == null || !round.countyId.equals(countyId)) {
            throw RuleViolation.notFound("ROUND_EXISTS", "id", new Reason(
                    "no rotation round " + id + " in this county", "本县没有轮岗方案 " + id));
        }
        return round;
    }

    public RoundView get(String countyId, UUID id) {
        RotationRound round = round(countyId, id);
        return view(round, moves(round.id), vacanciesOf(round));
    }

    public List<RoundView> list(String countyId, SchoolYear schoolYear) {
        List<RotationRound> rounds = schoolYear == null
                ? RotationRound.list("countyId = ?1 order by createdAt desc", countyId)
                : RotationRound.list("countyId = ?1 and schoolYear = ?2 order by createdAt desc", countyId,
                        schoolYear.toString());
        return rounds.stream().map(r -> view(r, moves(r.id), vacanciesOf(r))).toList();
    }

    static List<RoundMove> moves(UUID roundId) {
        return RoundMove.list("roundId = ?1 order by ordinal", roundId);
    }

    private int vacanciesOf(RotationRound round) {
        List<UnmetShortage> unmet = read(round.unmetDetail, new TypeReference<>() { });
        return round.moves + unmet.stream().mapToInt(UnmetShortage::unmet).sum();
    }

    /**
     * Rule ROUND_PROPOSED_ONCE: a planned round is proposed into the school year's annual plan once,
     * and only one round per county and school year (ROUND_YEAR_PROPOSED_ONCE); rule ROUND_STILL_VALID:
     * every teacher is still at the source school and every destination post still vacant.
     */
    @Transactional
    public RoundView propose(String countyId, UUID id) {
        RotationRound round = round(countyId, id);
        em.lock(round, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(round);
        if (!RotationRound.PLANNED.equals(round.status)) {
            throw RuleViolation.conflict("ROUND_PROPOSED_ONCE", "id", new Reason(
                    "round " + id + " was already proposed (" + round.status + ")", "轮岗方案 " + id + " 已提交（" + round.status + "）"));
        }
        // serialises proposals of one county and school year
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, countyId + "|" + round.schoolYear).getSingleResult();
        if (RotationRound.count("countyId = ?1 and schoolYear = ?2 and status <> ?3", countyId, round.schoolYear, RotationRound.PLANNED) > 0) {
            throw RuleViolation.conflict("ROUND_YEAR_PROPOSED_ONCE", "id", new Reason(
                    "another round of " + round.schoolYear + " is already in the annual plan",
                    round.schoolYear + " 学年已有其他轮岗方案列入年度计划"));
        }
        List<RoundMove> moves = moves(round.id);
        List<String> stale = new ArrayList<>();
        Set<UUID> takenPosts = new HashSet<>();
        List<UUID> destinations = moves.stream().map(m -> m.toPostId).filter(p -> p != null).toList();
        if (!destinations.isEmpty()) {
            for (KnownTeacher t : KnownTeacher.<KnownTeacher>list("postId in ?1", destinations)) {
                if (t.inService()) {
                    takenPosts.add(t.postId);
                }
            }
        }
        for (RoundMove m : moves) {
            KnownTeacher teacher = KnownTeacher.findById(m.teacherId);
            KnownPost post = m.toPostId == null ? null : KnownPost.findById(m.toPostId);
            if (teacher == null || !teacher.inService() || !m.fromSchoolId.equals(teacher.schoolId)) {
                stale.add("teacher " + m.teacherId + " is no longer at " + m.fromSchoolId);
            } else if (post == null || !KnownPost.OPEN.equals(post.status) || takenPosts.contains(post.id)) {
                stale.add("post " + m.toPostId + " at " + m.toSchoolId + " is no longer vacant");
            }
        }
        if (!stale.isEmpty()) {
            throw RuleViolation.conflict("ROUND_STILL_VALID", "id", new Reason(
                    "the staffing changed since the round was planned; plan a new round: " + sampleText(stale),
                    "方案制定后人员或岗位已变化，请重新制定方案：" + sampleText(stale)));
        }
        round.status = RotationRound.PROPOSED;
        round.proposedAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<RoundProposed.Move> proposed = moves.stream().map(m -> new RoundProposed.Move(m.id, m.teacherId,
                m.fromSchoolId, m.fromPostId, m.toSchoolId, m.toPostId, m.subject, m.form.name(),
                m.termYears > 0 ? m.termYears : null, m.returnDate, m.pairedWith,
                read(m.reasons, new TypeReference<List<Explanation>>() { }).stream()
                        .map(r -> new RoundProposed.Reason(r.code(), r.en(), r.zh())).toList())).toList();
        outbox.append(RoundProposed.TYPE, "round", round.id.toString(),
                new RoundProposed(round.id, countyId, round.schoolYear, proposed));
        return view(round, moves, vacanciesOf(round));
    }

    private static String sampleText(List<String> items) {
        return items.size() <= 5 ? String.join("; ", items) : String.join("; ", items.subList(0, 5)) + " (+" + (items.size() - 5) + ")";
    }

    RoundView view(RotationRound round, List<RoundMove> moves, int vacancies) {
        PlannerParameters parameters = read(round.parameters, new TypeReference<>() { });
        List<Explanation> gapReasons = read(round.gapReasons, new TypeReference<>() { });
        List<UnmetShortage> unmet = read(round.unmetDetail, new TypeReference<>() { });
        return new RoundView(round.id, round.schoolYear, round.status, round.share, parameters, round.due, round.target,
                round.objective, round.gap, gapReasons, coverage(vacancies, moves.size()),
                moves.stream().map(this::moveView).toList(), unmet, round.planId, round.planVersion, round.createdAt,
                round.createdBy, round.proposedAt, round.executedOn);
    }

    private RoundView simulationView(Prepared prepared, RoundPlan plan, List<RoundMove> moves) {
        return new RoundView(null, prepared.year().toString(), "SIMULATED", prepared.share(), prepared.problem().parameters(),
                prepared.due(), plan.target(), plan.totalCost(), plan.gap(), plan.gapReasons(),
                coverage(prepared.vacancies(), moves.size()), moves.stream().map(this::moveView).toList(), plan.unmet(),
                null, null, null, null, null, null);
    }

    private static RoundView.Coverage coverage(int vacancies, int filled) {
        return new RoundView.Coverage(vacancies, filled, vacancies == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(filled).divide(BigDecimal.valueOf(vacancies), 4, RoundingMode.HALF_UP));
    }

    RoundView.MoveView moveView(RoundMove m) {
        List<Direction> directions = Arrays.stream(m.directions.split(",")).filter(s -> !s.isBlank()).map(Direction::valueOf).toList();
        return new RoundView.MoveView(m.id, m.teacherId, m.fromSchoolId, m.fromPostId, m.toSchoolId, m.toPostId, m.subject,
                m.form, m.termYears, m.returnDate, m.pairedWith, directions, m.vacancyNumber, m.costTotal,
                org.county.staffing.rotation.planner.model.CostTerms.of(m.costPriority, m.costTravel, m.costBackbone,
                        m.costCoverage, m.travelKm),
                read(m.reasons, new TypeReference<>() { }), m.status, m.startedOn, m.returnedOn);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON could not be read", e);
        }
    }
}
