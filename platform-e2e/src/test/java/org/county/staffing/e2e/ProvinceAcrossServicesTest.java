package org.county.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.assertj.core.api.SoftAssertions;
import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.demo.AnnualCycle;
import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.CountyLoader;
import org.county.staffing.infra.demo.CountyUsers;
import org.county.staffing.infra.demo.CycleReport;
import org.county.staffing.infra.demo.Endpoints.Service;
import org.county.staffing.infra.demo.Parallel;
import org.county.staffing.infra.demo.Progress;
import org.county.staffing.infra.demo.RealmUsers;
import org.county.staffing.infra.demo.Timings;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Counties as tenants of one province: two generated counties of different shapes are loaded and
 * run their school year's cycles at the same time on the five services. Nothing of one county
 * reaches the other (no quota transfer, appointment, assignment, post, move or audit record of one
 * names a school, teacher or post of the other), each county's users see only their county and
 * get 404 or nothing for the other's ids, each county's pools are its own, and the province's
 * views agree with what each county's own users read.
 */
class ProvinceAcrossServicesTest {

    /** The password of every realm user the loader creates. */
    private static final String PASSWORD = CrossServicePlatform.PASSWORD;
    /**
     * The province data set's second and third counties (an urban district and a rural county, small):
     * the first is the seed's county, in which other cross-service tests register schools of their own.
     */
    private static final List<CountyModel> COUNTIES = CountyGenerator.province(19, 3, CountyGenerator.Scale.SMALL).subList(1, 3);

    private final CrossServicePlatform platform = CrossServicePlatform.get();
    private final Progress progress = new Progress(System.out);

    @Test
    void twoCountiesRunTheirCyclesAtOnceAndNothingCrossesACountyLine() {
        Map<String, CycleReport> reports = runCyclesAtOnce();
        platform.awaitQuiet(Duration.ofMinutes(3));
        Api api = new Api(platform.endpoints(), PASSWORD);

        Map<String, Ids> ids = new LinkedHashMap<>();
        COUNTIES.forEach(c -> ids.put(c.countyId(), Ids.of(platform, c.countyId())));
        SoftAssertions soft = new SoftAssertions();
        for (CountyModel county : COUNTIES) {
            CycleReport report = reports.get(county.countyId());
            soft.assertThat(report.plan.path("status").asText()).as(county.countyId() + "'s plan").isEqualTo("EXECUTED");
            soft.assertThat(report.auditVerify.path("status").asText()).as(county.countyId() + "'s audit chain").isEqualTo("OK");
            soft.assertThat(ids.get(county.countyId()).schools()).as(county.countyId() + "'s schools")
                    .hasSize(county.schools().size()).allMatch(id -> id.startsWith("1" + county.countyId()));
            for (CountyModel other : COUNTIES) {
                if (other != county) {
                    nothingOfTheOtherCounty(county.countyId(), ids.get(other.countyId()), soft);
                    theOtherCountysIdsAreUnknown(api, CountyUsers.of(county.countyId()), ids.get(other.countyId()), soft);
                }
            }
            eachPoolIsTheCountysOwn(api, county, soft);
        }
        soft.assertThat(platform.count("quota", """
                select count(*) from ledger_entry a join ledger_entry b on a.transfer_id = b.transfer_id
                where a.county_id <> b.county_id""")).as("quota transfers between two counties").isZero();
        soft.assertAll();

        SoftAssertions views = new SoftAssertions();
        String year = COUNTIES.get(0).currentYear();
        provinceQuotasAreTheCountiesFigures(api, views);
        provincePostsAreTheCountiesFigures(api, views);
        provinceRotationsAreTheCountiesFigures(api, year, reports, views);
        provinceAuditStatsAreTheCountiesFigures(api, views);
        views.assertAll();
        assertThat(api.serverErrors()).as("answers 5xx while checking").isZero();
    }

    // --- the two cycles

    private Map<String, CycleReport> runCyclesAtOnce() {
        long start = System.nanoTime();
        List<CompletableFuture<CycleReport>> runs = new ArrayList<>();
        for (CountyModel county : COUNTIES) {
            runs.add(CompletableFuture.supplyAsync(() -> runCycle(county)));
        }
        Map<String, CycleReport> reports = new LinkedHashMap<>();
        for (int i = 0; i < COUNTIES.size(); i++) {
            reports.put(COUNTIES.get(i).countyId(), runs.get(i).join());
        }
        progress.say(String.format("%d counties loaded and cycled at once in %.0f s", COUNTIES.size(), (System.nanoTime() - start) / 1e9));
        return reports;
    }

    private CycleReport runCycle(CountyModel county) {
        Api api = new Api(platform.endpoints(), PASSWORD);
        CountyUsers users = CountyUsers.of(county.countyId());
        CycleReport report = new CycleReport();
        Timings timings = new Timings(api);
        try (Parallel parallel = new Parallel(2)) {
            RealmUsers realm = new RealmUsers(api.http(), platform.endpoints().keycloak(), "admin", "admin", PASSWORD);
            report.loaded = new CountyLoader(api, users, realm, progress, parallel, timings).load(county);
            new AnnualCycle(api, users, progress, parallel, timings, new AnnualCycle.Listener() { }, CrossServicePlatform.clock())
                    .run(county, report);
        }
        assertThat(api.serverErrors()).as(county.countyId() + ": answers 5xx during the cycle").isZero();
        return report;
    }

    // --- nothing crosses a county line

    /** One county's schools, teachers (newcomers hired in its campaign too) and posts, as the services hold them. */
    record Ids(String countyId, List<String> schools, List<String> teachers, List<String> posts) {
        static Ids of(PlatformDatabases platform, String countyId) {
            return new Ids(countyId,
                    platform.strings("quota", "select id from school where county_id = ?", countyId),
                    platform.strings("recruitment", "select id::text from teacher where county_id = ?", countyId),
                    platform.strings("post", "select id::text from post where county_id = ?", countyId));
        }

        /** The ids as one comma-separated parameter ({@code string_to_array(?, ',')} in a query). */
        String all() {
            List<String> all = new ArrayList<>(schools);
            all.addAll(teachers);
            all.addAll(posts);
            return String.join(",", all);
        }
    }

    /** No record of {@code county} in any service names a school, teacher or post of {@code other}. */
    private void nothingOfTheOtherCounty(String county, Ids other, SoftAssertions soft) {
        String theirs = other.all();
        // each query's first parameter is the other county's ids, its second the county whose records are read
        Map<String, String[]> checks = new LinkedHashMap<>();
        checks.put("quota ledger entries", new String[] {"quota", """
                select count(*) from ledger_entry, (select string_to_array(?, ',') as ids) theirs
                where county_id = ? and school_id = any(theirs.ids)"""});
        checks.put("appointments", new String[] {"recruitment", """
                select count(*) from appointment, (select string_to_array(?, ',') as ids) theirs where county_id = ?
                and (school_id = any(theirs.ids) or teacher_id::text = any(theirs.ids) or post_id::text = any(theirs.ids))"""});
        checks.put("assignments", new String[] {"recruitment", """
                select count(*) from assignment, (select string_to_array(?, ',') as ids) theirs where county_id = ?
                and (home_school_id = any(theirs.ids) or host_school_id = any(theirs.ids) or teacher_id::text = any(theirs.ids)
                     or home_post_id::text = any(theirs.ids) or host_post_id::text = any(theirs.ids))"""});
        checks.put("campaign applications", new String[] {"recruitment", """
                select count(*) from application a join campaign c on c.id = a.campaign_id, (select string_to_array(?, ',') as ids) theirs
                where c.county_id = ? and (a.teacher_id::text = any(theirs.ids) or a.appointed_teacher_id::text = any(theirs.ids)
                     or a.post_id::text = any(theirs.ids))"""});
        checks.put("posts", new String[] {"post", """
                select count(*) from post, (select string_to_array(?, ',') as ids) theirs where county_id = ?
                and (school_id = any(theirs.ids) or teacher_id::text = any(theirs.ids) or pending_teacher_id::text = any(theirs.ids))"""});
        checks.put("rotation moves", new String[] {"rotation", """
                select count(*) from round_move m join rotation_round r on r.id = m.round_id, (select string_to_array(?, ',') as ids) theirs
                where r.county_id = ? and (m.from_school_id = any(theirs.ids) or m.to_school_id = any(theirs.ids)
                     or m.teacher_id::text = any(theirs.ids))"""});
        checks.put("shared teachers", new String[] {"rotation", """
                select count(*) from teacher_sharing, (select string_to_array(?, ',') as ids) theirs where county_id = ?
                and (home_school_id = any(theirs.ids) or host_school_id = any(theirs.ids) or teacher_id::text = any(theirs.ids))"""});
        checks.put("audit records", new String[] {"audit", """
                select count(*) from audit_record where mentions && string_to_array(?, ',') and county_id = ?"""});
        checks.forEach((what, check) -> soft.assertThat(platform.count(check[0], check[1], theirs, county))
                .as(what + " of " + county + " naming " + other.countyId() + "'s schools, teachers or posts").isZero());
        soft.assertThat(platform.count("audit", "select count(*) from audit_record where county_id = ?", county))
                .as(county + "'s audit records").isPositive();
    }

    /** A county's users get 404 (or nothing) for the other county's schools and teachers, and see only their own in lists. */
    private static void theOtherCountysIdsAreUnknown(Api api, CountyUsers users, Ids other, SoftAssertions soft) {
        String school = other.schools().get(0);
        String teacher = other.teachers().get(0);
        Map<String, Api.Reply> replies = new LinkedHashMap<>();
        replies.put("quota: the school", api.call(Service.QUOTA, "GET", "/schools/" + school, users.staffingOffice(), null));
        replies.put("quota: the school's quota", api.call(Service.QUOTA, "GET", "/schools/" + school + "/quota", users.staffingOffice(), null));
        replies.put("post: the school's summary", api.call(Service.POST, "GET", "/schools/" + school + "/post-summary", users.hr(), null));
        replies.put("recruitment: the teacher", api.call(Service.RECRUITMENT, "GET", "/teachers/" + teacher, users.educationBureau(), null));
        replies.put("rotation: the school's staffing", api.call(Service.ROTATION, "GET", "/schools/" + school + "/staffing",
                users.educationBureau(), null));
        replies.put("rotation: the teacher's moves", api.call(Service.ROTATION, "GET", "/teachers/" + teacher + "/moves",
                users.educationBureau(), null));
        replies.forEach((what, reply) -> soft.assertThat(empty(reply))
                .as(users.countyId() + "'s user reading " + other.countyId() + "'s " + what + ": " + reply.status() + " " + reply.text())
                .isEmpty());

        Map<String, JsonNode> lists = new LinkedHashMap<>();
        lists.put("quota: /quotas", api.get(Service.QUOTA, "/quotas", users.staffingOffice()));
        lists.put("post: /post-summaries", api.get(Service.POST, "/post-summaries", users.hr()));
        lists.forEach((what, list) -> {
            List<String> seen = new ArrayList<>();
            list.forEach(n -> seen.add(n.path("schoolId").asText()));
            soft.assertThat(seen).as(users.countyId() + "'s " + what).isNotEmpty().noneMatch(other.schools()::contains);
        });
        Map<String, JsonNode> empty = new LinkedHashMap<>();
        empty.put("post: the school's posts", empty(api.call(Service.POST, "GET", "/schools/" + school + "/posts", users.hr(), null)));
        empty.put("recruitment: the school's teachers", empty(api.call(Service.RECRUITMENT, "GET", "/teachers?schoolId=" + school,
                users.educationBureau(), null)));
        empty.put("audit: the school's timeline", empty(api.call(Service.AUDIT, "GET", "/audit/timeline/" + school, users.auditor(), null)));
        empty.forEach((what, list) -> soft.assertThat(list).as(users.countyId() + "'s user reading " + other.countyId() + "'s " + what)
                .isEmpty());
        for (Service service : List.of(Service.POST, Service.ROTATION, Service.AUDIT)) {
            String path = switch (service) {
                case POST -> "/province/posts";
                case ROTATION -> "/province/rotations?schoolYear=" + CountyGenerator.CURRENT_YEAR;
                default -> "/province/audit-stats";
            };
            JsonNode own = api.get(service, path, service == Service.AUDIT ? users.auditor() : users.hr());
            soft.assertThat(own.path("counties").asInt()).as(users.countyId() + "'s user reading " + path).isEqualTo(1);
            soft.assertThat(own.path("rows").path(0).path("countyId").asText()).as(users.countyId() + "'s row of " + path)
                    .isEqualTo(users.countyId());
        }
        soft.assertThat(api.call(Service.QUOTA, "GET", "/province/quotas", users.staffingOffice(), null).status())
                .as("a county's staffing office reading the province's quotas").isEqualTo(403);
    }

    /** What the answer shows: nothing when it is 404 (an unknown id), else its body (a page's items). */
    private static JsonNode empty(Api.Reply reply) {
        if (reply.status() == 404) {
            return Api.array();
        }
        JsonNode body = reply.body() == null ? Api.object().put("status", reply.status()) : reply.body();
        return body.has("items") ? body.path("items") : body;
    }

    /**
     * Each county's pools are its own: opened by its first verification at what its enrollment
     * required, not with the seed's configured totals.
     */
    private void eachPoolIsTheCountysOwn(Api api, CountyModel county, SoftAssertions soft) {
        String id = county.countyId();
        soft.assertThat(platform.count("quota", "select count(*) from ledger_entry where county_id = ? and kind = 'POOL' and reference = 'configuration'", id))
                .as(id + "'s pools opened with the seed's configured totals").isZero();
        for (JsonNode pool : api.get(Service.QUOTA, "/pools", CountyUsers.of(id).staffingOffice())) {
            if (!pool.path("opened").asBoolean()) {
                continue;
            }
            String name = pool.path("pool").asText();
            soft.assertThat(platform.count("quota", """
                    select count(*) from ledger_entry e join verification v on v.id::text = e.reference
                    where e.county_id = ? and e.pool = ? and e.kind = 'POOL' and v.county_id = e.county_id and e.delta = v.required_total
                    and e.seq = (select min(seq) from ledger_entry where county_id = ? and pool = ? and kind = 'POOL')""", id, name, id, name))
                    .as(id + "'s pool " + name + ": opened by its first verification at what its enrollment required").isEqualTo(1);
            soft.assertThat(pool.path("total").asInt()).as(id + "'s pool " + name + " total")
                    .isNotIn(CountyGenerator.K12_QUOTA, CountyGenerator.OTHER_QUOTA);
        }
    }

    // --- the province's views against the counties' own figures

    private void provinceQuotasAreTheCountiesFigures(Api api, SoftAssertions soft) {
        JsonNode view = api.get(Service.QUOTA, "/province/quotas?size=200", "province");
        soft.assertThat(view.path("counties").asInt()).isEqualTo(view.path("items").size());
        Map<String, JsonNode> rows = rows(view.path("items"));
        for (CountyModel county : COUNTIES) {
            CountyUsers users = CountyUsers.of(county.countyId());
            JsonNode row = rows.get(county.countyId());
            soft.assertThat(row).as("the province's quota row of " + county.countyId()).isNotNull();
            if (row == null) {
                continue;
            }
            JsonNode quotas = api.get(Service.QUOTA, "/quotas", users.staffingOffice());
            int over = 0;
            int under = 0;
            for (JsonNode q : quotas) {
                over += "OVER_STAFFED".equals(q.path("status").asText()) ? 1 : 0;
                under += "UNDER_STAFFED".equals(q.path("status").asText()) ? 1 : 0;
            }
            soft.assertThat(row.path("schools").asInt()).as(county.countyId() + ": schools").isEqualTo(quotas.size());
            soft.assertThat(row.path("overStaffed").asInt()).as(county.countyId() + ": over-staffed").isEqualTo(over);
            soft.assertThat(row.path("underStaffed").asInt()).as(county.countyId() + ": under-staffed").isEqualTo(under);
            Map<String, JsonNode> pools = new HashMap<>();
            api.get(Service.QUOTA, "/pools", users.staffingOffice()).forEach(p -> pools.put(p.path("pool").asText(), p));
            for (JsonNode pool : row.path("pools")) {
                JsonNode own = pools.get(pool.path("pool").asText());
                for (String figure : List.of("total", "allocated", "free")) {
                    soft.assertThat(pool.path(figure).asInt()).as(county.countyId() + ": pool " + pool.path("pool").asText() + " " + figure)
                            .isEqualTo(own.path(figure).asInt());
                }
            }
        }
        JsonNode total = view.path("total");
        for (String figure : List.of("schools", "overStaffed", "underStaffed")) {
            soft.assertThat(total.path(figure).asInt()).as("the province's " + figure).isEqualTo(sum(view.path("items"), figure));
        }
        for (int i = 0; i < total.path("pools").size(); i++) {
            int pool = i;
            for (String figure : List.of("total", "allocated", "free")) {
                int sum = 0;
                for (JsonNode item : view.path("items")) {
                    sum += item.path("pools").path(pool).path(figure).asInt();
                }
                soft.assertThat(total.path("pools").path(pool).path(figure).asInt()).as("the province's pool " + pool + " " + figure).isEqualTo(sum);
            }
        }
    }

    private void provincePostsAreTheCountiesFigures(Api api, SoftAssertions soft) {
        JsonNode view = api.get(Service.POST, "/province/posts?size=200", "province");
        Map<String, JsonNode> rows = rows(view.path("rows"));
        for (CountyModel county : COUNTIES) {
            JsonNode row = rows.get(county.countyId());
            soft.assertThat(row).as("the province's posts row of " + county.countyId()).isNotNull();
            if (row == null) {
                continue;
            }
            JsonNode summaries = api.get(Service.POST, "/post-summaries", CountyUsers.of(county.countyId()).hr());
            soft.assertThat(row.path("schools").asInt()).as(county.countyId() + ": schools").isEqualTo(summaries.size());
            for (String figure : List.of("quota", "established", "occupied", "vacant", "frozen")) {
                soft.assertThat(row.path(figure).asInt()).as(county.countyId() + ": " + figure + " posts").isEqualTo(sum(summaries, figure));
            }
        }
        for (String figure : List.of("schools", "quota", "established", "occupied", "vacant", "frozen")) {
            soft.assertThat(view.path("totals").path(figure).asInt()).as("the province's " + figure + " posts")
                    .isEqualTo(sum(view.path("rows"), figure));
        }
    }

    private void provinceRotationsAreTheCountiesFigures(Api api, String year, Map<String, CycleReport> reports, SoftAssertions soft) {
        JsonNode view = api.get(Service.ROTATION, "/province/rotations?size=200&schoolYear=" + year, "province");
        Map<String, JsonNode> rows = rows(view.path("rows"));
        for (CountyModel county : COUNTIES) {
            JsonNode row = rows.get(county.countyId());
            soft.assertThat(row).as("the province's rotation row of " + county.countyId()).isNotNull();
            if (row == null) {
                continue;
            }
            JsonNode round = api.get(Service.ROTATION, "/rounds/" + reports.get(county.countyId()).round.path("id").asText(),
                    CountyUsers.of(county.countyId()).educationBureau());
            Map<String, Integer> byForm = new TreeMap<>();
            round.path("moves").forEach(m -> {
                if (!"DROPPED".equals(m.path("status").asText())) {
                    byForm.merge(m.path("form").asText(), 1, Integer::sum);
                }
            });
            soft.assertThat(row.path("moves").asInt()).as(county.countyId() + ": moves")
                    .isEqualTo(byForm.values().stream().mapToInt(Integer::intValue).sum());
            soft.assertThat(Api.JSON.convertValue(row.path("byForm"), Map.class)).as(county.countyId() + ": moves by form").isEqualTo(byForm);
            soft.assertThat(row.path("target").asInt()).as(county.countyId() + ": target").isEqualTo(round.path("target").asInt());
        }
        for (String figure : List.of("due", "target", "moves", "started", "returned", "returnsDue", "unmet")) {
            soft.assertThat(view.path("totals").path(figure).asInt()).as("the province's rotation " + figure)
                    .isEqualTo(sum(view.path("rows"), figure));
        }
    }

    private void provinceAuditStatsAreTheCountiesFigures(Api api, SoftAssertions soft) {
        JsonNode view = api.get(Service.AUDIT, "/province/audit-stats?size=200", "province");
        Map<String, JsonNode> rows = rows(view.path("rows"));
        for (CountyModel county : COUNTIES) {
            JsonNode row = rows.get(county.countyId());
            soft.assertThat(row).as("the province's audit row of " + county.countyId()).isNotNull();
            if (row == null) {
                continue;
            }
            JsonNode stats = api.get(Service.AUDIT, "/audit/stats", CountyUsers.of(county.countyId()).auditor());
            soft.assertThat(row.path("records").asLong()).as(county.countyId() + ": audit records").isEqualTo(stats.path("total").asLong());
            soft.assertThat(typeCounts(row.path("types"))).as(county.countyId() + ": audit records by type")
                    .isEqualTo(typeCounts(stats.path("types")));
            JsonNode verify = api.get(Service.AUDIT, "/audit/verify", CountyUsers.of(county.countyId()).auditor());
            soft.assertThat(row.path("chain").path("length").asLong()).as(county.countyId() + ": chain length")
                    .isEqualTo(verify.path("length").asLong());
        }
        soft.assertThat(view.path("totals").path("records").asLong()).as("the province's audit records")
                .isEqualTo((long) sum(view.path("rows"), "records"));
    }

    private static Map<String, Long> typeCounts(JsonNode types) {
        Map<String, Long> counts = new TreeMap<>();
        types.forEach(t -> counts.put(t.path("type").asText(), t.path("count").asLong()));
        return counts;
    }

    private static Map<String, JsonNode> rows(JsonNode list) {
        Map<String, JsonNode> rows = new HashMap<>();
        list.forEach(r -> rows.put(r.path("countyId").asText(), r));
        return rows;
    }

    private static int sum(JsonNode list, String figure) {
        int sum = 0;
        for (JsonNode n : list) {
            sum += n.path(figure).asInt();
        }
        return sum;
    }
}
