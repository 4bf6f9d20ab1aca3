package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cycle's report: plain text for the terminal and a self-contained HTML page (tables and SVG
 * charts, no script) to keep.
 */
public final class ReportWriter {

    private final CycleReport r;

    public ReportWriter(CycleReport report) {
        this.r = report;
    }

    // --- figures shared by both forms

    record Staffing(long over, int beyond, long under, int unfilled, long balanced) {
        static Staffing of(List<CycleReport.SchoolLine> lines) {
            return new Staffing(lines.stream().filter(CycleReport.SchoolLine::overStaffed).count(),
                    lines.stream().mapToInt(l -> Math.max(0, l.gap())).sum(),
                    lines.stream().filter(CycleReport.SchoolLine::underStaffed).count(),
                    lines.stream().mapToInt(l -> Math.max(0, -l.gap())).sum(),
                    lines.stream().filter(l -> l.gap() == 0).count());
        }
    }

    private Map<String, Integer> count(JsonNode list, Function<JsonNode, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        if (list != null) {
            list.forEach(n -> counts.merge(key.apply(n), 1, Integer::sum));
        }
        return counts;
    }

    private Map<String, CycleReport.SchoolLine> startById() {
        Map<String, CycleReport.SchoolLine> map = new LinkedHashMap<>();
        r.afterVerification.forEach(l -> map.put(l.schoolId(), l));
        return map;
    }

    Map<String, Integer> movesByForm() {
        return count(r.round == null ? null : r.round.path("moves"), m -> m.path("form").asText());
    }

    Map<String, Integer> movesByDirection() {
        Map<String, Integer> counts = new TreeMap<>();
        if (r.round != null) {
            r.round.path("moves").forEach(m -> m.path("directions").forEach(d -> counts.merge(d.asText(), 1, Integer::sum)));
        }
        return counts;
    }

    /** Moves between kinds of school: by location (urban, town, rural) or by tier (strong, ordinary, weak). */
    Map<String, Integer> movesBetween(java.util.function.Function<CycleReport.SchoolLine, String> kind) {
        Map<String, CycleReport.SchoolLine> schools = startById();
        return count(r.round == null ? null : r.round.path("moves"), m -> {
            CycleReport.SchoolLine from = schools.get(m.path("fromSchoolId").asText());
            CycleReport.SchoolLine to = schools.get(m.path("toSchoolId").asText());
            return (from == null ? "?" : kind.apply(from)) + " → " + (to == null ? "?" : kind.apply(to));
        });
    }

    /** Vacancies of weak or rural schools the round filled, of all their vacancies it knew. */
    int[] weakOrRuralCoverage() {
        Map<String, CycleReport.SchoolLine> schools = startById();
        int filled = 0;
        int open = 0;
        if (r.round == null) {
            return new int[] {0, 0};
        }
        for (JsonNode m : r.round.path("moves")) {
            CycleReport.SchoolLine to = schools.get(m.path("toSchoolId").asText());
            if (to != null && (to.tier().equals("WEAK") || to.location().equals("RURAL"))) {
                filled++;
                open++;
            }
        }
        for (JsonNode u : r.round.path("unmet")) {
            CycleReport.SchoolLine to = schools.get(u.path("schoolId").asText());
            if (to != null && (to.tier().equals("WEAK") || to.location().equals("RURAL"))) {
                open += u.path("unmet").asInt();
            }
        }
        return new int[] {filled, open};
    }

    // --- text

    public String text() {
        StringBuilder out = new StringBuilder();
        String rule = "=".repeat(100);
        out.append(rule).append('\n');
        out.append(String.format(" County %s · school year %s · the annual staffing cycle (縣管校聘)%n", r.countyId, r.schoolYear));
        out.append(rule).append('\n');
        if (r.loaded != null) {
            out.append(String.format("County: %d schools, %d teaching posts, %d teachers%s%n", r.loaded.schools(), r.loaded.posts(),
                    r.loaded.teachers(), r.loaded.alreadyLoaded() ? " (loaded before)" : " (loaded now through the services' APIs)"));
        }
        r.notes.forEach(n -> out.append("Note: ").append(n).append('\n'));
        out.append("\n1. Pools and allocations (staffing office)\n");
        out.append(String.format("   %-12s %8s %12s %12s %10s%n", "pool", "total", "allocated: before", "after", "free"));
        Map<String, JsonNode> before = pools(r.poolsStart);
        for (Map.Entry<String, JsonNode> e : pools(r.poolsEnd).entrySet()) {
            JsonNode b = before.get(e.getKey());
            out.append(String.format("   %-12s %8d %17d %12d %10d%n", e.getKey(), e.getValue().path("total").asInt(),
                    b == null ? 0 : b.path("allocated").asInt(), e.getValue().path("allocated").asInt(), e.getValue().path("free").asInt()));
        }
        for (CycleReport.Verification v : r.verifications) {
            out.append(String.format("   Triennial verification %s, pool %s: %d required by the standards, %d allocated%s; %d schools up, %d down, %d unchanged%s%n",
                    v.schoolYear(), v.pool(), v.requiredTotal(), v.proposedTotal(),
                    v.poolShortfall() > 0 ? " (pool shortfall " + v.poolShortfall() + ")" : "", v.raised(), v.lowered(), v.unchanged(),
                    v.floorSchools() > 0 ? ", " + v.floorSchools() + " on the small-school floor" : ""));
        }

        out.append("\n2. Over- and under-staffed schools (staff against quota)\n");
        Staffing s0 = Staffing.of(r.start);
        Staffing s1 = Staffing.of(r.afterVerification);
        Staffing s2 = Staffing.of(r.end);
        out.append(String.format("   %-34s %16s %20s %16s%n", "", "start of year", "after verification", "after the plan"));
        out.append(String.format("   %-34s %16d %20d %16d%n", "over-staffed schools (超编)", s0.over(), s1.over(), s2.over()));
        out.append(String.format("   %-34s %16d %20d %16d%n", "  staff beyond their quota", s0.beyond(), s1.beyond(), s2.beyond()));
        out.append(String.format("   %-34s %16d %20d %16d%n", "under-staffed schools (缺编)", s0.under(), s1.under(), s2.under()));
        out.append(String.format("   %-34s %16d %20d %16d%n", "  quota left unfilled", s0.unfilled(), s1.unfilled(), s2.unfilled()));
        out.append(String.format("   %-34s %16d %20d %16d%n", "balanced schools", s0.balanced(), s1.balanced(), s2.balanced()));
        Map<String, CycleReport.SchoolLine> end = new LinkedHashMap<>();
        r.end.forEach(l -> end.put(l.schoolId(), l));
        List<CycleReport.SchoolLine> worst = new ArrayList<>(r.afterVerification);
        worst.sort(Comparator.comparingInt(CycleReport.SchoolLine::gap).reversed());
        out.append("   Most over-staffed after the verification, and after the plan (staff / quota):\n");
        for (CycleReport.SchoolLine l : worst.stream().filter(CycleReport.SchoolLine::overStaffed).limit(5).toList()) {
            CycleReport.SchoolLine e = end.get(l.schoolId());
            out.append(String.format("     %-26s %-6s %-8s %4d / %-4d -> %s%n", l.name(), l.location(), l.tier(), l.staff(), l.quota(),
                    e == null ? "?" : e.staff() + " / " + e.quota()));
        }
        if (r.regulations != null) {
            out.append(String.format("%n3. Function-and-staffing regulations (机构职能编制规定, staffing office): %d schools%s; party organisations %s "
                            + "(PARTY_COMMITTEE 党委, GENERAL_BRANCH 党总支, PARTY_BRANCH 党支部); %d leadership posts counted within the quotas%n",
                    r.regulations.schools(), r.regulations.issuedNow() > 0 ? " (" + r.regulations.issuedNow() + " issued in this run)" : "",
                    r.regulations.byPartyOrganisation(), r.regulations.leadershipPosts()));
        }
        if (r.posts != null) {
            out.append(String.format("%n3. Posts (HR): %d leadership posts set up by the regulations within the quotas (%d more without room "
                            + "in the quota, left to the inspection); %d teaching posts set up at %d schools whose quota rose; "
                            + "%d vacant posts frozen at %d over-established schools%n",
                    r.posts.leadershipSetUp(), r.posts.leadershipWithoutRoom(), r.posts.established(), r.posts.schools(),
                    r.posts.frozenForOverEstablishment(), r.posts.overEstablishedSchools()));
        }
        if (r.campaign != null) {
            out.append(String.format("%n4. Recruitment (education bureau): open campaign for %d posts rotation could not fill, %d applications, %d hired%n",
                    r.campaign.posts(), r.campaign.applications(), r.campaign.hired()));
            if (!r.campaign.unmetReasons().isEmpty()) {
                out.append("   vacancies a simulated round left unmet, by reason: ").append(r.campaign.unmetReasons()).append('\n');
            }
        }
        if (r.evaluations != null) {
            out.append(String.format("%n5. Evaluations (schools): %d recorded%s, by grade %s%n", r.evaluations.recorded(),
                    r.evaluations.alreadyThere() > 0 ? " (" + r.evaluations.alreadyThere() + " were there already)" : "",
                    r.evaluations.byGrade()));
        }
        if (r.round != null) {
            JsonNode round = r.round;
            out.append(String.format("%n6. Rotation round %s (交流輪崗)%n", r.schoolYear));
            if (r.due != null) {
                out.append(String.format("   %d teachers reach %d years at their school: %d due, %d exempt%n", r.due.path("reached").asInt(),
                        r.due.path("dueYears").asInt(), r.due.path("due").asInt(), r.due.path("exempt").asInt()));
            }
            out.append(String.format("   target %d (15%% of %d due, rounded up); %d moved%s%n", round.path("target").asInt(),
                    round.path("due").asInt(), round.path("moves").size(),
                    round.path("gap").asInt() > 0 ? "; gap " + round.path("gap").asInt() + ": " + explanations(round.path("gapReasons")) : ""));
            out.append("   by form:       ").append(movesByForm()).append('\n');
            out.append("   by direction:  ").append(movesByDirection()).append('\n');
            out.append("   by location:   ").append(movesBetween(CycleReport.SchoolLine::location)).append('\n');
            out.append("   by tier:       ").append(movesBetween(CycleReport.SchoolLine::tier)).append('\n');
            JsonNode coverage = round.path("coverage");
            int[] weak = weakOrRuralCoverage();
            out.append(String.format("   shortages covered: %d of %d vacant teaching posts filled (%.0f%%); at weak or rural schools %d of %d%n",
                    coverage.path("filled").asInt(), coverage.path("vacancies").asInt(), coverage.path("share").asDouble() * 100,
                    weak[0], weak[1]));
            out.append("   unmet shortages by reason: ").append(count(round.path("unmet"), u -> u.path("why").path("code").asText())).append('\n');
        }
        out.append("\n7. The annual adjustment plan: decisions\n");
        if (r.plan != null) {
            out.append(String.format("   plan %s, %s at version %d, items %s%n", r.plan.path("planId").asText(), r.plan.path("status").asText(),
                    r.plan.path("version").asInt(), r.planItems));
            if (r.plan.path("late").asBoolean()) {
                out.append("   submitted after the deadline ").append(r.plan.path("submissionDeadline").asText()).append(": ")
                        .append(r.plan.path("lateReason").asText()).append('\n');
            }
        }
        for (CycleReport.Decision d : r.decisions) {
            out.append(String.format("   v%d %-16s %-8s%s%n", d.version(), d.department(), d.decision(),
                    d.reasons().isEmpty() ? "" : " " + d.reasons().size() + " reason(s):"));
            d.reasons().stream().limit(3).forEach(reason -> out.append("        - ").append(Api.abbreviate(reason, 150)).append('\n'));
            if (d.reasons().size() > 3) {
                out.append("        - ... (").append(d.reasons().size() - 3).append(" more)\n");
            }
        }
        if (r.quotaFromPools > 0) {
            out.append("   quota allocated by the staffing office from the pools' unallocated quota: ").append(r.quotaFromPools).append('\n');
        }
        if (r.movesTakenOut > 0) {
            out.append("   moves taken out of the plan (their pool short of quota): ").append(r.movesTakenOut).append('\n');
        }
        r.planUnresolved.forEach((school, why) -> out.append("   not resolved by the plan: ").append(school).append(' ').append(why).append('\n'));
        if (r.execution != null) {
            out.append(String.format("   executed: %d rotations started, %d quotas moved by %d transfers (staffing office: %s), %d posts abolished%n",
                    r.execution.rotationsStarted(), r.execution.quotaMoved(), r.execution.quotaTransfers(), r.execution.quotaExecution(),
                    r.execution.postsAbolished()));
        }
        formsCarriedOut(out);
        communities(out);
        if (r.inspection != null) {
            out.append(String.format("%n9. Special inspection (專項督查): %d schools, %d findings%n", r.inspection.path("schoolsInspected").asInt(),
                    r.inspection.path("findings").size()));
            count(r.inspection.path("findings"), f -> f.path("kind").asText() + " / " + f.path("rule").asText())
                    .forEach((k, n) -> out.append(String.format("   %-55s %4d%n", k, n)));
            List<JsonNode> samples = new ArrayList<>();
            r.inspection.path("findings").forEach(samples::add);
            Map<String, JsonNode> oneEach = new LinkedHashMap<>();
            samples.forEach(f -> oneEach.putIfAbsent(f.path("rule").asText(), f));
            oneEach.values().forEach(f -> out.append("     e.g. ").append(f.path("schoolId").asText()).append(": ")
                    .append(Api.abbreviate(f.path("description").path("zh").asText(), 110)).append('\n'));
        }
        if (r.auditVerify != null) {
            out.append(String.format("%n10. Audit trail: chain %s, %d records checked, length %d, head %s%n", r.auditVerify.path("status").asText(),
                    r.auditVerify.path("checked").asLong(), r.auditVerify.path("length").asLong(), r.auditVerify.path("headHash").asText()));
            Map<String, Long> byService = new TreeMap<>();
            r.auditStats.path("types").forEach(t -> byService.merge(t.path("type").asText().split("\\.")[0], t.path("count").asLong(), Long::sum));
            out.append("   records by department: ").append(byService).append('\n');
        }
        out.append("\n11. Time per step\n");
        double total = 0;
        for (Timings.Step step : r.steps) {
            out.append(String.format("   %-45s %8.1f s %8d requests%n", step.name(), step.seconds(), step.requests()));
            total += step.name().startsWith("platform") || step.name().startsWith("build") ? 0 : step.seconds();
        }
        out.append(String.format("   %d requests in all %s; %d answers 5xx%n", r.requests, r.requestsPerService, r.serverErrors));
        out.append(rule).append('\n');
        return out.toString();
    }

    /** Competitions by outcome: won by the planned teacher, lost to another applicant, declined, still open. */
    Map<String, Integer> competitions() {
        Map<String, Integer> counts = new TreeMap<>();
        r.moveOutcomes.forEach((outcome, n) -> {
            if (outcome.startsWith("COMPETITION_")) {
                counts.put(outcome.substring("COMPETITION_".length()), n);
            }
        });
        return counts;
    }

    /** Assignments (support teaching, shadowing, itinerant) by form. */
    Map<String, Integer> assignmentsByForm() {
        return count(r.assignments, a -> a.path("form").asText());
    }

    /** Itinerant teaching: hours a week in all, and the posts they cover (hours / full-post hours, per the service). */
    double[] itinerantHours() {
        double hours = 0;
        double posts = 0;
        if (r.assignments != null) {
            for (JsonNode a : r.assignments) {
                if ("ITINERANT".equals(a.path("form").asText())) {
                    hours += a.path("hoursPerWeek").asInt();
                    posts += a.path("postShare").asDouble();
                }
            }
        }
        return new double[] {hours, posts};
    }

    /** Assignments' returns: how many have a return date, the first and last of them, how many ended by return or conversion. */
    Map<String, String> returns() {
        Map<String, String> figures = new LinkedHashMap<>();
        List<String> dates = new ArrayList<>();
        Map<String, Integer> ended = new TreeMap<>();
        if (r.assignments != null) {
            for (JsonNode a : r.assignments) {
                if (a.hasNonNull("returnDate")) {
                    dates.add(a.path("returnDate").asText());
                }
                if (a.hasNonNull("outcome")) {
                    ended.merge(a.path("outcome").asText(), 1, Integer::sum);
                }
            }
        }
        dates.sort(null);
        figures.put("due", String.valueOf(dates.size()));
        figures.put("first", dates.isEmpty() ? "-" : dates.get(0));
        figures.put("last", dates.isEmpty() ? "-" : dates.get(dates.size() - 1));
        figures.put("returned", String.valueOf(ended.getOrDefault("RETURNED", 0)));
        figures.put("converted", String.valueOf(ended.getOrDefault("CONVERTED", 0)));
        return figures;
    }

    private void formsCarriedOut(StringBuilder out) {
        if (r.moveOutcomes.isEmpty()) {
            return;
        }
        out.append("   moves by what became of them: ").append(r.moveOutcomes).append('\n');
        Map<String, Integer> competitions = competitions();
        if (!competitions.isEmpty()) {
            out.append(String.format("   competitions (跨校竞聘, internal campaigns): %d won by the planned teacher, %d lost to another applicant, "
                            + "%d declined (the post went to the next in rank)%s%n", competitions.getOrDefault("WON", 0),
                    competitions.getOrDefault("LOST", 0), competitions.getOrDefault("DECLINED", 0),
                    competitions.getOrDefault("OPEN", 0) + competitions.getOrDefault("OFFERED", 0) > 0
                            ? "; still open " + (competitions.getOrDefault("OPEN", 0) + competitions.getOrDefault("OFFERED", 0)) : ""));
        }
        Map<String, Integer> assignments = assignmentsByForm();
        if (!assignments.isEmpty()) {
            double[] itinerant = itinerantHours();
            Map<String, String> returns = returns();
            out.append("   assignments keeping the home post, by form: ").append(assignments).append('\n');
            out.append(String.format("   itinerant teaching (走教): %.0f hours a week, covering %.2f posts at the host schools%n", itinerant[0], itinerant[1]));
            out.append(String.format("   returns due: %s (from %s to %s); done: %s returned, %s converted into transfers%n", returns.get("due"),
                    returns.get("first"), returns.get("last"), returns.get("returned"), returns.get("converted")));
        }
    }

    /** The seed document's figures for the county's communities: 10 communities, 1,100+ activities, 3,000+ trainee person-times. */
    static final int SEED_COMMUNITIES = 10;
    static final int SEED_ACTIVITIES = 1100;
    static final int SEED_TRAINING_PERSON_TIMES = 3000;

    private void communities(StringBuilder out) {
        if (r.communities == null) {
            return;
        }
        JsonNode c = r.communities;
        out.append("\n8. Development communities (发展共同体): this county's school year and the seed document side by side\n");
        out.append(String.format("   %-34s %12s %16s%n", "", "this county", "seed document"));
        out.append(String.format("   %-34s %12d %16d%n", "communities", c.path("communities").asInt(), SEED_COMMUNITIES));
        out.append(String.format("   %-34s %12d %16s%n", "activities", c.path("activities").asInt(), SEED_ACTIVITIES + "+"));
        out.append(String.format("   %-34s %12d %16s%n", "trainee person-times", c.path("trainingPersonTimes").asInt(),
                SEED_TRAINING_PERSON_TIMES + "+"));
        out.append(String.format("   %-34s %12d %16s%n", "teachers shared (任课、兼课、走教)", c.path("teachersShared").asInt(), "-"));
        out.append(String.format("   %-34s %12d %16s%n", "  their hours a week", c.path("sharedHoursPerWeek").asInt(), "-"));
        for (JsonNode t : r.sharedTeachers.stream().limit(10).toList()) {
            out.append(String.format("     %-8s %s → %s, %s, %d h a week, %s to %s%n", t.path("teacherName").asText(), t.path("homeSchoolId").asText(),
                    t.path("hostSchoolId").asText(), t.path("subject").asText(), t.path("hoursPerWeek").asInt(), t.path("startsOn").asText(),
                    t.path("endsOn").asText()));
        }
        if (r.sharedTeachers.size() > 10) {
            out.append("     ... (").append(r.sharedTeachers.size() - 10).append(" more)\n");
        }
    }

    private static String explanations(JsonNode list) {
        List<String> parts = new ArrayList<>();
        list.forEach(e -> parts.add(e.path("code").asText() + " (" + e.path("en").asText() + ")"));
        return String.join("; ", parts);
    }

    private static Map<String, JsonNode> pools(JsonNode pools) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (pools != null) {
            pools.forEach(p -> map.put(p.path("pool").asText(), p));
        }
        return map;
    }

    // --- HTML

    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>County ").append(esc(r.countyId))
                .append(" · ").append(esc(r.schoolYear)).append(" staffing cycle</title>\n<style>")
                .append("body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em auto;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
                .append("th{background:#f2f2f2}td.l,th.l{text-align:left}h2{border-bottom:2px solid #446;padding-bottom:3px}")
                .append("pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:12px}.ok{color:#070}.bad{color:#a00}")
                .append("</style></head><body>\n");
        h.append("<h1>County ").append(esc(r.countyId)).append(" · school year ").append(esc(r.schoolYear))
                .append(" · annual staffing cycle (縣管校聘)</h1>\n");
        h.append("<p>Every figure below is what the services' own REST APIs answered during the run.</p>\n");

        h.append("<h2>Staffing gaps before and after</h2>\n<p>Staff minus quota per school (positive: over-staffed 超编; negative: under-staffed 缺编), ")
                .append("after the triennial verification (grey) and after the annual plan was carried out (blue).</p>\n");
        h.append(gapChart());

        h.append("<h2>Pools and allocations</h2>\n<table><tr><th class=l>pool</th><th>total</th><th>allocated at start</th><th>allocated at end</th><th>free</th></tr>\n");
        Map<String, JsonNode> before = pools(r.poolsStart);
        pools(r.poolsEnd).forEach((pool, p) -> h.append("<tr><td class=l>").append(esc(pool)).append("</td><td>").append(p.path("total").asInt())
                .append("</td><td>").append(before.containsKey(pool) ? before.get(pool).path("allocated").asInt() : 0).append("</td><td>")
                .append(p.path("allocated").asInt()).append("</td><td>").append(p.path("free").asInt()).append("</td></tr>\n"));
        h.append("</table>\n<table><tr><th class=l>verification</th><th>required</th><th>allocated</th><th>pool shortfall</th><th>schools up</th><th>down</th><th>unchanged</th><th>small-school floor</th></tr>\n");
        for (CycleReport.Verification v : r.verifications) {
            h.append("<tr><td class=l>").append(esc(v.schoolYear() + " TRIENNIAL " + v.pool())).append("</td><td>").append(v.requiredTotal())
                    .append("</td><td>").append(v.proposedTotal()).append("</td><td>").append(v.poolShortfall()).append("</td><td>")
                    .append(v.raised()).append("</td><td>").append(v.lowered()).append("</td><td>").append(v.unchanged()).append("</td><td>")
                    .append(v.floorSchools()).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Over- and under-staffed schools</h2>\n<table><tr><th class=l></th><th>start of year</th><th>after verification</th><th>after the plan</th></tr>\n");
        Staffing s0 = Staffing.of(r.start);
        Staffing s1 = Staffing.of(r.afterVerification);
        Staffing s2 = Staffing.of(r.end);
        row(h, "over-staffed schools (超编)", s0.over(), s1.over(), s2.over());
        row(h, "staff beyond their quota", s0.beyond(), s1.beyond(), s2.beyond());
        row(h, "under-staffed schools (缺编)", s0.under(), s1.under(), s2.under());
        row(h, "quota left unfilled", s0.unfilled(), s1.unfilled(), s2.unfilled());
        row(h, "balanced schools", s0.balanced(), s1.balanced(), s2.balanced());
        h.append("</table>\n");

        if (r.round != null) {
            h.append("<h2>Rotation round</h2>\n");
            h.append("<p>Target ").append(r.round.path("target").asInt()).append(" (15% of ").append(r.round.path("due").asInt())
                    .append(" due), ").append(r.round.path("moves").size()).append(" moved; coverage ")
                    .append(r.round.path("coverage").path("filled").asInt()).append(" of ").append(r.round.path("coverage").path("vacancies").asInt())
                    .append(" vacant teaching posts.</p>\n");
            h.append(barChart("Moves by form", movesByForm()));
            h.append(barChart("Moves by direction (a move may satisfy several)", movesByDirection()));
            h.append(barChart("Moves by location (from → to)", movesBetween(CycleReport.SchoolLine::location)));
            h.append(barChart("Moves by tier (from → to)", movesBetween(CycleReport.SchoolLine::tier)));
        }
        h.append("<h2>Plan decisions</h2>\n<table><tr><th>version</th><th class=l>department</th><th class=l>decision</th><th class=l>reasons</th></tr>\n");
        for (CycleReport.Decision d : r.decisions) {
            h.append("<tr><td>").append(d.version()).append("</td><td class=l>").append(esc(d.department())).append("</td><td class=l>")
                    .append(esc(d.decision())).append("</td><td class=l>").append(esc(String.join(" | ", d.reasons()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!r.moveOutcomes.isEmpty()) {
            h.append("<h2>Moves carried out by their form</h2>\n");
            h.append(barChart("Teacher moves by outcome", r.moveOutcomes));
            h.append(barChart("Competitions (internal campaigns) by outcome", competitions()));
            h.append(barChart("Assignments keeping the home post, by form", assignmentsByForm()));
            Map<String, String> returns = returns();
            double[] itinerant = itinerantHours();
            h.append("<p>Itinerant teaching: ").append(String.format("%.0f", itinerant[0])).append(" hours a week, covering ")
                    .append(String.format("%.2f", itinerant[1])).append(" posts. Returns due: ").append(returns.get("due")).append(" (from ")
                    .append(esc(returns.get("first"))).append(" to ").append(esc(returns.get("last"))).append("); done: ")
                    .append(returns.get("returned")).append(" returned, ").append(returns.get("converted")).append(" converted.</p>\n");
        }
        if (r.communities != null) {
            h.append("<h2>Development communities</h2>\n<table><tr><th class=l></th><th>this county</th><th>seed document</th></tr>\n");
            h.append("<tr><td class=l>communities</td><td>").append(r.communities.path("communities").asInt()).append("</td><td>")
                    .append(SEED_COMMUNITIES).append("</td></tr>\n");
            h.append("<tr><td class=l>activities</td><td>").append(r.communities.path("activities").asInt()).append("</td><td>")
                    .append(SEED_ACTIVITIES).append("+</td></tr>\n");
            h.append("<tr><td class=l>trainee person-times</td><td>").append(r.communities.path("trainingPersonTimes").asInt())
                    .append("</td><td>").append(SEED_TRAINING_PERSON_TIMES).append("+</td></tr>\n");
            h.append("<tr><td class=l>teachers shared</td><td>").append(r.communities.path("teachersShared").asInt())
                    .append("</td><td>-</td></tr>\n<tr><td class=l>their hours a week</td><td>")
                    .append(r.communities.path("sharedHoursPerWeek").asInt()).append("</td><td>-</td></tr>\n</table>\n");
        }
        h.append("<h2>The whole report</h2>\n<pre>").append(esc(text())).append("</pre>\n</body></html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String label, long a, long b, long c) {
        h.append("<tr><td class=l>").append(esc(label)).append("</td><td>").append(a).append("</td><td>").append(b).append("</td><td>")
                .append(c).append("</td></tr>\n");
    }

    /** One row per school: two bars from the zero line, the gap after verification and after the plan. */
    String gapChart() {
        Map<String, CycleReport.SchoolLine> after = new LinkedHashMap<>();
        r.end.forEach(l -> after.put(l.schoolId(), l));
        List<CycleReport.SchoolLine> lines = new ArrayList<>(r.afterVerification);
        lines.sort(Comparator.comparingInt(CycleReport.SchoolLine::gap).reversed().thenComparing(CycleReport.SchoolLine::schoolId));
        int max = 1;
        for (CycleReport.SchoolLine l : lines) {
            max = Math.max(max, Math.abs(l.gap()));
            CycleReport.SchoolLine a = after.get(l.schoolId());
            if (a != null) {
                max = Math.max(max, Math.abs(a.gap()));
            }
        }
        int rowHeight = 14;
        int labelWidth = 230;
        int half = 330;
        int width = labelWidth + 2 * half + 20;
        int height = lines.size() * rowHeight + 40;
        double scale = (double) half / max;
        int zero = labelWidth + half;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-size=\"10\" font-family=\"sans-serif\">\n");
        svg.append("<line x1=\"").append(zero).append("\" y1=\"20\" x2=\"").append(zero).append("\" y2=\"").append(height - 10)
                .append("\" stroke=\"#333\"/>\n");
        svg.append("<text x=\"").append(zero - half).append("\" y=\"12\">under-staffed −").append(max).append("</text>");
        svg.append("<text x=\"").append(zero + half - 90).append("\" y=\"12\">over-staffed +").append(max).append("</text>\n");
        int y = 24;
        for (CycleReport.SchoolLine l : lines) {
            svg.append("<text x=\"2\" y=\"").append(y + 10).append("\">").append(esc(l.name() + " (" + l.location() + ")")).append("</text>");
            bar(svg, zero, y, l.gap(), scale, "#aaa", 6);
            CycleReport.SchoolLine a = after.get(l.schoolId());
            if (a != null) {
                bar(svg, zero, y + 6, a.gap(), scale, "#3a6fb0", 6);
            }
            svg.append('\n');
            y += rowHeight;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, int zero, int y, int gap, double scale, String color, int h) {
        int length = (int) Math.round(Math.abs(gap) * scale);
        int x = gap >= 0 ? zero : zero - length;
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(length, gap == 0 ? 0 : 1))
                .append("\" height=\"").append(h).append("\" fill=\"").append(color).append("\"><title>").append(gap).append("</title></rect>");
    }

    private static String barChart(String title, Map<String, Integer> values) {
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int rowHeight = 18;
        int height = values.size() * rowHeight + 30;
        StringBuilder svg = new StringBuilder("<h3>" + esc(title) + "</h3>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\""
                + height + "\" font-size=\"11\" font-family=\"sans-serif\">\n");
        int y = 10;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            int length = (int) Math.round(500.0 * e.getValue() / Math.max(1, max));
            svg.append("<text x=\"2\" y=\"").append(y + 12).append("\">").append(esc(e.getKey())).append("</text>")
                    .append("<rect x=\"300\" y=\"").append(y).append("\" width=\"").append(length).append("\" height=\"14\" fill=\"#3a6fb0\"/>")
                    .append("<text x=\"").append(305 + length).append("\" y=\"").append(y + 12).append("\">").append(e.getValue()).append("</text>\n");
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
