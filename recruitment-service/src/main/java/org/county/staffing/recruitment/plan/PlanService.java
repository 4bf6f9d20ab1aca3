package org.county.staffing.recruitment.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.context.EventContext;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.persistence.StoredJson;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.PlanApproved;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanOverdue;
import org.county.staffing.contracts.recruitment.PlanRejected;
import org.county.staffing.contracts.recruitment.PlanSubmitted;
import org.county.staffing.recruitment.campaign.Application;
import org.county.staffing.recruitment.campaign.Campaign;
import org.county.staffing.recruitment.campaign.CampaignService;
import org.county.staffing.recruitment.config.RecruitmentConfig;
import org.county.staffing.recruitment.employment.Appointment;
import org.county.staffing.recruitment.employment.Assignment;
import org.county.staffing.recruitment.employment.AssignmentForm;
import org.county.staffing.recruitment.employment.AssignmentService;
import org.county.staffing.recruitment.employment.EmploymentService;
import org.county.staffing.recruitment.employment.Move;
import org.county.staffing.recruitment.employment.Teacher;
import org.county.staffing.recruitment.post.KnownPost;
import org.county.staffing.recruitment.school.KnownSchool;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The annual plan as a choreographed saga: the bureau submits, the staffing office and HR each
 * answer with their own decision event, the bureau carries out an approved plan and announces it;
 * quota-service and post-service apply their items from that announcement.
 */
@ApplicationScoped
public class PlanService {

    @Inject
    Outbox outbox;

    @Inject
    Subjects subjects;

    @Inject
    RecruitmentConfig config;

    @Inject
    PlatformClock clock;

    @Inject
    EmploymentService employment;

    @Inject
    BackboneConfig backbone;

    @Inject
    AssignmentService assignments;

    @Inject
    CampaignService campaigns;

    public record Draft(String schoolYear, List<PlanItem> items, LocalDate effectiveDate) {
    }

    @Transactional
    public Plan create(String countyId, Draft draft) {
        SchoolYear year = SchoolYear.parse(draft.schoolYear());
        List<PlanItem> items = PlanRules.requireItems(draft.items() == null ? List.of() : draft.items(), subjects::require);
        LocalDate effective = draft.effectiveDate() != null ? draft.effectiveDate() : year.startsOn();
        PlanRules.requireEffectiveDate(year, effective);
        if (editablePlan(countyId, year.toString()) != null) {
            throw RuleViolation.conflict("PLAN_ONE_DRAFT_PER_YEAR", "schoolYear", new Reason(
                    "the plan of " + year + " is already being prepared; revise that one",
                    year + " 学年已有正在编制的方案，请修改该方案"));
        }
        Plan plan = newPlan(countyId, year, effective);
        plan.itemList(items);
        plan.persist();
        return plan;
    }

    @Transactional
    public Plan revise(String countyId, UUID planId, List<PlanItem> items, LocalDate effectiveDate) {
        Plan plan = require(countyId, planId, true);
        PlanRules.requireEditable(plan.status);
        if (items != null) {
            plan.itemList(PlanRules.requireItems(items, subjects::require));
        }
        if (effectiveDate != null) {
            PlanRules.requireEffectiveDate(SchoolYear.parse(plan.schoolYear), effectiveDate);
            plan.effectiveDate = effectiveDate;
        }
        return plan;
    }

    /** Submits the plan's current items as a new version: the first, or the next after a rejection. */
    @Transactional
    public Plan submit(String countyId, UUID planId, boolean markedLate, String lateReason, String actor) {
        Plan plan = require(countyId, planId, true);
        int version = PlanRules.versionToSubmit(plan.status, plan.version);
        List<PlanItem> items = plan.itemList();
        PlanRules.requireItemsPresent(items);
        SchoolYear year = SchoolYear.parse(plan.schoolYear);
        boolean late = PlanRules.requireOnTime(clock.today(), PlanRules.deadline(year, config.plan().submissionDeadline()),
                markedLate, lateReason);
        requireReferences(countyId, items);
        if (config.plan().carryOutForms()) {
            PlanRules.requireExchangesPaired(items);
        }
        plan.version = version;
        plan.status = PlanStatus.SUBMITTED;
        plan.late = late;
        plan.lateReason = late ? lateReason.trim() : null;
        plan.submittedAt = clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        plan.overdueSince = null;
        PlanVersion v = new PlanVersion();
        v.planId = plan.id;
        v.version = version;
        v.items = plan.items;
        v.effectiveDate = plan.effectiveDate;
        v.late = plan.late;
        v.lateReason = plan.lateReason;
        v.submittedAt = plan.submittedAt;
        v.submittedBy = actor;
        v.outcome = PlanStatus.SUBMITTED;
        v.persist();
        outbox.append(PlanSubmitted.TYPE, "plan", plan.id.toString(), countyId,
                new PlanSubmitted(plan.id, countyId, plan.schoolYear, version, plan.late, plan.lateReason,
                        plan.effectiveDate, PlanItem.published(items)));
        return plan;
    }

    /** A decision event of the staffing office or HR; {@link RuleViolation}s here are dead-lettered by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlanRules.Outcome decide(String eventCountyId, UUID planId, int version, Department department, boolean approve,
                                    List<String> reasons, List<?> checks, String actor, OffsetDateTime decidedAt,
                                    String eventId) {
        Plan plan = Plan.findById(planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || (eventCountyId != null && !plan.countyId.equals(eventCountyId))) {
            throw RuleViolation.notFound("PLAN_EXISTS", "planId", new Reason(
                    "no plan " + planId + " in county " + eventCountyId, "县 " + eventCountyId + " 没有方案 " + planId));
        }
        if (!approve && reasons.isEmpty()) {
            throw RuleViolation.unprocessable("PLAN_REJECTION_REASONED", "reasons", new Reason(
                    "a rejection states its reasons", "退回方案须说明理由"));
        }
        Map<Department, Boolean> already = new EnumMap<>(Department.class);
        for (PlanDecision d : PlanDecision.<PlanDecision>list("planId = ?1 and version = ?2", planId, version)) {
            already.put(d.department, "APPROVE".equals(d.decision));
        }
        PlanRules.Outcome outcome = PlanRules.decide(plan.status, plan.version, version, already,
                new PlanRules.Decision(department, approve));
        PlanDecision d = new PlanDecision();
        d.planId = planId;
        d.version = version;
        d.department = department;
        d.decision = approve ? "APPROVE" : "REJECT";
        d.reasons = StoredJson.write(reasons);
        d.checks = StoredJson.write(checks == null ? List.of() : checks);
        d.actor = actor;
        d.decidedAt = decidedAt;
        d.eventId = eventId;
        d.persist();
        PlanVersion v = PlanVersion.find("planId = ?1 and version = ?2", planId, version).firstResult();
        switch (outcome) {
            case REJECTED -> {
                plan.status = PlanStatus.REJECTED;
                plan.overdueSince = null;
                v.outcome = PlanStatus.REJECTED;
                outbox.append(PlanRejected.TYPE, "plan", plan.id.toString(), plan.countyId,
                        new PlanRejected(plan.id, version, department.name(), reasons));
            }
            case APPROVED -> {
                plan.status = PlanStatus.APPROVED;
                plan.overdueSince = null;
                v.outcome = PlanStatus.APPROVED;
                List<PlanApproved.Approval> approvals = new ArrayList<>();
                for (PlanDecision each : PlanDecision.<PlanDecision>list("planId = ?1 and version = ?2 order by department",
                        planId, version)) {
                    approvals.add(new PlanApproved.Approval(each.department.name(), each.actor, each.decidedAt));
                }
                if (approvals.stream().noneMatch(a -> a.department().equals(department.name()))) {
                    approvals.add(new PlanApproved.Approval(department.name(), actor, decidedAt));
                }
                outbox.append(PlanApproved.TYPE, "plan", plan.id.toString(), plan.countyId,
                        new PlanApproved(plan.id, version, plan.schoolYear, approvals));
            }
            default -> {
            }
        }
        return outcome;
    }

    /**
     * Carries out an approved plan on or after its effective date, each move by its form when
     * {@code recruitment.plan.carry-out-forms} is on (else every move is a transfer), all in one
     * transaction (any broken rule refuses the whole execution): transfers (no form, PAIRED_EXCHANGE:
     * both teachers of a pair move or neither), assignments that keep the home post
     * (SUPPORT_TEACHING, SHADOWING, ITINERANT), internal campaigns for COMPETITION moves; then the
     * announcement.
     */
    @Transactional
    public Plan execute(String countyId, UUID planId) {
        Plan plan = require(countyId, planId, true);
        LocalDate on = clock.today();
        PlanRules.requireExecutable(plan.status, on, plan.effectiveDate);
        List<PlanItem> items = plan.itemList();
        boolean byForm = config.plan().carryOutForms();
        if (byForm) {
            PlanRules.requireExchangesPaired(items);
        }
        List<Move> transfers = new ArrayList<>();
        List<AssignmentService.Start> temporary = new ArrayList<>();
        List<CampaignService.Competition> competitions = new ArrayList<>();
        OffsetDateTime now = clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            if (item.kind() != ItemKind.TEACHER_MOVE) {
                continue;
            }
            String at = "items[" + i + "]";
            switch (byForm ? PlanRules.carriedOutAs(item.form()) : PlanRules.Execution.TRANSFER) {
                case TRANSFER -> transfers.add(new Move(item.teacherId(), item.fromPostId(), item.toPostId(),
                        plan.effectiveDate, plan.id, item.moveId(), item.roundId(),
                        item.form() == null ? null : item.form().name(), item.returnDate(), null, null, at));
                case ASSIGNMENT -> temporary.add(new AssignmentService.Start(item.teacherId(), item.fromPostId(),
                        item.toPostId(), AssignmentForm.valueOf(item.form().name()), item.hoursPerWeek(), item.termYears(),
                        item.returnDate(), plan.effectiveDate, plan.id, item.moveId(), item.roundId(), at));
                case COMPETITION -> competitions.add(new CampaignService.Competition(item.teacherId(), item.toPostId(),
                        plan.id, item.moveId(), item.roundId(), now.plus(config.competition().openFor()),
                        "跨校竞聘 " + plan.schoolYear + " " + item.subject()));
            }
        }
        if (!transfers.isEmpty()) {
            employment.transfer(countyId, transfers);
        }
        for (AssignmentService.Start start : temporary) {
            assignments.start(countyId, start);
        }
        for (CampaignService.Competition competition : competitions) {
            campaigns.openCompetition(countyId, competition);
        }
        plan.status = PlanStatus.EXECUTED;
        plan.executedOn = on;
        PlanVersion v = PlanVersion.find("planId = ?1 and version = ?2", plan.id, plan.version).firstResult();
        v.outcome = PlanStatus.EXECUTED;
        outbox.append(PlanExecuted.TYPE, "plan", plan.id.toString(), countyId,
                new PlanExecuted(plan.id, plan.version, plan.schoolYear, on, PlanItem.published(items)));
        return plan;
    }

    /** Flags every submitted version that waited longer than the configured time, once per version. */
    @Transactional
    public List<Plan> flagOverdue(OffsetDateTime now) {
        OffsetDateTime before = now.minus(config.plan().decisionOverdueAfter());
        List<Plan> waiting = Plan.list("status = ?1 and overdueSince is null and submittedAt < ?2",
                PlanStatus.SUBMITTED, before);
        for (Plan plan : waiting) {
            if (!PlanRules.overdue(plan.status, plan.submittedAt, now, config.plan().decisionOverdueAfter())) {
                continue;
            }
            plan.overdueSince = now;
            // scheduled work speaks for the service itself, whatever context the scheduler runs in
            PlanOverdue overdue = new PlanOverdue(plan.id, plan.version, plan.submittedAt,
                    waitingFor(plan).stream().map(Department::name).toList());
            EventContext.runWith(EventContext.system(backbone.serviceName(), plan.countyId), () ->
                    outbox.append(PlanOverdue.TYPE, "plan", plan.id.toString(), plan.countyId, overdue));
        }
        return waiting;
    }

    /** A rotation round's moves join the school year's plan under preparation (one is started if none is). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan addRotationMoves(String countyId, SchoolYear year, List<PlanItem> moves) {
        Plan plan = editablePlan(countyId, year.toString());
        if (plan == null) {
            plan = newPlan(countyId, year, year.startsOn());
            plan.itemList(List.of());
            plan.persist();
        }
        List<PlanItem> items = new ArrayList<>(plan.itemList());
        Set<UUID> known = new HashSet<>();
        items.stream().filter(i -> i.moveId() != null).forEach(i -> known.add(i.moveId()));
        for (PlanItem move : moves) {
            if (move.moveId() == null || known.add(move.moveId())) {
                items.add(move);
            }
        }
        plan.itemList(PlanRules.requireItems(items, subjects::require));
        return plan;
    }

    public Plan require(String countyId, UUID planId, boolean lock) {
        Plan plan = lock ? Plan.findById(planId, LockModeType.PESSIMISTIC_WRITE) : Plan.findById(planId);
        if (plan == null || !plan.countyId.equals(countyId)) {
            throw RuleViolation.notFound("PLAN_EXISTS", "planId", new Reason(
                    "no plan " + planId + " in this county", "本县没有方案 " + planId));
        }
        return plan;
    }

    public List<Plan> list(String countyId, SchoolYear schoolYear, PlanStatus status) {
        List<Plan> plans = Plan.list("countyId = ?1 order by schoolYear desc, createdAt desc", countyId);
        return plans.stream().filter(p -> schoolYear == null || p.schoolYear.equals(schoolYear.toString()))
                .filter(p -> status == null || p.status == status).toList();
    }

    public PlanViews.PlanView view(Plan plan) {
        Map<Integer, List<PlanViews.DecisionView>> decisions = new HashMap<>();
        for (PlanDecision d : PlanDecision.<PlanDecision>list("planId = ?1 order by version, department", plan.id)) {
            decisions.computeIfAbsent(d.version, k -> new ArrayList<>()).add(new PlanViews.DecisionView(d.department,
                    d.decision, StoredJson.read(d.reasons, new TypeReference<List<String>>() {
                    }), StoredJson.read(d.checks, JsonNode.class), d.actor, d.decidedAt));
        }
        List<PlanViews.VersionView> history = new ArrayList<>();
        for (PlanVersion v : PlanVersion.<PlanVersion>list("planId = ?1 order by version", plan.id)) {
            history.add(new PlanViews.VersionView(v.version, v.submittedAt, v.submittedBy, v.late, v.lateReason,
                    v.effectiveDate, v.outcome, Plan.readItems(v.items), decisions.getOrDefault(v.version, List.of())));
        }
        boolean decidedVersionIsCurrent = plan.status != PlanStatus.REJECTED && plan.status != PlanStatus.DRAFT;
        return new PlanViews.PlanView(plan.id, plan.countyId, plan.schoolYear, plan.status, plan.version, plan.effectiveDate,
                PlanRules.deadline(SchoolYear.parse(plan.schoolYear), config.plan().submissionDeadline()), plan.late,
                plan.lateReason, plan.submittedAt, plan.overdueSince != null, plan.overdueSince, plan.executedOn,
                plan.itemList(), decisions.getOrDefault(plan.version, List.of()),
                decidedVersionIsCurrent ? waitingFor(plan) : List.of(), history, moveOutcomes(plan));
    }

    /** What became of each teacher move of an executed plan, read from the records its execution made. */
    private List<MoveOutcome> moveOutcomes(Plan plan) {
        if (plan.status != PlanStatus.EXECUTED) {
            return List.of();
        }
        Set<UUID> transferred = new HashSet<>();
        Appointment.<Appointment>list("planId = ?1", plan.id).forEach(a -> transferred.add(a.teacherId));
        // an itinerant host post may have several teachers: by teacher and host post
        Map<String, Assignment> assigned = new HashMap<>();
        for (Assignment a : Assignment.<Assignment>list("planId = ?1", plan.id)) {
            assigned.put(a.teacherId + "/" + a.hostPostId, a);
        }
        Map<UUID, Campaign> competitions = new HashMap<>();
        for (Campaign c : Campaign.<Campaign>list("planId = ?1", plan.id)) {
            c.postIds.forEach(post -> competitions.put(post, c));
        }
        List<MoveOutcome> out = new ArrayList<>();
        List<PlanItem> items = plan.itemList();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            if (item.kind() != ItemKind.TEACHER_MOVE) {
                continue;
            }
            Assignment assignment = assigned.get(item.teacherId() + "/" + item.toPostId());
            Campaign campaign = competitions.get(item.toPostId());
            if (assignment != null) {
                out.add(new MoveOutcome(i, item.teacherId(), item.form(), MoveOutcome.ofAssignment(assignment.outcome),
                        assignment.id, null));
            } else if (campaign != null && item.teacherId().equals(campaign.invitedTeacherId)) {
                Application invited = Application.find("campaignId = ?1 and teacherId = ?2", campaign.id, item.teacherId())
                        .firstResult();
                out.add(new MoveOutcome(i, item.teacherId(), item.form(),
                        MoveOutcome.ofCompetition(campaign.status, invited == null ? null : invited.offer,
                                campaign.closedReason != null), null, campaign.id));
            } else {
                out.add(new MoveOutcome(i, item.teacherId(), item.form(), transferred.contains(item.teacherId())
                        ? MoveOutcome.TRANSFERRED : MoveOutcome.NOT_CARRIED_OUT, null, null));
            }
        }
        return out;
    }

    private List<Department> waitingFor(Plan plan) {
        if (plan.status != PlanStatus.SUBMITTED) {
            return List.of();
        }
        Set<Department> decided = new HashSet<>();
        PlanDecision.<PlanDecision>list("planId = ?1 and version = ?2", plan.id, plan.version)
                .forEach(d -> decided.add(d.department));
        List<Department> waiting = new ArrayList<>();
        for (Department d : Department.values()) {
            if (!decided.contains(d)) {
                waiting.add(d);
            }
        }
        return waiting;
    }

    private Plan editablePlan(String countyId, String schoolYear) {
        return Plan.find("countyId = ?1 and schoolYear = ?2 and status in ?3", countyId, schoolYear,
                List.of(PlanStatus.DRAFT, PlanStatus.REJECTED)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private Plan newPlan(String countyId, SchoolYear year, LocalDate effective) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.countyId = countyId;
        plan.schoolYear = year.toString();
        plan.status = PlanStatus.DRAFT;
        plan.version = 1;
        plan.effectiveDate = effective;
        plan.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return plan;
    }

    /**
     * What the bureau itself can vouch for at submission: moved teachers hold the posts the items
     * name, target posts and named schools are known, subjects fit. Quota and post counts are the
     * staffing office's and HR's checks.
     */
    void requireReferences(String countyId, List<PlanItem> items) {
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            String at = "items[" + i + "]";
            switch (item.kind()) {
                case TEACHER_MOVE -> {
                    Teacher t = Teacher.findById(item.teacherId());
                    if (t == null || !t.countyId.equals(countyId)) {
                        throw reference("PLAN_ITEM_TEACHER_EXISTS", at + ".teacherId", "no teacher " + item.teacherId() + " in this county",
                                "本县没有教师 " + item.teacherId());
                    }
                    Appointment current = Appointment.activeOf(t.id);
                    if (current == null || !current.postId.equals(item.fromPostId()) || !current.schoolId.equals(item.fromSchoolId())) {
                        throw reference("PLAN_MOVE_FROM_CURRENT_POST", at + ".fromPostId",
                                "teacher " + t.id + " does not hold post " + item.fromPostId() + " at school " + item.fromSchoolId(),
                                "教师 " + t.id + " 当前不在学校 " + item.fromSchoolId() + " 的岗位 " + item.fromPostId());
                    }
                    KnownPost to = KnownPost.findById(item.toPostId());
                    if (to == null || (to.countyId != null && !to.countyId.equals(countyId)) || !to.schoolId.equals(item.toSchoolId())) {
                        throw reference("PLAN_MOVE_TO_KNOWN_POST", at + ".toPostId",
                                "post " + item.toPostId() + " is not a known post of school " + item.toSchoolId(),
                                "岗位 " + item.toPostId() + " 不是学校 " + item.toSchoolId() + " 的已知岗位");
                    }
                    if (!t.subjectList().contains(item.subject()) || (to.subject != null && !to.subject.equals(item.subject()))) {
                        throw reference("PLAN_MOVE_SUBJECT_MATCHES", at + ".subject",
                                "the move's subject " + item.subject() + " must be the teacher's and the target post's",
                                "调动学科 " + item.subject() + " 须与教师任教学科及目标岗位学科一致");
                    }
                }
                case QUOTA_TRANSFER -> {
                    requireSchoolKnown(countyId, item.fromSchoolId(), at + ".fromSchoolId");
                    requireSchoolKnown(countyId, item.toSchoolId(), at + ".toSchoolId");
                }
                case POST_CHANGE, NEW_HIRE -> requireSchoolKnown(countyId, item.schoolId(), at + ".schoolId");
                default -> {
                }
            }
        }
    }

    private static void requireSchoolKnown(String countyId, String schoolId, String field) {
        KnownSchool school = KnownSchool.findById(schoolId);
        if (school == null || !school.countyId.equals(countyId)) {
            throw reference("PLAN_ITEM_SCHOOL_EXISTS", field, "no school " + schoolId + " is registered in this county",
                    "本县未登记学校 " + schoolId);
        }
    }

    private static RuleViolation reference(String rule, String field, String en, String zh) {
        return RuleViolation.unprocessable(rule, field, new Reason(en, zh));
    }
}
