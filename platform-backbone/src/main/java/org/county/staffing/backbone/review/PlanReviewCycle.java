package org.county.staffing.backbone.review;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.county.staffing.contracts.recruitment.PlanSubmitted;

/**
 * One department's review of the annual adjustment plan, from a version's arrival to the decided
 * event, without knowing how the department stores its reviews or what it checks: the department
 * supplies a {@link Store} and its {@link Department} side (checks, recording, announcing). Call it
 * inside the department's transaction.
 */
public final class PlanReviewCycle<V extends ReviewedVersion, C extends ReviewCheck> {

    /** Where the department keeps its reviews. */
    public interface Store<V> {

        /** Every version of the plan received, in any county. */
        List<V> versions(UUID planId);

        /** The version locked for the decision and read again. */
        V lock(V version);

        void markSuperseded(V version);
    }

    /** What the department adds to the shared life cycle. */
    public interface Department<V, C> {

        /** The department's automatic checks of the version against the current state. */
        List<C> check(V version);

        /** Records the decision on the version and announces it (the decided event, through the outbox). */
        void decided(V version, Verdict verdict, List<String> reasons, List<C> checks);
    }

    /**
     * A submitted version that arrived for the first time, with the status it starts in (PENDING,
     * or SUPERSEDED when a later version came first): what the department records of it.
     */
    public record Arrived(PlanSubmitted submission, ReviewStatus status) {

        /** The reason given for a late submission; {@code null} when none or blank. */
        public String lateReason() {
            String reason = submission.lateReason();
            return reason == null || reason.isBlank() ? null : reason.trim();
        }
    }

    /** A decision as requested: {@code version}, when given, must be the pending one. */
    public record Request(Verdict verdict, List<String> reasons, Integer version) {
    }

    private final Store<V> store;
    private final Department<V, C> department;
    private final String side;
    private final String sideZh;

    /** {@code side}: what the department checks, in refusals ("quota side", "编制核查"). */
    public PlanReviewCycle(Store<V> store, Department<V, C> department, String side, String sideZh) {
        this.store = store;
        this.department = department;
        this.side = side;
        this.sideZh = sideZh;
    }

    /**
     * A submitted version arrives (at least once): the earlier pending versions are superseded and
     * the arrival says what the new version's status is, or that it was received already.
     */
    public PlanReviewRules.Arrival receive(UUID planId, int version) {
        List<V> received = store.versions(planId);
        PlanReviewRules.Arrival arrival = PlanReviewRules.arrival(received, version);
        if (!arrival.duplicate()) {
            received.stream().filter(v -> arrival.superseded().contains(v.version())).forEach(store::markSuperseded);
        }
        return arrival;
    }

    /**
     * A submitted version arrives (at least once): the earlier pending versions are superseded and
     * {@code record} keeps the new one (the department's entity, with its checks); a version
     * received already changes nothing.
     *
     * @return the version recorded, empty when it was received already
     */
    public Optional<V> receive(PlanSubmitted submitted, Function<Arrived, V> record) {
        PlanReviewRules.Arrival arrival = receive(submitted.planId(), submitted.version());
        if (arrival.duplicate()) {
            return Optional.empty();
        }
        return Optional.of(record.apply(new Arrived(submitted, arrival.status())));
    }

    /** The department decides the pending version of a plan of its county; returns the version decided. */
    public V decide(String countyId, UUID planId, Request request) {
        V pending = store.lock(PlanReviewRules.pending(planId, versions(countyId, planId)));
        PlanReviewRules.stillPending(planId, pending);
        PlanReviewRules.versionCurrent(planId, pending, request.version());
        List<String> reasons = PlanReviewRules.reasons(request.verdict(), request.reasons());
        List<C> checks = department.check(pending);
        PlanReviewRules.approvable(request.verdict(), checks, side, sideZh);
        department.decided(pending, request.verdict(), reasons, checks);
        return pending;
    }

    /** The versions of a plan of the county, oldest first; rule PLAN_EXISTS when there are none. */
    public List<V> versions(String countyId, UUID planId) {
        List<V> versions = store.versions(planId).stream().filter(v -> countyId.equals(v.countyId()))
                .sorted(Comparator.comparingInt(ReviewedVersion::version)).toList();
        PlanReviewRules.exists(planId, versions);
        return versions;
    }
}
