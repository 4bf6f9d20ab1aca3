package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/** 3. HR sets up teaching posts where the quota rose, by the school's subject weights. */
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
        List<JsonNode> withRoom = new ArrayList<>();
        api.get(Service.POST, "/post-summaries", run.users.hr()).forEach(s -> {
            if (!run.complete && s.path("room").asInt() > 0 && specs.containsKey(s.path("schoolId").asText())) {
                withRoom.add(s);
            }
        });
        List<Integer> made = run.parallel.map(withRoom, summary -> {
            SchoolSpec school = specs.get(summary.path("schoolId").asText());
            int room = summary.path("room").asInt();
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
            return room;
        });
        int established = made.stream().mapToInt(Integer::intValue).sum();
        int frozen = 0;
        int over = 0;
        for (JsonNode s : api.get(Service.POST, "/post-summaries", run.users.hr())) {
            frozen += s.path("frozenForOverEstablishment").asInt();
            over += s.path("overEstablishedBy").asInt() > 0 ? 1 : 0;
        }
        run.report.posts = new CycleReport.Posts(established, withRoom.size(), frozen, over);
        run.progress.say("  " + established + " teaching posts set up at " + withRoom.size() + " schools whose quota rose; "
                + frozen + " vacant posts frozen at " + over + " schools whose quota fell (over-established)");
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
