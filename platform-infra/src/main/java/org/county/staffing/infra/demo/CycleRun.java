package org.county.staffing.infra.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the steps of one cycle share: the county, the clients, the report they fill, the plan the
 * bureau drafts, and the waits for the departments' read models to follow each other.
 */
final class CycleRun {

    /** How long a step waits for another department to follow an event. */
    static final Duration FOLLOW = Duration.ofMinutes(5);

    final Api api;
    final CountyUsers users;
    final Progress progress;
    final Waits waits;
    final Parallel parallel;
    final AnnualCycle.Listener listener;
    final Clock clock;
    final CountyModel county;
    final CycleReport report;
    final String year;
    /** This year's plan was executed in an earlier run: steps only read. */
    final boolean complete;
    String planId;
    PlanDrafting.Draft draft;

    CycleRun(Api api, CountyUsers users, Progress progress, Parallel parallel, AnnualCycle.Listener listener, Clock clock,
             CountyModel county, CycleReport report, boolean complete) {
        this.api = api;
        this.users = users;
        this.progress = progress;
        this.waits = new Waits(progress);
        this.parallel = parallel;
        this.listener = listener;
        this.clock = clock;
        this.county = county;
        this.report = report;
        this.year = county.currentYear();
        this.complete = complete;
    }

    /** post-service has every school's quota and occupancy as quota-service has them. */
    void awaitPostServiceFollows() {
        waits.until("post-service to follow the quotas and appointments", FOLLOW, () -> {
            Map<String, JsonNode> quotas = byId(api.get(Service.QUOTA, "/quotas", users.hr()));
            int behind = 0;
            for (JsonNode s : api.get(Service.POST, "/post-summaries", users.hr())) {
                JsonNode q = quotas.get(s.path("schoolId").asText());
                if (q != null && (q.path("allocated").asInt() != s.path("quota").asInt()
                        || q.path("staffAppointed").asInt() != s.path("occupied").asInt())) {
                    behind++;
                }
            }
            return behind == 0 ? null : behind + " schools differ";
        });
    }

    /** rotation-service's staffing picture of every school agrees with quota-service and post-service. */
    void awaitRotationFollows() {
        awaitPostServiceFollows();
        waits.until("rotation-service to follow quotas, posts and appointments", FOLLOW, () -> {
            Map<String, JsonNode> quotas = byId(api.get(Service.QUOTA, "/quotas", users.educationBureau()));
            Map<String, JsonNode> summaries = byId(api.get(Service.POST, "/post-summaries", users.educationBureau()));
            List<String> behind = parallel.map(county.schools(), s -> {
                JsonNode picture = api.get(Service.ROTATION, "/schools/" + s.id() + "/staffing", users.educationBureau());
                JsonNode q = quotas.get(s.id());
                JsonNode teaching = summaries.get(s.id()).path("byCategory").path("TEACHING");
                int openPosts = 0;
                for (JsonNode line : picture.path("subjects")) {
                    openPosts += line.path("posts").asInt();
                }
                int hrOpen = teaching.path("established").asInt() - teaching.path("frozen").asInt();
                boolean same = picture.path("quota").asInt(-1) == q.path("allocated").asInt()
                        && picture.path("staff").asInt() == q.path("staffAppointed").asInt() && openPosts == hrOpen;
                return same ? null : s.id();
            });
            long differ = behind.stream().filter(java.util.Objects::nonNull).count();
            return differ == 0 ? null : differ + " schools differ";
        });
    }

    /**
     * recruitment-service knows the given posts of HR's: it learns them from post-service's events,
     * and after a broker outage it may still be behind post-service's vacancies (a campaign on a post
     * it does not know is refused).
     */
    void awaitRecruitmentFollows(Collection<String> postIds) {
        waits.until("recruitment-service to follow HR's posts", FOLLOW, () -> {
            Set<String> known = new HashSet<>();
            parallel.map(county.schools(), school -> api.get(Service.RECRUITMENT, "/posts?schoolId=" + school.id(),
                    users.educationBureau())).forEach(posts -> posts.forEach(p -> known.add(p.path("postId").asText())));
            long missing = postIds.stream().filter(p -> !known.contains(p)).count();
            return missing == 0 ? null : missing + " posts not yet known";
        });
    }

    /** Every producer's outbox published and the audit log no longer growing. */
    void awaitAuditCaughtUp() {
        long[] last = {-1};
        waits.until("the audit log to record every event", FOLLOW, () -> {
            for (Service producer : List.of(Service.QUOTA, Service.POST, Service.RECRUITMENT, Service.ROTATION)) {
                double pending = api.metric(producer, "outbox_events_pending");
                if (pending > 0) {
                    return producer.serviceName + " has " + (long) pending + " events to publish";
                }
            }
            long total = api.get(Service.AUDIT, "/audit/stats", users.auditor()).path("total").asLong();
            boolean settled = total == last[0];
            last[0] = total;
            if (!settled) {
                Api.sleep(1500);
                return "the audit log still grows (" + total + " records)";
            }
            return null;
        });
    }

    /** Every school's quota and staff (staffing office) and posts (HR) now. */
    List<CycleReport.SchoolLine> snapshot() {
        Map<String, JsonNode> quotas = byId(api.get(Service.QUOTA, "/quotas", users.staffingOffice()));
        Map<String, JsonNode> summaries = byId(api.get(Service.POST, "/post-summaries", users.hr()));
        List<CycleReport.SchoolLine> lines = new ArrayList<>();
        for (SchoolSpec s : county.schools()) {
            JsonNode q = quotas.get(s.id());
            JsonNode p = summaries.get(s.id());
            if (q == null || p == null) {
                continue;
            }
            lines.add(new CycleReport.SchoolLine(s.id(), s.name(), s.location(), s.tier(), s.pool(), q.path("allocated").asInt(),
                    q.path("staffAppointed").asInt(), p.path("established").asInt(), p.path("vacant").asInt(), p.path("frozen").asInt()));
        }
        return lines;
    }

    /** A round as rotation-service would plan it now, nothing saved. */
    JsonNode simulateRound() {
        return api.post(Service.ROTATION, "/rounds/simulations", users.educationBureau(), Api.object().put("schoolYear", year));
    }

    /**
     * Per pool, the quota its schools hold beyond their staff (the over-staffed schools' excess counted
     * against it), less what the round's moves will need ({@link RoundNeeds}).
     */
    Map<String, Integer> poolRoomAfter(JsonNode round) {
        Map<String, SchoolSpec> specs = specs();
        Map<String, Integer> room = new HashMap<>();
        for (JsonNode q : api.get(Service.QUOTA, "/quotas", users.staffingOffice())) {
            SchoolSpec school = specs.get(q.path("schoolId").asText());
            if (school != null) {
                room.merge(school.pool(), q.path("allocated").asInt() - q.path("staffAppointed").asInt(), Integer::sum);
            }
        }
        roundNeeds(round).forEach((pool, need) -> room.merge(pool, -need, Integer::sum));
        return room;
    }

    /** Per pool, the quota a round's moves will need ({@link RoundNeeds}). */
    private Map<String, Integer> roundNeeds(JsonNode round) {
        Map<String, SchoolSpec> specs = specs();
        List<RoundNeeds.Move> moves = new ArrayList<>();
        round.path("moves").forEach(m -> {
            SchoolSpec from = specs.get(m.path("fromSchoolId").asText());
            SchoolSpec to = specs.get(m.path("toSchoolId").asText());
            moves.add(new RoundNeeds.Move(from == null ? null : from.pool(), to == null ? null : to.pool(),
                    m.path("form").isTextual() ? m.path("form").asText() : null));
        });
        return RoundNeeds.perPool(moves);
    }

    /** The loaded county's schools by id, in the county's order. */
    Map<String, SchoolSpec> specs() {
        Map<String, SchoolSpec> specs = new LinkedHashMap<>();
        county.schools().forEach(s -> specs.put(s.id(), s));
        return specs;
    }

    static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> map = new HashMap<>();
        list.forEach(n -> map.put(n.path("schoolId").asText(), n));
        return map;
    }
}
