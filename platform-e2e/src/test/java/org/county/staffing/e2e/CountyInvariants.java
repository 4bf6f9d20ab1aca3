package org.county.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.CountyUsers;
import org.county.staffing.infra.demo.CycleReport;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What must hold for a county after every step of the cycle, checked against each service's own
 * database (and its API where the service computes the answer): the departments agree, no quota is
 * invented, no post is shared, no event is lost or recorded twice.
 */
public final class CountyInvariants {

    private final PlatformDatabases platform;
    private final Api api;
    private final CountyUsers users;
    private final String county;

    public CountyInvariants(PlatformDatabases platform, Api api, CountyUsers users) {
        this.platform = platform;
        this.api = api;
        this.users = users;
        this.county = users.countyId();
    }

    /** Per school: quota (last ledger balance), posts not abolished, by status, and active appointments. */
    record School(String id, int quota, int posts, int vacant, int occupied, int frozen, int appointed, boolean quotaFellThisYear) {
    }

    Map<String, School> schools(String schoolYear) {
        Map<String, Integer> quota = new HashMap<>();
        for (Map<String, Object> r : platform.rows("quota", """
                select distinct on (school_id) school_id, balance from ledger_entry
                where county_id = ? and school_id is not null order by school_id, seq desc""", county)) {
            quota.put((String) r.get("school_id"), ((Number) r.get("balance")).intValue());
        }
        Set<String> fell = new HashSet<>(platform.strings("quota", """
                select l.school_id from ledger_entry l join verification v on l.reference = v.id::text
                where l.county_id = ? and l.kind = 'VERIFICATION' and l.delta < 0 and v.school_year = ?""", county, schoolYear));
        Map<String, int[]> posts = new HashMap<>();
        for (Map<String, Object> r : platform.rows("post", """
                select school_id, status, count(*) as n from post where county_id = ? and status <> 'ABOLISHED'
                group by school_id, status""", county)) {
            int[] p = posts.computeIfAbsent((String) r.get("school_id"), k -> new int[3]);
            int n = ((Number) r.get("n")).intValue();
            switch ((String) r.get("status")) {
                case "VACANT" -> p[0] += n;
                case "OCCUPIED" -> p[1] += n;
                default -> p[2] += n;
            }
        }
        Map<String, Integer> appointed = new HashMap<>();
        for (Map<String, Object> r : platform.rows("recruitment", """
                select school_id, count(*) as n from appointment where county_id = ? and ended_on is null group by school_id""", county)) {
            appointed.put((String) r.get("school_id"), ((Number) r.get("n")).intValue());
        }
        Map<String, School> schools = new HashMap<>();
        for (String id : quota.keySet()) {
            int[] p = posts.getOrDefault(id, new int[3]);
            schools.put(id, new School(id, quota.get(id), p[0] + p[1] + p[2], p[0], p[1], p[2], appointed.getOrDefault(id, 0),
                    fell.contains(id)));
        }
        return schools;
    }

    /**
     * appointed ≤ posts ≤ quota in every school. Between the verification and the plan's execution
     * a school whose quota the verification lowered may keep more posts than quota, but only posts
     * that are occupied or frozen (never a vacancy beyond its quota): the plan then abolishes them.
     */
    public void postsWithinQuota(String schoolYear, boolean strict, SoftAssertions soft) {
        for (School s : schools(schoolYear).values()) {
            soft.assertThat(s.appointed()).as("%s: appointed teachers ≤ posts", s.id()).isLessThanOrEqualTo(s.posts());
            soft.assertThat(s.occupied()).as("%s: HR's occupied posts = the bureau's appointments", s.id()).isEqualTo(s.appointed());
            if (strict || s.posts() <= s.quota()) {
                soft.assertThat(s.posts()).as("%s: posts ≤ quota", s.id()).isLessThanOrEqualTo(s.quota());
            } else {
                soft.assertThat(s.quotaFellThisYear()).as("%s: more posts (%d) than quota (%d) only after the verification lowered it",
                        s.id(), s.posts(), s.quota()).isTrue();
                soft.assertThat(s.vacant()).as("%s: no vacancy beyond the quota (the excess is frozen or held)", s.id()).isZero();
            }
        }
    }

    /** No pool allocates more than its total; the API shows the ledger's figures. */
    public void poolsWithinTotals(SoftAssertions soft) {
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Integer> allocated = new HashMap<>();
        for (Map<String, Object> r : platform.rows("quota", """
                select pool, coalesce(sum(delta) filter (where kind = 'POOL'), 0) as total,
                       coalesce(sum(delta) filter (where kind <> 'POOL'), 0) as allocated
                from ledger_entry where county_id = ? group by pool""", county)) {
            String pool = (String) r.get("pool");
            totals.put(pool, ((Number) r.get("total")).intValue());
            allocated.put(pool, ((Number) r.get("allocated")).intValue());
            soft.assertThat(((Number) r.get("allocated")).intValue()).as("pool %s allocated ≤ total", pool)
                    .isLessThanOrEqualTo(((Number) r.get("total")).intValue());
        }
        for (JsonNode p : api.get(Service.QUOTA, "/pools", users.staffingOffice())) {
            String pool = p.path("pool").asText();
            if (totals.containsKey(pool)) {
                soft.assertThat(p.path("total").asInt()).as("GET /pools total of %s", pool).isEqualTo(totals.get(pool));
                soft.assertThat(p.path("allocated").asInt()).as("GET /pools allocated of %s", pool).isEqualTo(allocated.get(pool));
            }
        }
    }

    /** Every entry's school balance, pool total and pool allocation are the running sums of the entries before it. */
    public void ledgerBalancesAreSumsOfEntries(SoftAssertions soft) {
        soft.assertThat(platform.count("quota", """
                select count(*) from (select balance, sum(delta) over (partition by school_id order by seq) as running
                from ledger_entry where county_id = ? and school_id is not null) e where balance <> running""", county))
                .as("school balances that are not the sum of the school's entries").isZero();
        soft.assertThat(platform.count("quota", """
                select count(*) from (select pool_total, pool_allocated,
                    sum(case when kind = 'POOL' then delta else 0 end) over (partition by pool order by seq) as total,
                    sum(case when kind <> 'POOL' then delta else 0 end) over (partition by pool order by seq) as allocated
                from ledger_entry where county_id = ?) e where pool_total <> total or pool_allocated <> allocated""", county))
                .as("pool figures that are not the sum of the pool's entries").isZero();
        for (JsonNode q : api.get(Service.QUOTA, "/quotas", users.staffingOffice())) {
            long sum = platform.count("quota", "select coalesce(sum(delta), 0) from ledger_entry where school_id = ?",
                    q.path("schoolId").asText());
            soft.assertThat((long) q.path("allocated").asInt()).as("GET /quotas allocated of %s", q.path("schoolId").asText()).isEqualTo(sum);
        }
    }

    /** A post holds at most one teacher, and HR's holder is the bureau's appointee. */
    public void onePostOneTeacher(SoftAssertions soft) {
        soft.assertThat(platform.strings("recruitment", """
                select post_id from appointment where county_id = ? and ended_on is null group by post_id having count(*) > 1""", county))
                .as("posts with two active appointments").isEmpty();
        Map<String, String> appointee = new HashMap<>();
        platform.rows("recruitment", "select post_id::text as post, teacher_id::text as teacher from appointment where county_id = ? and ended_on is null",
                county).forEach(r -> appointee.put((String) r.get("post"), (String) r.get("teacher")));
        List<String> disagree = new ArrayList<>();
        for (Map<String, Object> r : platform.rows("post",
                "select id::text as post, teacher_id::text as teacher from post where county_id = ? and status = 'OCCUPIED'", county)) {
            if (!String.valueOf(r.get("teacher")).equals(appointee.get((String) r.get("post")))) {
                disagree.add(r.get("post") + " held by " + r.get("teacher") + " for HR, " + appointee.get((String) r.get("post")) + " for the bureau");
            }
        }
        soft.assertThat(disagree).as("posts whose holder HR and the bureau disagree on").isEmpty();
    }

    /** 15% of the due (rounded up) moved, or the gap explained by the planner; every unfilled vacancy has a reason. */
    static void roundMovesItsShareOrExplainsTheGap(JsonNode round, SoftAssertions soft) {
        int due = round.path("due").asInt();
        int target = round.path("target").asInt();
        int moves = round.path("moves").size();
        soft.assertThat(target).as("target = ⌈15%% of %d due⌉", due)
                .isEqualTo(BigDecimal.valueOf(due).multiply(new BigDecimal("0.15")).setScale(0, RoundingMode.CEILING).intValue());
        soft.assertThat(moves).as("moves").isPositive().isLessThanOrEqualTo(target);
        if (moves < target) {
            soft.assertThat(round.path("gap").asInt()).as("gap").isEqualTo(target - moves);
            soft.assertThat(round.path("gapReasons").size()).as("reasons given for the gap").isPositive();
        }
        round.path("unmet").forEach(u -> soft.assertThat(u.path("why").path("code").asText())
                .as("reason for the unfilled vacancies of %s %s", u.path("schoolId").asText(), u.path("subject").asText()).isNotBlank());
    }

    /**
     * Every move goes onto a vacant post of the teacher's subject at another school of the county,
     * and satisfies a direction rule on the staffing the round was planned on: over-staffed to
     * under-staffed, subject surplus to shortage, or stronger to weaker school.
     */
    static void movesFollowTheDirectionRules(JsonNode round, Map<String, JsonNode> pictures, Map<String, String> tiers,
                                             SoftAssertions soft) {
        Map<String, Integer> rank = Map.of("STRONG", 2, "ORDINARY", 1, "WEAK", 0);
        for (JsonNode m : round.path("moves")) {
            String from = m.path("fromSchoolId").asText();
            String to = m.path("toSchoolId").asText();
            String subject = m.path("subject").asText();
            JsonNode fromPicture = pictures.get(from);
            JsonNode toPicture = pictures.get(to);
            soft.assertThat(fromPicture).as("staffing of %s", from).isNotNull();
            soft.assertThat(toPicture).as("staffing of %s", to).isNotNull();
            if (fromPicture == null || toPicture == null) {
                continue;
            }
            JsonNode toLine = line(toPicture, subject);
            JsonNode fromLine = line(fromPicture, subject);
            soft.assertThat(from).as("a move changes school").isNotEqualTo(to);
            List<String> vacant = new ArrayList<>();
            toLine.path("vacantPostIds").forEach(p -> vacant.add(p.asText()));
            soft.assertThat(vacant).as("move %s lands on a vacant %s post of %s", m.path("moveId").asText(), subject, to)
                    .contains(m.path("toPostId").asText());
            boolean overToUnder = "OVER_STAFFED".equals(fromPicture.path("status").asText())
                    && "UNDER_STAFFED".equals(toPicture.path("status").asText());
            boolean surplus = fromLine.path("surplus").asInt() > 0;
            boolean strongToWeak = rank.get(tiers.get(from)) > rank.get(tiers.get(to));
            List<String> satisfied = new ArrayList<>();
            if (overToUnder) {
                satisfied.add("OVER_TO_UNDER");
            }
            if (surplus) {
                satisfied.add("SURPLUS_TO_SHORTAGE");
            }
            if (strongToWeak) {
                satisfied.add("STRONG_TO_WEAK");
            }
            soft.assertThat(satisfied).as("move %s from %s to %s (%s) follows a direction rule", m.path("moveId").asText(), from, to,
                    subject).isNotEmpty();
            m.path("directions").forEach(d -> soft.assertThat(satisfied)
                    .as("direction %s claimed for move %s", d.asText(), m.path("moveId").asText()).contains(d.asText()));
        }
    }

    private static JsonNode line(JsonNode picture, String subject) {
        for (JsonNode l : picture.path("subjects")) {
            if (subject.equals(l.path("subject").asText())) {
                return l;
            }
        }
        return Api.object();
    }

    /** Every event the four services' outboxes hold for the county is in the audit log once, nothing else is, and the chain verifies. */
    public void auditLogHasEveryEventOnce(SoftAssertions soft) {
        soft.assertThat(platform.strings("audit",
                "select event_id from audit_record where county_id = ? group by event_id having count(*) > 1", county))
                .as("events recorded twice").isEmpty();
        Set<String> recorded = new HashSet<>(platform.strings("audit", "select event_id from audit_record where county_id = ?", county));
        Set<String> published = new HashSet<>();
        for (String database : List.of("quota", "post", "recruitment", "rotation")) {
            List<String> ids = platform.strings(database, "select event_id::text from outbox_event where county_id = ?", county);
            soft.assertThat(platform.count(database, "select count(*) from outbox_event where county_id = ? and published_at is null", county))
                    .as("%s events never published", database).isZero();
            List<String> missing = ids.stream().filter(id -> !recorded.contains(id)).toList();
            soft.assertThat(missing).as("%s-service events missing from the audit log", database).isEmpty();
            published.addAll(ids);
        }
        soft.assertThat(recorded.stream().filter(id -> !published.contains(id)).toList())
                .as("audit records of events no outbox holds").isEmpty();
        JsonNode verify = api.get(Service.AUDIT, "/audit/verify", users.auditor());
        soft.assertThat(verify.path("status").asText()).as("audit chain " + verify).isEqualTo("OK");
        soft.assertThat(verify.path("checked").asLong()).as("records the verification walked").isEqualTo(recorded.size());
    }

    /** The invariants every step keeps. */
    public void afterStep(String step, String schoolYear, CycleReport report) {
        platform.awaitQuiet(java.time.Duration.ofMinutes(3));
        SoftAssertions soft = new SoftAssertions();
        boolean strict = List.of("enrollment", "execution", "inspection", "audit").contains(step);
        postsWithinQuota(schoolYear, strict, soft);
        poolsWithinTotals(soft);
        ledgerBalancesAreSumsOfEntries(soft);
        onePostOneTeacher(soft);
        if (report.round != null) {
            roundMovesItsShareOrExplainsTheGap(report.round, soft);
        }
        auditLogHasEveryEventOnce(soft);
        soft.assertAll();
    }
}
