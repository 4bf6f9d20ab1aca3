package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The province page of a demo over several counties: per county and in total its teachers, quotas,
 * posts, vacancies, over- and under-staffed schools, moves by form, audit chain and how long it
 * took, from each county's own cycle report; then what the province user reads of the platform.
 */
public final class ProvinceReport {

    /** One county's run: the county and its cycle's report. */
    public record County(CountyModel model, CycleReport report) {
    }

    /** The province user's views as the services answered them (null where a view did not answer). */
    public record Views(JsonNode quotas, JsonNode posts, JsonNode rotations, JsonNode auditStats) {
    }

    /**
     * One figure as the province user's view gives it (in total and per county) against the sum of the
     * counties' own reports; {@code differences} names each county whose view row differs from its report.
     */
    public record Check(String view, String figure, long province, long counties, List<String> differences) {

        public boolean agrees() {
            return province == counties && differences.isEmpty();
        }
    }

    /** One row of the page. */
    record Row(String countyId, String name, int schools, int teachers, int quotaTotal, int quotaAllocated, int posts, int vacant,
               int frozen, long over, long under, Map<String, Integer> moves, long auditRecords, String chain,
               double loadSeconds, double seconds) {

        int movesTotal() {
            return moves.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Row total;
    private final String scale;
    private final double seconds;
    private final List<Timings.Step> steps;
    private final List<String> failures;
    private final Views views;

    public ProvinceReport(List<County> counties, String scale, double seconds, List<Timings.Step> steps, List<String> failures,
                          Views views) {
        this.scale = scale;
        this.seconds = seconds;
        this.steps = steps;
        this.failures = failures;
        this.views = views;
        Map<String, String> names = new TreeMap<>();
        CountyGenerator.provinceCounties(Math.max(1, counties.size())).forEach(c -> names.put(c.countyId(), c.name() + " (" + c.shape() + ")"));
        counties.stream().sorted(Comparator.comparing(c -> c.model().countyId()))
                .forEach(c -> rows.add(row(c, names.getOrDefault(c.model().countyId(), ""))));
        Map<String, Integer> moves = new TreeMap<>();
        rows.forEach(r -> r.moves().forEach((form, n) -> moves.merge(form, n, Integer::sum)));
        long broken = rows.stream().filter(r -> !"OK".equals(r.chain())).count();
        total = new Row("total", rows.size() + " counties", rows.stream().mapToInt(Row::schools).sum(), rows.stream().mapToInt(Row::teachers).sum(),
                rows.stream().mapToInt(Row::quotaTotal).sum(), rows.stream().mapToInt(Row::quotaAllocated).sum(),
                rows.stream().mapToInt(Row::posts).sum(), rows.stream().mapToInt(Row::vacant).sum(), rows.stream().mapToInt(Row::frozen).sum(),
                rows.stream().mapToLong(Row::over).sum(), rows.stream().mapToLong(Row::under).sum(), moves,
                rows.stream().mapToLong(Row::auditRecords).sum(), broken == 0 ? "OK" : broken + " not OK",
                rows.stream().mapToDouble(Row::loadSeconds).sum(), seconds);
    }

    static Row row(County county, String name) {
        CycleReport r = county.report();
        int quotaTotal = 0;
        int quotaAllocated = 0;
        if (r.poolsEnd != null) {
            for (JsonNode pool : r.poolsEnd) {
                quotaTotal += pool.path("total").asInt();
                quotaAllocated += pool.path("allocated").asInt();
            }
        }
        // the moves the executed plan carried out (rotation-service's rotations): the round's, but those
        // the bureau took out for want of quota in their pool
        Map<String, Integer> moves = new TreeMap<>();
        if (r.plan != null) {
            r.plan.path("items").forEach(i -> {
                if ("TEACHER_MOVE".equals(i.path("kind").asText())) {
                    moves.merge(i.path("form").asText(), 1, Integer::sum);
                }
            });
        } else if (r.round != null) {
            r.round.path("moves").forEach(m -> moves.merge(m.path("form").asText(), 1, Integer::sum));
        }
        double load = r.steps.stream().filter(s -> s.name().startsWith("load:")).mapToDouble(Timings.Step::seconds).sum();
        return new Row(county.model().countyId(), name, county.model().schools().size(), county.model().teachers().size(),
                quotaTotal, quotaAllocated, r.end.stream().mapToInt(CycleReport.SchoolLine::posts).sum(),
                r.end.stream().mapToInt(CycleReport.SchoolLine::vacant).sum(), r.end.stream().mapToInt(CycleReport.SchoolLine::frozen).sum(),
                r.end.stream().filter(CycleReport.SchoolLine::overStaffed).count(),
                r.end.stream().filter(CycleReport.SchoolLine::underStaffed).count(), moves,
                r.auditVerify == null ? 0 : r.auditVerify.path("length").asLong(),
                r.auditVerify == null ? "not verified" : r.auditVerify.path("status").asText(), load, r.seconds);
    }

    /**
     * The province user's views against the counties' own reports: each figure in total and per county
     * (a view that did not answer has no checks).
     */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        JsonNode quotas = views.quotas();
        if (quotas != null) {
            checks.add(check("/province/quotas", "schools", quotas.path("total"), quotas.path("items"), v -> v.path("schools").asLong(),
                    Row::schools));
            checks.add(check("/province/quotas", "quota total", quotas.path("total"), quotas.path("items"), v -> pools(v, "total"),
                    Row::quotaTotal));
            checks.add(check("/province/quotas", "quota allocated", quotas.path("total"), quotas.path("items"),
                    v -> pools(v, "allocated"), Row::quotaAllocated));
            checks.add(check("/province/quotas", "over-staffed schools", quotas.path("total"), quotas.path("items"),
                    v -> v.path("overStaffed").asLong(), Row::over));
            checks.add(check("/province/quotas", "under-staffed schools", quotas.path("total"), quotas.path("items"),
                    v -> v.path("underStaffed").asLong(), Row::under));
        }
        JsonNode posts = views.posts();
        if (posts != null) {
            checks.add(check("/province/posts", "posts", posts.path("totals"), posts.path("rows"), v -> v.path("established").asLong(),
                    Row::posts));
            checks.add(check("/province/posts", "vacant posts", posts.path("totals"), posts.path("rows"), v -> v.path("vacant").asLong(),
                    Row::vacant));
            checks.add(check("/province/posts", "frozen posts", posts.path("totals"), posts.path("rows"), v -> v.path("frozen").asLong(),
                    Row::frozen));
        }
        JsonNode rotations = views.rotations();
        if (rotations != null) {
            checks.add(check("/province/rotations", "moves", rotations.path("totals"), rotations.path("rows"),
                    v -> v.path("moves").asLong(), Row::movesTotal));
        }
        JsonNode audit = views.auditStats();
        if (audit != null) {
            checks.add(check("/province/audit-stats", "audit records", audit.path("totals"), audit.path("rows"),
                    v -> v.path("records").asLong(), Row::auditRecords));
        }
        return checks;
    }

    /** One figure: the view's total against the rows' sum, and each county's view row against its report's row. */
    private Check check(String view, String figure, JsonNode viewTotal, JsonNode viewRows, ToLongFunction<JsonNode> ofView,
                        ToLongFunction<Row> ofReport) {
        Map<String, JsonNode> byCounty = new TreeMap<>();
        viewRows.forEach(v -> byCounty.put(v.path("countyId").asText(), v));
        List<String> differences = new ArrayList<>();
        for (Row r : rows) {
            JsonNode v = byCounty.remove(r.countyId());
            if (v == null) {
                differences.add(r.countyId() + " missing from the view");
            } else if (ofView.applyAsLong(v) != ofReport.applyAsLong(r)) {
                differences.add(r.countyId() + ": view " + ofView.applyAsLong(v) + ", report " + ofReport.applyAsLong(r));
            }
        }
        byCounty.keySet().forEach(county -> differences.add(county + " in the view, not in the demo"));
        return new Check(view, figure, ofView.applyAsLong(viewTotal), rows.stream().mapToLong(ofReport).sum(), List.copyOf(differences));
    }

    /** A figure summed over the pools of a county (or of the total) in /province/quotas. */
    private static long pools(JsonNode county, String figure) {
        long sum = 0;
        for (JsonNode pool : county.path("pools")) {
            sum += pool.path(figure).asLong();
        }
        return sum;
    }

    private List<String> forms() {
        return new ArrayList<>(new TreeSet<>(total.moves().keySet()));
    }

    // --- text

    public String text() {
        StringBuilder out = new StringBuilder();
        String rule = "=".repeat(120);
        out.append(rule).append('\n');
        out.append(String.format(" Province page · %d counties (%s scale) · the annual staffing cycle of each county%n", rows.size(), scale));
        out.append(rule).append('\n');
        out.append(String.format("%-8s %-22s %7s %8s %13s %7s %7s %6s %5s %5s %6s %9s %-5s %7s %7s%n", "county", "", "schools", "teachers",
                "quota total/al", "posts", "vacant", "frozen", "over", "under", "moves", "audit", "chain", "load s", "total s"));
        for (Row r : rows) {
            out.append(line(r));
        }
        out.append(line(total));
        out.append("\nMoves by form (the rotation round of each county)\n");
        List<String> forms = forms();
        out.append(String.format("   %-8s", "county"));
        forms.forEach(f -> out.append(String.format(" %17s", f)));
        out.append('\n');
        for (Row r : concat()) {
            out.append(String.format("   %-8s", r.countyId()));
            forms.forEach(f -> out.append(String.format(" %17d", r.moves().getOrDefault(f, 0))));
            out.append('\n');
        }
        out.append("\nOver/under: schools whose staff is above/below their quota after the plan was carried out. Posts: established\n")
                .append("(not abolished), of which vacant and frozen. Audit: records in the county's hash chain, verified by its auditor.\n");
        out.append(String.format("%nDurations: %.0f s for the province (counties side by side, %d at a time); the sum of the counties' own%n"
                + "durations is %.0f s. Each county's steps: see its report (cycle-<county>-<year>.txt).%n", seconds,
                Demo.PARALLEL_COUNTIES, rows.stream().mapToDouble(Row::seconds).sum()));
        for (Timings.Step s : steps) {
            out.append(String.format("   %-60s %8.1f s%n", s.name(), s.seconds()));
        }
        out.append("\nThe province user's views (GET /province/*, every county on the platform)\n");
        if (views.quotas() != null) {
            int t = 0;
            int a = 0;
            for (JsonNode pool : views.quotas().path("total").path("pools")) {
                t += pool.path("total").asInt();
                a += pool.path("allocated").asInt();
            }
            out.append(String.format("   /province/quotas       %d counties, %d schools, quota %d / allocated %d, %d over-staffed, %d under-staffed%n",
                    views.quotas().path("counties").asInt(), views.quotas().path("total").path("schools").asInt(), t, a,
                    views.quotas().path("total").path("overStaffed").asInt(), views.quotas().path("total").path("underStaffed").asInt()));
        }
        if (views.posts() != null) {
            JsonNode p = views.posts().path("totals");
            out.append(String.format("   /province/posts        %d counties, %d posts, %d occupied, %d vacant, %d frozen%n",
                    views.posts().path("counties").asInt(), p.path("established").asInt(), p.path("occupied").asInt(),
                    p.path("vacant").asInt(), p.path("frozen").asInt()));
        }
        if (views.rotations() != null) {
            JsonNode p = views.rotations().path("totals");
            out.append(String.format("   /province/rotations    %d counties, %d due, target %d, %d moves %s%n",
                    views.rotations().path("counties").asInt(), p.path("due").asInt(), p.path("target").asInt(), p.path("moves").asInt(),
                    p.path("byForm")));
        }
        if (views.auditStats() != null) {
            out.append(String.format("   /province/audit-stats  %d counties, %d records%n", views.auditStats().path("counties").asInt(),
                    views.auditStats().path("totals").path("records").asLong()));
        }
        List<Check> checks = checks();
        if (!checks.isEmpty()) {
            long differ = checks.stream().filter(c -> !c.agrees()).count();
            out.append(String.format("%nThe province user's views against the counties' own reports (total and each county): %s%n",
                    differ == 0 ? "all " + checks.size() + " figures agree" : differ + " of " + checks.size() + " figures differ"));
            out.append(String.format("   %-22s %-22s %9s %9s%n", "view", "figure", "province", "counties"));
            for (Check c : checks) {
                out.append(String.format("   %-22s %-22s %9d %9d  %s%n", c.view(), c.figure(), c.province(), c.counties(),
                        c.agrees() ? "agrees" : "DIFFERS " + c.differences()));
            }
        }
        out.append("\nLog in as the province (provincial education and staffing departments, read-only across counties):\n")
                .append("   user ").append(Demo.PROVINCE_USER).append(", password demo (realm county); each county's users: bianban-<county>, ")
                .append("renshe-<county>, jiaoyuju-<county>, jijian-<county>, school-<school id> (the seed county's: bianban, renshe, jiaoyuju, jijian)\n");
        failures.forEach(f -> out.append("FAILED: ").append(f).append('\n'));
        return out.toString();
    }

    private List<Row> concat() {
        List<Row> all = new ArrayList<>(rows);
        all.add(total);
        return all;
    }

    private static String line(Row r) {
        return String.format("%-8s %-22s %7d %8d %6d/%6d %7d %7d %6d %5d %5d %6d %9d %-5s %7.0f %7.0f%n", r.countyId(), cut(r.name(), 22),
                r.schools(), r.teachers(), r.quotaTotal(), r.quotaAllocated(), r.posts(), r.vacant(), r.frozen(), r.over(), r.under(),
                r.movesTotal(), r.auditRecords(), r.chain(), r.loadSeconds(), r.seconds());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    // --- HTML

    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>Province · ").append(rows.size())
                .append(" counties</title>\n<style>body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em auto;max-width:1200px;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
                .append("th{background:#f2f2f2}td.l,th.l{text-align:left}tr.total td{font-weight:bold}pre{background:#f7f7f7;padding:1em;font-size:12px}")
                .append("</style></head><body>\n");
        h.append("<h1>Province · ").append(rows.size()).append(" counties · the annual staffing cycle of each county</h1>\n");
        h.append("<table><tr><th class=l>county</th><th class=l></th><th>schools</th><th>teachers</th><th>quota total</th><th>allocated</th>")
                .append("<th>posts</th><th>vacant</th><th>frozen</th><th>over-staffed</th><th>under-staffed</th>");
        List<String> forms = forms();
        forms.forEach(f -> h.append("<th>").append(ReportWriter.esc(f)).append("</th>"));
        h.append("<th>audit records</th><th>chain</th><th>load s</th><th>total s</th></tr>\n");
        for (Row r : concat()) {
            h.append(r == total ? "<tr class=total>" : "<tr>").append("<td class=l>");
            if (r == total) {
                h.append("total");
            } else {
                h.append("<a href=\"cycle-").append(ReportWriter.esc(r.countyId())).append("-").append(CountyGenerator.CURRENT_YEAR)
                        .append(".html\">").append(ReportWriter.esc(r.countyId())).append("</a>");
            }
            h.append("</td><td class=l>").append(ReportWriter.esc(r.name())).append("</td>");
            for (long v : new long[] {r.schools(), r.teachers(), r.quotaTotal(), r.quotaAllocated(), r.posts(), r.vacant(), r.frozen(),
                    r.over(), r.under()}) {
                h.append("<td>").append(v).append("</td>");
            }
            forms.forEach(f -> h.append("<td>").append(r.moves().getOrDefault(f, 0)).append("</td>"));
            h.append("<td>").append(r.auditRecords()).append("</td><td>").append(ReportWriter.esc(r.chain())).append("</td>")
                    .append(String.format("<td>%.0f</td><td>%.0f</td></tr>%n", r.loadSeconds(), r.seconds()));
        }
        h.append("</table>\n<h2>The whole page</h2>\n<pre>").append(ReportWriter.esc(text())).append("</pre>\n</body></html>\n");
        return h.toString();
    }
}
