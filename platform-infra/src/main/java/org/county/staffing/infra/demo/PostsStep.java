package org.county.staffing.infra.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 3. HR sets up posts where the quota leaves room: first the leadership posts the school's
 * regulation approves and it lacks, then teaching posts by the school's subject weights. Where the
 * quota leaves no room for the leadership posts (and the school is not over-established), vacant
 * teaching posts are abolished to make it: the leadership posts are counted within the quota.
 */
final class PostsStep implements CycleStep {

    @Override
    public String name() {
        return "posts";
    }

    @Override
    public String title(CycleRun run) {
        return "Posts set up by HR within the new quotas";
    }

    @Override
    public void run(CycleRun run) {
        Api api = run.api;
        Map<String, SchoolSpec> specs = run.specs();
        int regulations = api.get(Service.QUOTA, "/regulations", run.users.staffingOffice()).size();
        run.waits.until("the schools' regulations at the post service", Duration.ofMinutes(3), () -> {
            long known = 0;
            for (JsonNode s : api.get(Service.POST, "/post-summaries", run.users.hr())) {
                known += s.path("leadership").path("regulationVersion").asInt() > 0 ? 1 : 0;
            }
            return known >= regulations ? null : (regulations - known) + " regulations not yet known";
        });
        List<JsonNode> withRoom = new ArrayList<>();
        List<JsonNode> toSetUp = new ArrayList<>();
        api.get(Service.POST, "/post-summaries", run.users.hr()).forEach(s -> {
            if (!run.complete && specs.containsKey(s.path("schoolId").asText())) {
                if (s.path("room").asInt() > 0) {
                    withRoom.add(s);
                }
                if (s.path("room").asInt() > 0 || missingLeadership(s) > 0) {
                    toSetUp.add(s);
                }
            }
        });
        AtomicInteger leaders = new AtomicInteger();
        AtomicInteger converted = new AtomicInteger();
        List<Integer> made = run.parallel.map(toSetUp, summary -> {
            SchoolSpec school = specs.get(summary.path("schoolId").asText());
            int room = summary.path("room").asInt();
            int setUp = 0;
            // where the quota leaves no room for them, vacant teaching posts give way to the leadership posts (both within the quota)
            int lacking = missingLeadership(summary) - room;
            if (lacking > 0 && summary.path("overEstablishedBy").asInt() == 0) {
                List<String> vacant = new ArrayList<>();
                api.get(Service.POST, "/schools/" + school.id() + "/posts?status=VACANT&category=TEACHING", run.users.hr())
                        .forEach(p -> vacant.add(p.path("postId").asText()));
                for (String postId : vacant.subList(Math.max(0, vacant.size() - lacking), vacant.size())) {
                    api.expect(Service.POST, "DELETE", "/posts/" + postId + "?reason=" + URLEncoder.encode(
                            "按机构职能编制规定腾出领导职位", StandardCharsets.UTF_8), run.users.hr(), null, 200);
                    room++;
                    converted.incrementAndGet();
                }
            }
            // the leadership posts the school's regulation approves come first (a school lacking one is a finding)
            for (JsonNode role : summary.path("leadership").path("roles")) {
                int missing = Math.min(room, role.path("missing").asInt());
                if (missing > 0) {
                    api.post(Service.POST, "/schools/" + school.id() + "/posts", run.users.hr(), Api.object()
                            .put("category", "MANAGEMENT").put("leadershipRole", role.path("role").asText()).put("count", missing)
                            .put("reason", "按机构职能编制规定设置领导职位"));
                    room -= missing;
                    setUp += missing;
                    leaders.addAndGet(missing);
                }
            }
            Map<String, Integer> current = new HashMap<>();
            summary.path("bySubject").fields().forEachRemaining(e -> current.put(e.getKey(), e.getValue().path("established").asInt()));
            Map<String, Integer> ideal = ideal(school.subjectWeights(), summary.path("quota").asInt());
            Map<String, Integer> add = new TreeMap<>();
            for (int i = 0; i < room; i++) {
                String subject = ideal.keySet().stream()
                        .max(Comparator.comparingInt((String s) -> ideal.get(s) - current.getOrDefault(s, 0) - add.getOrDefault(s, 0))
                                .thenComparing(Comparator.reverseOrder()))
                        .orElseThrow();
                add.merge(subject, 1, Integer::sum);
            }
            add.forEach((subject, count) -> api.post(Service.POST, "/schools/" + school.id() + "/posts", run.users.hr(),
                    Api.object().put("category", "TEACHING").put("subject", subject).put("count", count)
                            .put("reason", "按需设岗：" + run.year + " 学年核定编制增加，增设" + subject + "教学岗位")));
            return setUp + room;
        });
        int established = made.stream().mapToInt(Integer::intValue).sum();
        int frozen = 0;
        int over = 0;
        for (JsonNode s : api.get(Service.POST, "/post-summaries", run.users.hr())) {
            frozen += s.path("frozenForOverEstablishment").asInt();
            over += s.path("overEstablishedBy").asInt() > 0 ? 1 : 0;
        }
        run.report.posts = new CycleReport.Posts(established, withRoom.size(), frozen, over);
        run.progress.say("  " + leaders.get() + " leadership posts set up by the regulations (" + converted.get()
                + " of them in place of vacant teaching posts where the quota left no room)");
        run.progress.say("  " + (established - leaders.get()) + " teaching posts set up at " + withRoom.size() + " schools whose quota rose; "
                + frozen + " vacant posts frozen at " + over + " schools whose quota fell (over-established)");
    }

    /** The leadership posts the school's regulation approves and it has not set up (post-service's summary). */
    private static int missingLeadership(JsonNode summary) {
        int missing = 0;
        for (JsonNode role : summary.path("leadership").path("roles")) {
            missing += Math.max(0, role.path("missing").asInt());
        }
        return missing;
    }

    /** The posts per subject a quota gives by the subjects' weights (largest remainder). */
    static Map<String, Integer> ideal(Map<String, Integer> weights, int quota) {
        int sum = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> counts = new TreeMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int assigned = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(weights).entrySet()) {
            double exact = (double) quota * e.getValue() / sum;
            counts.put(e.getKey(), (int) Math.floor(exact));
            assigned += (int) Math.floor(exact);
            remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; assigned < quota; i++, assigned++) {
            counts.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
        }
        return counts;
    }
}
