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

/**
 * 3. HR sets up posts where the quota leaves room: first the leadership posts the school's
 * regulation approves and it lacks (they are counted within the quota), then teaching posts by the
 * school's subject weights with the room left. No post is abolished to make room: where the quota
 * cannot hold every leadership post, what fits is set up and the inspection reports the rest.
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
        if (!run.complete) {
            awaitRegulationsKnown(run);
        }
        List<JsonNode> withRoom = new ArrayList<>();
        List<Lacking> lackingAt = new ArrayList<>();
        api.get(Service.POST, "/post-summaries", run.users.hr()).forEach(s -> {
            SchoolSpec school = specs.get(s.path("schoolId").asText());
            if (!run.complete && school != null) {
                if (s.path("room").asInt() > 0) {
                    withRoom.add(s);
                }
                List<String> roles = new ArrayList<>();
                for (JsonNode role : s.path("leadership").path("roles")) {
                    for (int i = 0; i < role.path("missing").asInt(); i++) {
                        roles.add(role.path("role").asText());
                    }
                }
                if (!roles.isEmpty()) {
                    lackingAt.add(new Lacking(school.id(), school.pool(), s.path("room").asInt(), roles));
                }
            }
        });
        Map<String, Map<String, Integer>> leadership = lackingAt.isEmpty() ? Map.of()
                : leadershipWithinQuota(lackingAt, poolAllowances(run));
        int leaders = leadership.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        int lacking = lackingAt.stream().mapToInt(l -> l.roles().size()).sum() - leaders;
        List<Integer> made = run.parallel.map(withRoom, summary -> {
            SchoolSpec school = specs.get(summary.path("schoolId").asText());
            int room = summary.path("room").asInt();
            // the leadership posts the regulation approves come first, as far as the quota holds them
            for (Map.Entry<String, Integer> role : leadership.getOrDefault(school.id(), Map.of()).entrySet()) {
                api.post(Service.POST, "/schools/" + school.id() + "/posts", run.users.hr(), Api.object()
                        .put("category", "MANAGEMENT").put("leadershipRole", role.getKey()).put("count", role.getValue())
                        .put("reason", "按机构职能编制规定设置领导职位"));
                room -= role.getValue();
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
            return room;
        });
        int teaching = made.stream().mapToInt(Integer::intValue).sum();
        int frozen = 0;
        int over = 0;
        for (JsonNode s : api.get(Service.POST, "/post-summaries", run.users.hr())) {
            frozen += s.path("frozenForOverEstablishment").asInt();
            over += s.path("overEstablishedBy").asInt() > 0 ? 1 : 0;
        }
        run.report.posts = new CycleReport.Posts(teaching, withRoom.size(), frozen, over, leaders, lacking);
        run.progress.say("  " + leaders + " leadership posts set up by the regulations within the quotas; " + lacking
                + " more the quotas leave no room for (no teaching post is abolished for them: the inspection reports them)");
        run.progress.say("  " + teaching + " teaching posts set up at " + withRoom.size() + " schools whose quota rose; "
                + frozen + " vacant posts frozen at " + over + " schools whose quota fell (over-established)");
    }

    /** post-service knows every regulation the staffing office issued, in force or pending (its summaries tally leadership posts). */
    private static void awaitRegulationsKnown(CycleRun run) {
        int regulations = run.api.get(Service.QUOTA, "/regulations", run.users.staffingOffice()).size();
        run.waits.until("the schools' regulations at the post service", CycleRun.FOLLOW, () -> {
            long known = 0;
            for (JsonNode s : run.api.get(Service.POST, "/post-summaries", run.users.hr())) {
                JsonNode leadership = s.path("leadership");
                known += leadership.path("regulationVersion").asInt() > 0 || leadership.path("pendingVersion").asInt() > 0 ? 1 : 0;
            }
            return known >= regulations ? null : (regulations - known) + " regulations not yet known";
        });
    }

    /** A school lacking leadership posts its regulation approves: its room, and one role per missing post. */
    record Lacking(String schoolId, String pool, int room, List<String> roles) {
    }

    /**
     * The leadership posts to set up, per school and role. A school sets up no more than its room
     * (quota less posts): no post is abolished to make room. A pool sets up no more than its
     * allowance: its quota must still hold every school's staff through the plan's transfers (有减有增),
     * and a leadership post, never abolished, cannot give its quota back as a vacant teaching post can.
     * Where the allowance is short, the schools take one post at a time in turn, each in its
     * regulation's order (principal first), so that as few schools as possible lack their first posts.
     */
    static Map<String, Map<String, Integer>> leadershipWithinQuota(List<Lacking> schools, Map<String, Integer> poolAllowance) {
        Map<String, Integer> allowance = new HashMap<>(poolAllowance);
        Map<String, Map<String, Integer>> setUp = new TreeMap<>();
        List<Lacking> inTurn = schools.stream().sorted(Comparator.comparing(Lacking::schoolId)).toList();
        Map<String, Integer> taken = new HashMap<>();
        for (boolean progress = true; progress; ) {
            progress = false;
            for (Lacking school : inTurn) {
                int next = taken.getOrDefault(school.schoolId(), 0);
                if (next >= Math.min(school.room(), school.roles().size()) || allowance.getOrDefault(school.pool(), 0) <= 0) {
                    continue;
                }
                setUp.computeIfAbsent(school.schoolId(), k -> new TreeMap<>()).merge(school.roles().get(next), 1, Integer::sum);
                taken.put(school.schoolId(), next + 1);
                allowance.merge(school.pool(), -1, Integer::sum);
                progress = true;
            }
        }
        return setUp;
    }

    /**
     * Per pool, the leadership posts its quota can hold: half of what it has left after every school's
     * staff (the over-staffed schools' excess counted against it) and what a simulated round will need
     * ({@link RoundNeeds}); the recruitment campaign takes at most half of the rest, the plan's
     * transfers keep the remainder.
     */
    private static Map<String, Integer> poolAllowances(CycleRun run) {
        run.awaitRotationFollows();
        Map<String, Integer> free = run.poolRoomAfter(run.simulateRound());
        free.replaceAll((pool, left) -> Math.max(0, left / 2));
        return free;
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
