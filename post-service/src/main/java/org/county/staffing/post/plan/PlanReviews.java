package org.county.staffing.post.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;
import org.county.staffing.post.PostEvents;
import org.county.staffing.post.post.Post;
import org.county.staffing.post.post.PostConfig;
import org.county.staffing.post.post.PostLedger;
import org.county.staffing.post.school.School;
import org.county.staffing.post.school.SchoolDirectory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;

/**
 * HR's side of the annual adjustment plan (征得人社同意後組織實施): every submitted version waits
 * for HR's decision with the automatic post-side check; the decision is announced.
 */
@ApplicationScoped
public class PlanReviews {

    public static final String DEPARTMENT = "HR";

    /** {@code post.plan.decided.v1}. */
    public record PlanDecided(UUID planId, int version, String department, Decision decision, List<String> reasons,
                              List<PlanChecks.Check> checks, String schoolYear) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    PostLedger ledger;

    @Inject
    PostConfig config;

    @Inject
    Subjects subjects;

    /** A submitted version becomes a pending review; earlier pending versions are superseded. */
    public void received(CloudEvent event) {
        JsonNode data = event.data();
        String ref = event.type() + " " + event.id();
        UUID planId = planId(event, ref);
        int version = data.path("version").isIntegralNumber() ? data.path("version").intValue() : 1;
        String countyId = data.hasNonNull("countyId") ? data.get("countyId").asText() : event.countyId();
        if (countyId == null || countyId.isBlank()) {
            throw new MalformedEventException(ref + " names no county");
        }
        if (PlanReview.count("planId = ?1 and version = ?2", planId, version) > 0) {
            return;
        }
        boolean newerSeen = PlanReview.count("planId = ?1 and version > ?2", planId, version) > 0;
        PlanReview.update("status = ?1 where planId = ?2 and version < ?3 and status = ?4",
                PlanStatus.SUPERSEDED, planId, version, PlanStatus.PENDING);
        JsonNode items = data.path("items").isArray() ? data.get("items") : mapper.createArrayNode();
        PlanReview review = new PlanReview();
        review.id = UUID.randomUUID();
        review.planId = planId;
        review.version = version;
        review.countyId = countyId;
        review.schoolYear = text(data, "schoolYear");
        review.late = data.path("late").asBoolean(false);
        review.lateReason = text(data, "lateReason");
        review.effectiveDate = date(data, "effectiveDate");
        review.items = items.toString();
        review.status = newerSeen ? PlanStatus.SUPERSEDED : PlanStatus.PENDING;
        review.receivedAt = SchoolDirectory.now();
        recordChecks(review, check(countyId, items));
        review.persist();
    }

    /**
     * Rule PLAN_PENDING: only the version under review is decided, once.
     * Rule PLAN_VERSION_CURRENT: a decision naming a version decides that version only.
     * Rule REJECT_REASONS_REQUIRED: a rejection says why.
     * Rule PLAN_CHECKS_PASSED: a plan whose post side fails the automatic check is not approved.
     */
    @Transactional
    public PlanReview decide(String countyId, UUID planId, DecisionRequest request, String actor) {
        PlanReview review = latest(countyId, planId);
        review = em.find(PlanReview.class, review.id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(review);
        if (request.version() != null && request.version() != review.version) {
            throw RuleViolation.conflict("PLAN_VERSION_CURRENT", "version", new Reason(
                    "version " + request.version() + " of plan " + planId + " is not under review; version " + review.version + " is",
                    "方案 " + planId + " 的第 " + request.version() + " 版不在审核中，当前为第 " + review.version + " 版"));
        }
        if (review.status != PlanStatus.PENDING) {
            throw RuleViolation.conflict("PLAN_PENDING", "planId", new Reason(
                    "version " + review.version + " of plan " + planId + " is " + review.status + ", not waiting for HR's decision",
                    "方案 " + planId + " 第 " + review.version + " 版状态为 " + review.status + "，不在等待人社部门决定"));
        }
        List<String> reasons = request.reasonsOrEmpty();
        if (request.decision() == Decision.REJECT && reasons.isEmpty()) {
            throw RuleViolation.unprocessable("REJECT_REASONS_REQUIRED", "reasons", new Reason(
                    "a rejection gives at least one reason", "不同意须至少说明一条理由"));
        }
        List<PlanChecks.Check> checks = check(review.countyId, readTree(review.items));
        if (request.decision() == Decision.APPROVE && !PlanChecks.allPassed(checks)) {
            List<Violation> violations = new ArrayList<>();
            for (PlanChecks.Check failed : checks) {
                if (!failed.passed()) {
                    violations.add(new Violation("items", failed.rule(), new Reason(failed.detail(), failed.detailZh())));
                }
            }
            violations.add(0, new Violation("decision", "PLAN_CHECKS_PASSED", new Reason(
                    "the plan's post side fails the automatic check; reject it with reasons, or wait for a corrected version",
                    "方案的岗位部分未通过自动校验，请说明理由不予同意，或等待修正后的版本")));
            throw new RuleViolation(409, violations);
        }
        recordChecks(review, checks);
        review.status = request.decision() == Decision.APPROVE ? PlanStatus.APPROVED : PlanStatus.REJECTED;
        review.decision = request.decision();
        review.reasons = write(reasons);
        review.decidedBy = actor;
        review.decidedAt = SchoolDirectory.now();
        outbox.append(PostEvents.PLAN_DECIDED, PostEvents.PLAN, planId.toString(), review.countyId,
                new PlanDecided(planId, review.version, DEPARTMENT, request.decision(), reasons, checks, review.schoolYear));
        return review;
    }

    /** Rule PLAN_EXISTS: the latest version of a plan of the caller's county. */
    public PlanReview latest(String countyId, UUID planId) {
        PlanReview review = PlanReview.<PlanReview>find("planId = ?1 and countyId = ?2 order by version desc", planId, countyId)
                .firstResult();
        if (review == null) {
            throw RuleViolation.notFound("PLAN_EXISTS", "planId", new Reason(
                    "no plan " + planId + " was submitted in this county", "本县未提交方案 " + planId));
        }
        return review;
    }

    public List<PlanReview> list(String countyId, PlanStatus status, String schoolYear) {
        StringBuilder query = new StringBuilder("countyId = :county");
        Parameters params = Parameters.with("county", countyId);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (schoolYear != null) {
            query.append(" and schoolYear = :year");
            params.and("year", schoolYear);
        }
        return PlanReview.list(query + " order by receivedAt desc, planId, version desc", params);
    }

    public PlanView view(PlanReview r) {
        return new PlanView(r.planId, r.version, r.countyId, r.schoolYear, r.late, r.lateReason, r.effectiveDate, r.status,
                readTree(r.items), r.checksPassed, readChecks(r.checks), r.checkedAt, r.receivedAt, r.decision,
                r.reasons == null ? null : read(r.reasons, new TypeReference<List<String>>() { }), r.decidedBy,
                r.decidedAt, r.executedOn);
    }

    /** The automatic check against the current posts and quotas. */
    public List<PlanChecks.Check> check(String countyId, JsonNode items) {
        List<PlanItem> parsed = PlanItem.parse(items);
        return PlanChecks.check(parsed, snapshot(countyId, parsed), config.structurePolicy(), subjects.all());
    }

    private PlanChecks.Snapshot snapshot(String countyId, List<PlanItem> items) {
        Set<String> schoolIds = new HashSet<>();
        Set<UUID> postIds = new HashSet<>();
        for (PlanItem item : items) {
            if (item instanceof PlanItem.QuotaTransfer t) {
                addNonNull(schoolIds, t.fromSchoolId(), t.toSchoolId());
            } else if (item instanceof PlanItem.PostChange p) {
                addNonNull(schoolIds, p.schoolId());
                p.postIds().forEach(id -> addUuid(postIds, id));
            } else if (item instanceof PlanItem.TeacherMove m) {
                addNonNull(schoolIds, m.fromSchoolId(), m.toSchoolId());
                addUuid(postIds, m.fromPostId());
                addUuid(postIds, m.toPostId());
            } else if (item instanceof PlanItem.NewHire h) {
                addNonNull(schoolIds, h.schoolId());
                addUuid(postIds, h.postId());
            }
        }
        Map<String, PlanChecks.PostState> posts = new HashMap<>();
        if (!postIds.isEmpty()) {
            for (Post p : Post.<Post>list("id in ?1 and countyId = ?2", postIds, countyId)) {
                posts.put(p.id.toString(), new PlanChecks.PostState(p.id.toString(), p.schoolId, p.category, p.subject,
                        p.status, p.teacherId == null ? null : p.teacherId.toString()));
                schoolIds.add(p.schoolId);
            }
        }
        Map<String, PlanChecks.SchoolState> schools = new HashMap<>();
        if (!schoolIds.isEmpty()) {
            for (School s : School.<School>list("id in ?1 and countyId = ?2 and registered = true", schoolIds, countyId)) {
                schools.put(s.id, new PlanChecks.SchoolState(s.id, s.isActive(), s.quota, ledger.counts(s.id)));
            }
        }
        return new PlanChecks.Snapshot(schools, posts);
    }

    private void recordChecks(PlanReview review, List<PlanChecks.Check> checks) {
        review.checks = write(checks);
        review.checksPassed = PlanChecks.allPassed(checks);
        review.checkedAt = SchoolDirectory.now();
    }

    static UUID planId(CloudEvent event, String ref) {
        JsonNode data = event.data();
        String text = data != null && data.hasNonNull("planId") ? data.get("planId").asText() : event.subject();
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(ref + " has no plan id (UUID), got '" + text + "'");
        }
    }

    private static void addNonNull(Set<String> set, String... values) {
        for (String v : values) {
            if (v != null) {
                set.add(v);
            }
        }
    }

    private static void addUuid(Set<UUID> set, String value) {
        if (value == null) {
            return;
        }
        try {
            set.add(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            // an id that is no UUID names no post: the check reports it as missing
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static LocalDate date(JsonNode data, String field) {
        String text = text(data, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<PlanChecks.Check> readChecks(String json) {
        return read(json, new TypeReference<List<PlanChecks.Check>>() { });
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
