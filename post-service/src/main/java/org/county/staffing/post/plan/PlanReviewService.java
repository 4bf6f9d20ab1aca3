package org.county.staffing.post.plan;

import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.county.staffing.contracts.post.PostPlanDecided;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.county.staffing.backbone.review.PlanReviewCycle;
import org.county.staffing.backbone.review.PlanReviewRules;
import org.county.staffing.backbone.review.Verdict;
import org.county.staffing.post.post.Post;
import org.county.staffing.post.post.PostConfig;
import org.county.staffing.post.post.PostLedger;
import org.county.staffing.post.school.KnownSchool;
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
public class PlanReviewService {

    @Inject
    PlatformClock clock;

    public static final String DEPARTMENT = "HR";

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
        PlanReviewRules.Arrival arrival = cycle().receive(planId, version);
        if (arrival.duplicate()) {
            return;
        }
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
        review.status = PlanStatus.of(arrival.status());
        review.receivedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        recordChecks(review, check(countyId, items));
        review.persist();
    }

    /** HR decides the pending version (the shared review rules, HR's post-side checks). */
    @Transactional
    public PlanReview decide(String countyId, UUID planId, DecidePlanRequest request, String actor) {
        return cycle(actor).decide(countyId, planId, new PlanReviewCycle.Request(request.decision(), request.reasons(),
                request.version()));
    }

    private PlanReviewCycle<PlanReview, PlanChecks.Check> cycle() {
        return cycle(null);
    }

    private PlanReviewCycle<PlanReview, PlanChecks.Check> cycle(String actor) {
        return new PlanReviewCycle<>(new PlanReviewCycle.Store<>() {
            @Override
            public List<PlanReview> versions(UUID planId) {
                return PlanReview.list("planId", planId);
            }

            @Override
            public PlanReview lock(PlanReview version) {
                PlanReview locked = em.find(PlanReview.class, version.id, LockModeType.PESSIMISTIC_WRITE);
                em.refresh(locked);
                return locked;
            }

            @Override
            public void markSuperseded(PlanReview version) {
                version.status = PlanStatus.SUPERSEDED;
            }
        }, new PlanReviewCycle.Department<>() {
            @Override
            public List<PlanChecks.Check> check(PlanReview version) {
                return PlanReviewService.this.check(version.countyId, readTree(version.items));
            }

            @Override
            public void decided(PlanReview review, Verdict verdict, List<String> reasons, List<PlanChecks.Check> checks) {
                recordChecks(review, checks);
                review.status = PlanStatus.of(verdict.outcome());
                review.decision = verdict;
                review.reasons = write(reasons);
                review.decidedBy = actor;
                review.decidedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
                outbox.append(PostPlanDecided.TYPE, "plan", review.planId.toString(), review.countyId,
                        new PostPlanDecided(review.planId, review.version, DEPARTMENT, verdict.name(), reasons,
                                checks.stream().map(c -> new PostPlanDecided.Check(c.rule(), c.passed(), c.detail(), c.detailZh(),
                                        c.itemIds())).toList(), review.schoolYear));
            }
        }, "post side", "岗位部分");
    }

    /** Rule PLAN_EXISTS: the latest version of a plan of the caller's county. */
    public PlanReview latest(String countyId, UUID planId) {
        List<PlanReview> versions = cycle().versions(countyId, planId);
        return versions.get(versions.size() - 1);
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
            for (KnownSchool s : KnownSchool.<KnownSchool>list("id in ?1 and countyId = ?2 and registered = true", schoolIds, countyId)) {
                schools.put(s.id, new PlanChecks.SchoolState(s.id, s.isActive(), s.quota, ledger.counts(s.id)));
            }
        }
        return new PlanChecks.Snapshot(schools, posts);
    }

    private void recordChecks(PlanReview review, List<PlanChecks.Check> checks) {
        review.checks = write(checks);
        review.checksPassed = PlanReviewRules.blockingPassed(checks);
        review.checkedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
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
