package org.county.staffing.infra.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.county.CountyModel.TeacherSpec;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One school year's cycle of a loaded county, through the services' REST APIs, each step by the
 * department that owns it: enrollment (bureau) → triennial verification (staffing office) →
 * posts (HR) → recruitment campaign for the vacancies rotation cannot fill (bureau) → evaluations
 * (schools) → rotation round of 15% of those due (bureau) → annual adjustment plan (bureau) →
 * decisions of the staffing office and HR (the first version rejected with reasons, fixed,
 * resubmitted) → execution (bureau) → special inspection (staffing office) → audit verification
 * (inspectors). Each step first asks what is done already, so a cycle that stopped midway goes on
 * where it stopped.
 */
public final class AnnualCycle {

    public static final List<String> STEPS = List.of("enrollment", "verification", "posts", "recruitment", "evaluations",
            "rotation", "plan", "decisions", "execution", "inspection", "audit");
    /** Checkpoints inside the steps where a test may inject a fault. */
    public static final String STAFFING_OFFICE_APPROVED = "decisions: the staffing office approved the corrected version";
    public static final String ROUND_PLANNED = "rotation: about to plan the round";

    private static final Duration FOLLOW = Duration.ofMinutes(5);
    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    /** Called after every step and at the checkpoints; the cross-service tests assert their invariants here. */
    public interface Listener {
        default void afterStep(String step, CycleReport report) {
        }

        default void checkpoint(String name) {
        }
    }

    private final Api api;
    private final CountyUsers users;
    private final Progress progress;
    private final Waits waits;
    private final Parallel parallel;
    private final Timings timings;
    private final Listener listener;
    private CountyModel county;
    private CycleReport report;
    private String year;
    private String planId;
    private PlanDrafting.Draft draft;
    /** This year's plan was executed in an earlier run: steps only read. */
    private boolean complete;

    public AnnualCycle(Api api, CountyUsers users, Progress progress, Parallel parallel, Timings timings, Listener listener) {
        this.api = api;
        this.users = users;
        this.progress = progress;
        this.waits = new Waits(progress);
        this.parallel = parallel;
        this.timings = timings;
        this.listener = listener;
    }

    public CycleReport run(CountyModel county, CycleReport report) {
        this.county = county;
        this.report = report;
        this.year = county.currentYear();
        report.countyId = county.countyId();
        report.schoolYear = year;
        progress.say("The " + year + " school year's cycle of county " + county.countyId());
        complete = yearExecuted();
        if (complete) {
            report.notes.add("The " + year + " cycle had been carried out before: nothing was written again; the figures "
                    + "are the services' current ones (the \"start of year\" column included).");
            progress.say("  the " + year + " plan was executed before: the cycle is complete, the report shows the services' figures");
        }
        step("enrollment", "Enrollment " + year + " reported by the education bureau", this::enrollment);
        step("verification", "Triennial verification " + year + " by the staffing office", this::verification);
        step("posts", "Posts set up by HR within the new quotas", this::posts);
        step("recruitment", "Recruitment campaign for the vacancies rotation cannot fill", this::recruitment);
        step("evaluations", "Evaluations of " + county.evaluationYear() + " by the schools", this::evaluations);
        step("rotation", "Rotation round " + year + ": 15% of the teachers due", this::rotation);
        step("plan", "Annual staffing and personnel adjustment plan " + year, this::plan);
        step("decisions", "Decisions of the staffing office and HR", this::decisions);
        step("execution", "Execution of the approved plan", this::execution);
        step("inspection", "Special inspection by the staffing office", this::inspection);
        step("audit", "Audit trail verified by the inspectors", this::audit);
        return report;
    }

    private boolean yearExecuted() {
        for (JsonNode p : api.get(Service.RECRUITMENT, "/plans?schoolYear=" + year, users.educationBureau())) {
            if ("EXECUTED".equals(p.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private void step(String name, String title, Runnable work) {
        progress.say(title);
        timings.time(name, work);
        listener.afterStep(name, report);
    }

    // --- 1. enrollment

    private void enrollment() {
        report.start = snapshot();
        report.poolsStart = api.get(Service.QUOTA, "/pools", users.staffingOffice());
        List<Integer> reported = parallel.map(county.schools(), s -> {
            String path = "/schools/" + s.id() + "/enrollment/" + year;
            if (api.call(Service.QUOTA, "GET", path, users.educationBureau(), null).status() != 404) {
                return 0;
            }
            api.put(Service.QUOTA, path, users.educationBureau(), CountyLoader.enrollment(s.currentStudents(), s.currentClasses()));
            return 1;
        });
        int students = county.schools().stream().mapToInt(s -> s.currentStudents().values().stream().mapToInt(Integer::intValue).sum()).sum();
        progress.say("  " + reported.stream().mapToInt(Integer::intValue).sum() + " schools reported, " + students
                + " students in all");
    }

    // --- 2. verification

    private void verification() {
        JsonNode existing = api.get(Service.QUOTA, "/verifications?schoolYear=" + year, users.staffingOffice());
        for (String pool : List.of("K12", "OTHER")) {
            JsonNode approved = CountyLoader.find(existing, pool, "APPROVED");
            if (approved == null) {
                JsonNode proposal = CountyLoader.find(existing, pool, "PROPOSED");
                if (proposal == null) {
                    proposal = api.post(Service.QUOTA, "/verifications", users.staffingOffice(), Api.object()
                            .put("schoolYear", year).put("kind", "TRIENNIAL").put("pool", pool));
                }
                approved = api.post(Service.QUOTA, "/verifications/" + proposal.path("id").asText() + "/approval",
                        users.staffingOffice(), null);
            }
            JsonNode v = api.get(Service.QUOTA, "/verifications/" + approved.path("id").asText(), users.staffingOffice());
            int raised = 0;
            int lowered = 0;
            int same = 0;
            int floors = 0;
            for (JsonNode line : v.path("schools")) {
                int delta = line.path("delta").asInt();
                raised += delta > 0 ? 1 : 0;
                lowered += delta < 0 ? 1 : 0;
                same += delta == 0 ? 1 : 0;
                floors += line.path("rule").asText().contains("SMALL_SCHOOL_FLOOR") ? 1 : 0;
            }
            report.verifications.add(new CycleReport.Verification(pool, year, v.path("requiredTotal").asInt(),
                    v.path("proposedTotal").asInt(), v.path("poolTotal").asInt(), v.path("poolShortfall").asInt(), raised,
                    lowered, same, floors));
            progress.say("  pool " + pool + ": " + v.path("requiredTotal").asInt() + " required by the standards, "
                    + v.path("proposedTotal").asInt() + " allocated (pool " + v.path("poolTotal").asInt() + "); "
                    + raised + " schools up, " + lowered + " down, " + same + " unchanged");
        }
        awaitPostServiceFollows();
        report.afterVerification = snapshot();
        long over = report.afterVerification.stream().filter(CycleReport.SchoolLine::overStaffed).count();
        long under = report.afterVerification.stream().filter(CycleReport.SchoolLine::underStaffed).count();
        progress.say("  now " + over + " schools over-staffed (超编) and " + under + " under-staffed (缺编)");
    }

    // --- 3. posts

    private void posts() {
        Map<String, SchoolSpec> specs = specs();
        List<JsonNode> withRoom = new ArrayList<>();
        api.get(Service.POST, "/post-summaries", users.hr()).forEach(s -> {
            if (!complete && s.path("room").asInt() > 0 && specs.containsKey(s.path("schoolId").asText())) {
                withRoom.add(s);
            }
        });
        List<Integer> made = parallel.map(withRoom, summary -> {
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
            add.forEach((subject, count) -> api.post(Service.POST, "/schools/" + school.id() + "/posts", users.hr(),
                    Api.object().put("category", "TEACHING").put("subject", subject).put("count", count)
                            .put("reason", "按需设岗：" + year + " 学年核定编制增加，增设" + subject + "教学岗位")));
            return room;
        });
        int established = made.stream().mapToInt(Integer::intValue).sum();
        int frozen = 0;
        int over = 0;
        for (JsonNode s : api.get(Service.POST, "/post-summaries", users.hr())) {
            frozen += s.path("frozenForOverEstablishment").asInt();
            over += s.path("overEstablishedBy").asInt() > 0 ? 1 : 0;
        }
        report.posts = new CycleReport.Posts(established, withRoom.size(), frozen, over);
        progress.say("  " + established + " teaching posts set up at " + withRoom.size() + " schools whose quota rose; "
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

    // --- 4. recruitment

    private String campaignTitle() {
        return year + " 学年教师公开招聘";
    }

    private void recruitment() {
        awaitRotationFollows();
        JsonNode campaign = null;
        for (JsonNode c : api.get(Service.RECRUITMENT, "/campaigns", users.educationBureau())) {
            if (campaignTitle().equals(c.path("title").asText())) {
                campaign = c;
            }
        }
        Map<String, Integer> reasons = new TreeMap<>();
        if (campaign == null) {
            List<String> posts = campaignPosts(reasons);
            if (posts.isEmpty()) {
                report.campaign = new CycleReport.Campaign(null, 0, 0, 0, reasons);
                progress.say("  no vacancy needs recruiting: rotation can fill them all");
                return;
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            ObjectNode body = Api.object().put("kind", "OPEN").put("title", campaignTitle())
                    .put("opensAt", now.minusMinutes(5).toString()).put("closesAt", now.plusDays(30).toString());
            ArrayNode ids = body.putArray("postIds");
            posts.forEach(ids::add);
            body.putObject("weights").put("written", 60).put("interview", 40);
            campaign = api.post(Service.RECRUITMENT, "/campaigns", users.educationBureau(), body);
            progress.say("  open campaign for " + posts.size() + " posts");
        }
        String id = campaign.path("campaignId").asText();
        if (!"CLOSED".equals(campaign.path("status").asText())) {
            runCampaign(id, campaign);
        }
        JsonNode applications = api.get(Service.RECRUITMENT, "/campaigns/" + id + "/applications", users.educationBureau());
        int hired = 0;
        for (JsonNode a : applications) {
            hired += "ACCEPTED".equals(a.path("offer").asText()) ? 1 : 0;
        }
        JsonNode finished = api.get(Service.RECRUITMENT, "/campaigns/" + id, users.educationBureau());
        report.campaign = new CycleReport.Campaign(id, finished.path("postIds").size(), applications.size(), hired, reasons);
        progress.say("  " + applications.size() + " applications, " + hired + " graduates hired and appointed");
    }

    /**
     * The vacancies to recruit for: those a simulated round leaves unmet for want of a teacher who
     * may move there (not those it leaves because the 15% are reached), no more per pool than half
     * the quota the pool has left after its over-staffed schools are covered, so that the plan can
     * still give every school quota for its staff.
     */
    private List<String> campaignPosts(Map<String, Integer> reasons) {
        JsonNode simulation = api.post(Service.ROTATION, "/rounds/simulations", users.educationBureau(),
                Api.object().put("schoolYear", year));
        Map<String, SchoolSpec> specs = specs();
        Map<String, Integer> budget = new HashMap<>();
        for (CycleReport.SchoolLine line : snapshot()) {
            budget.merge(line.pool(), line.quota() - line.staff(), Integer::sum);
        }
        budget.replaceAll((pool, free) -> Math.max(0, free / 2));
        List<JsonNode> unmet = new ArrayList<>();
        simulation.path("unmet").forEach(unmet::add);
        unmet.sort(Comparator.comparing((JsonNode u) -> u.path("schoolId").asText()).thenComparing(u -> u.path("subject").asText()));
        List<String> posts = new ArrayList<>();
        for (JsonNode u : unmet) {
            String code = u.path("why").path("code").asText();
            reasons.merge(code, u.path("unmet").asInt(), Integer::sum);
            if ("TARGET_REACHED".equals(code)) {
                continue;
            }
            SchoolSpec school = specs.get(u.path("schoolId").asText());
            if (school == null) {
                continue;
            }
            int left = budget.getOrDefault(school.pool(), 0);
            int take = Math.min(left, u.path("unmet").asInt());
            if (take == 0) {
                continue;
            }
            JsonNode vacancies = api.get(Service.POST, "/vacancies?schoolId=" + school.id() + "&subject=" + u.path("subject").asText()
                    + "&category=TEACHING", users.educationBureau());
            List<String> ids = new ArrayList<>();
            vacancies.forEach(v -> ids.add(v.path("postId").asText()));
            ids.sort(null);
            for (String postId : ids.subList(0, Math.min(take, ids.size()))) {
                posts.add(postId);
                budget.merge(school.pool(), -1, Integer::sum);
            }
        }
        return posts.size() > 500 ? posts.subList(0, 500) : posts;
    }

    /** Two graduates apply for each post; scores; ranking and offers; every offer accepted. */
    private void runCampaign(String id, JsonNode campaign) {
        JsonNode posts = api.get(Service.RECRUITMENT, "/posts", users.educationBureau());
        Map<String, String> subjectOf = new HashMap<>();
        posts.forEach(p -> subjectOf.put(p.path("postId").asText(), p.path("subject").asText()));
        if ("OPEN".equals(campaign.path("status").asText())) {
            Map<String, Integer> applied = new HashMap<>();
            api.get(Service.RECRUITMENT, "/campaigns/" + id + "/applications", users.educationBureau())
                    .forEach(a -> applied.merge(a.path("postId").asText(), 1, Integer::sum));
            List<String> ids = new ArrayList<>();
            campaign.path("postIds").forEach(p -> ids.add(p.asText()));
            Set<String> taken = java.util.Collections.synchronizedSet(new HashSet<>());
            parallel.each(ids, postId -> {
                Random random = new Random(postId.hashCode());
                for (int i = applied.getOrDefault(postId, 0); i < 2; i++) {
                    CountyModel.Newcomer n = CountyGenerator.newcomer(county.countyId(), subjectOf.get(postId), random, taken);
                    ObjectNode candidate = Api.object().put("name", n.name()).put("gender", n.gender())
                            .put("birthDate", n.birthDate().toString()).put("idNumber", n.idNumber()).put("title", n.title());
                    n.subjects().forEach(candidate.putArray("subjects")::add);
                    ObjectNode body = Api.object().put("postId", postId);
                    body.set("candidate", candidate);
                    api.post(Service.RECRUITMENT, "/campaigns/" + id + "/applications", users.educationBureau(), body);
                }
            });
            List<JsonNode> unscored = new ArrayList<>();
            api.get(Service.RECRUITMENT, "/campaigns/" + id + "/applications", users.educationBureau()).forEach(a -> {
                if (a.path("totalScore").isNull() || a.path("totalScore").isMissingNode()) {
                    unscored.add(a);
                }
            });
            parallel.each(unscored, a -> {
                Random random = new Random(a.path("applicationId").asText().hashCode());
                api.put(Service.RECRUITMENT, "/campaigns/" + id + "/applications/" + a.path("applicationId").asText() + "/score",
                        users.educationBureau(), Api.object().put("written", score(random)).put("interview", score(random)));
            });
            api.post(Service.RECRUITMENT, "/campaigns/" + id + "/close", users.educationBureau(), null);
        }
        List<JsonNode> offered = new ArrayList<>();
        api.get(Service.RECRUITMENT, "/campaigns/" + id + "/applications", users.educationBureau()).forEach(a -> {
            if ("OFFERED".equals(a.path("offer").asText())) {
                offered.add(a);
            }
        });
        parallel.each(offered, a -> api.post(Service.RECRUITMENT, "/campaigns/" + id + "/applications/"
                        + a.path("applicationId").asText() + "/acceptance", users.educationBureau(),
                Api.object().put("effectiveFrom", CountyGenerator.YEAR_START.toString())));
    }

    /** A score from 60.00 to 99.99, exactly two decimals. */
    private static java.math.BigDecimal score(Random random) {
        return java.math.BigDecimal.valueOf(6000 + random.nextInt(4000), 2);
    }

    // --- 5. evaluations

    private void evaluations() {
        String evaluationYear = county.evaluationYear();
        if (complete) {
            Map<String, Integer> byGrade = new TreeMap<>();
            county.teachers().forEach(t -> byGrade.merge(t.lastGrade(), 1, Integer::sum));
            report.evaluations = new CycleReport.Evaluations(0, county.teachers().size(), byGrade);
            return;
        }
        Progress.Counter counter = progress.counter("evaluations", county.teachers().size());
        Map<String, Integer> byGrade = new TreeMap<>();
        List<Integer> outcomes = parallel.map(county.teachers(), t -> {
            ObjectNode body = Api.object().put("grade", t.lastGrade()).put("score", t.lastScore())
                    .put("comment", evaluationYear + " 学年度考核：" + gradeName(t.lastGrade()));
            Api.Reply reply = api.call(Service.ROTATION, "PUT", "/teachers/" + t.id() + "/evaluations/" + evaluationYear,
                    users.school(t.schoolId()), body);
            counter.tick();
            if (reply.status() == 201) {
                return 1;
            }
            if (reply.status() == 409 && "EVALUATION_ONCE_PER_YEAR".equals(reply.rule())) {
                return 0;
            }
            throw new Api.ApiException("evaluation of " + t.id() + " answered " + reply.status() + ": " + reply.text(), reply);
        });
        county.teachers().forEach(t -> byGrade.merge(t.lastGrade(), 1, Integer::sum));
        int recorded = outcomes.stream().mapToInt(Integer::intValue).sum();
        report.evaluations = new CycleReport.Evaluations(recorded, outcomes.size() - recorded, byGrade);
        progress.say("  " + recorded + " evaluations recorded by " + county.schools().size() + " school users " + byGrade);
    }

    static String gradeName(String grade) {
        return switch (grade) {
            case "EXCELLENT" -> "优秀";
            case "COMPETENT" -> "合格";
            case "BASIC" -> "基本合格";
            default -> "不合格";
        };
    }

    // --- 6. rotation

    private void rotation() {
        awaitRotationFollows();
        JsonNode due = api.get(Service.ROTATION, "/rounds/" + year + "/due", users.educationBureau());
        ObjectNode dueSummary = Api.object();
        due.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("teachers")) {
                dueSummary.set(e.getKey(), e.getValue());
            }
        });
        report.due = dueSummary;
        JsonNode round = null;
        for (JsonNode r : api.get(Service.ROTATION, "/rounds?schoolYear=" + year, users.educationBureau())) {
            if (!"PLANNED".equals(r.path("status").asText())) {
                round = r;
            }
        }
        if (round == null) {
            listener.checkpoint(ROUND_PLANNED);
            round = api.post(Service.ROTATION, "/rounds", users.educationBureau(), Api.object().put("schoolYear", year));
            progress.say("  " + due.path("due").asInt() + " teachers due (" + due.path("exempt").asInt() + " exempt), target "
                    + round.path("target").asInt() + "; the optimal round moves " + round.path("moves").size());
            round = api.post(Service.ROTATION, "/rounds/" + round.path("id").asText() + "/proposal", users.educationBureau(), null);
        }
        report.round = api.get(Service.ROTATION, "/rounds/" + round.path("id").asText(), users.educationBureau());
        Map<String, Integer> forms = new TreeMap<>();
        report.round.path("moves").forEach(m -> forms.merge(m.path("form").asText(), 1, Integer::sum));
        progress.say("  round proposed into the annual plan: " + report.round.path("moves").size() + " moves " + forms
                + ", coverage of vacancies " + report.round.path("coverage").path("filled").asInt() + " / "
                + report.round.path("coverage").path("vacancies").asInt());
    }

    // --- 7. plan

    private JsonNode currentPlan() {
        JsonNode found = null;
        for (JsonNode p : api.get(Service.RECRUITMENT, "/plans?schoolYear=" + year, users.educationBureau())) {
            if (found == null || !"EXECUTED".equals(found.path("status").asText())) {
                found = p;
            }
        }
        return found;
    }

    private void plan() {
        JsonNode plan = roundMovesInPlan();
        planId = plan.path("planId").asText();
        if (!"DRAFT".equals(plan.path("status").asText())) {
            progress.say("  plan " + planId + " is " + plan.path("status").asText() + " already");
            return;
        }
        draft = draftQuotaAndPosts();
        report.planUnresolved = draft.unresolved();
        ArrayNode items = moveItems(plan);
        for (PlanDrafting.Transfer t : draft.transfers()) {
            items.addObject().put("kind", "QUOTA_TRANSFER").put("fromSchoolId", t.fromSchoolId()).put("toSchoolId", t.toSchoolId())
                    .put("amount", t.amount()).put("reason", "有减有增：" + t.fromSchoolId() + " 调剂 " + t.amount()
                            + " 名编制给超编学校 " + t.toSchoolId() + "，编制随人走");
        }
        api.put(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau(), Api.object().set("items", items));
        submit();
        progress.say("  version 1 submitted: " + report.round.path("moves").size() + " teacher moves, " + draft.transfers().size()
                + " quota transfers (" + draft.transfers().stream().mapToInt(PlanDrafting.Transfer::amount).sum() + " quotas)");
    }

    /** The year's plan with the round's moves: recruitment-service adds a proposed round's moves to the draft. */
    private JsonNode roundMovesInPlan() {
        Set<String> moveIds = new HashSet<>();
        for (JsonNode m : report.round.path("moves")) {
            moveIds.add(m.path("moveId").asText());
        }
        JsonNode[] plan = new JsonNode[1];
        waits.until("the round's moves in the bureau's draft plan", FOLLOW, () -> {
            plan[0] = currentPlan();
            if (plan[0] == null) {
                return "no plan of " + year + " yet";
            }
            Set<String> inPlan = new HashSet<>();
            plan[0].path("items").forEach(i -> inPlan.add(i.path("moveId").asText()));
            return inPlan.containsAll(moveIds) ? null : "moves not yet in the plan";
        });
        return plan[0];
    }

    private ArrayNode moveItems(JsonNode plan) {
        ArrayNode items = Api.array();
        plan.path("items").forEach(i -> {
            if ("TEACHER_MOVE".equals(i.path("kind").asText())) {
                items.add(i);
            }
        });
        return items;
    }

    private void submit() {
        JsonNode plan = api.get(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau());
        LocalDate deadline = LocalDate.parse(plan.path("submissionDeadline").asText());
        ObjectNode body = Api.object();
        if (LocalDate.now(COUNTY_ZONE).isAfter(deadline)) {
            body.put("late", true).put("lateReason", "本学年编制三年一核定与交流轮岗方案在 " + deadline
                    + " 之后方完成，方案逾期报送");
        }
        api.post(Service.RECRUITMENT, "/plans/" + planId + "/submit", users.educationBureau(), body);
    }

    /** The quota transfers and post abolitions the moves make necessary, from the departments' current figures. */
    private PlanDrafting.Draft draftQuotaAndPosts() {
        awaitPostServiceFollows();
        Map<String, JsonNode> quotas = byId(api.get(Service.QUOTA, "/quotas", users.educationBureau()));
        Map<String, JsonNode> summaries = byId(api.get(Service.POST, "/post-summaries", users.educationBureau()));
        Map<String, List<String>> vacant = new HashMap<>();
        api.get(Service.POST, "/vacancies?category=TEACHING", users.educationBureau())
                .forEach(v -> vacant.computeIfAbsent(v.path("schoolId").asText(), k -> new ArrayList<>()).add(v.path("postId").asText()));
        List<PlanDrafting.SchoolState> states = parallel.map(county.schools(), s -> {
            JsonNode q = quotas.get(s.id());
            JsonNode p = summaries.get(s.id());
            List<String> frozen = new ArrayList<>();
            if (p.path("frozen").asInt() > 0) {
                api.get(Service.POST, "/schools/" + s.id() + "/posts?status=FROZEN", users.educationBureau())
                        .forEach(f -> frozen.add(f.path("postId").asText()));
            }
            return new PlanDrafting.SchoolState(s.id(), s.pool(), q.path("allocated").asInt(), q.path("staffAppointed").asInt(),
                    p.path("established").asInt(), vacant.getOrDefault(s.id(), List.of()), frozen);
        });
        List<PlanDrafting.Move> moves = new ArrayList<>();
        report.round.path("moves").forEach(m -> moves.add(new PlanDrafting.Move(m.path("teacherId").asText(),
                m.path("fromSchoolId").asText(), m.path("fromPostId").asText(), m.path("toSchoolId").asText(),
                m.path("toPostId").asText())));
        return PlanDrafting.draft(states, moves);
    }

    // --- 8. decisions

    private void decisions() {
        JsonNode plan = api.get(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau());
        if (plan.path("status").asText().equals("SUBMITTED") && plan.path("version").asInt() == 1) {
            decideFirstVersion();
            plan = awaitPlanStatus("REJECTED", "APPROVED");
        }
        if ("REJECTED".equals(plan.path("status").asText())) {
            correctAndResubmit(plan);
            plan = api.get(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau());
        }
        if ("SUBMITTED".equals(plan.path("status").asText())) {
            decideCorrectedVersion(plan.path("version").asInt());
            awaitPlanStatus("APPROVED");
        }
        JsonNode settled = api.get(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau());
        report.decisions.clear();
        for (JsonNode v : settled.path("history")) {
            for (JsonNode d : v.path("decisions")) {
                List<String> reasons = new ArrayList<>();
                d.path("reasons").forEach(r -> reasons.add(r.asText()));
                report.decisions.add(new CycleReport.Decision(v.path("version").asInt(), d.path("department").asText(),
                        d.path("decision").asText(), reasons));
            }
        }
        progress.say("  plan " + settled.path("status").asText() + " at version " + settled.path("version").asInt());
    }

    /** Both departments decide version 1: the staffing office on its quota check, HR on its post check. */
    private void decideFirstVersion() {
        JsonNode quotaView = awaitReview(Service.QUOTA, users.staffingOffice(), 1);
        if (quotaView.path("status").asText().equals("PENDING")) {
            decide(Service.QUOTA, users.staffingOffice(), 1, quotaView.path("blockingChecksPassed").asBoolean(), failed(quotaView, true),
                    List.of("编制调剂均在同一编制池内，县域编制总量不变"));
        }
        JsonNode postView = awaitReview(Service.POST, users.hr(), 1);
        if (postView.path("status").asText().equals("PENDING")) {
            decide(Service.POST, users.hr(), 1, postView.path("checksPassed").asBoolean(), failed(postView, false), List.of());
        }
    }

    private void correctAndResubmit(JsonNode plan) {
        if (draft == null) {
            draft = draftQuotaAndPosts();
        }
        ArrayNode items = Api.array();
        plan.path("items").forEach(i -> {
            if (!"POST_CHANGE".equals(i.path("kind").asText())) {
                items.add(i);
            }
        });
        int abolished = 0;
        for (Map.Entry<String, List<String>> e : draft.abolitions().entrySet()) {
            ObjectNode item = items.addObject().put("kind", "POST_CHANGE").put("schoolId", e.getKey()).put("action", "ABOLISH")
                    .put("category", "TEACHING")
                    .put("reason", "岗位数不得超过调整后的编制数：核减 " + e.getValue().size() + " 个空缺、冻结或随人调出的岗位");
            e.getValue().forEach(item.putArray("postIds")::add);
            abolished += e.getValue().size();
        }
        api.put(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau(), Api.object().set("items", items));
        submit();
        progress.say("  the bureau corrected the plan: " + abolished + " posts at " + draft.abolitions().size()
                + " schools abolished so that no school keeps more posts than quota; resubmitted");
    }

    private void decideCorrectedVersion(int version) {
        JsonNode quotaView = awaitReview(Service.QUOTA, users.staffingOffice(), version);
        if ("PENDING".equals(quotaView.path("status").asText())) {
            if (!quotaView.path("blockingChecksPassed").asBoolean()) {
                throw new IllegalStateException("the staffing office's check of version " + version + " fails: " + failed(quotaView, true));
            }
            decide(Service.QUOTA, users.staffingOffice(), version, true, List.of(), List.of());
        }
        listener.checkpoint(STAFFING_OFFICE_APPROVED);
        JsonNode postView = awaitReview(Service.POST, users.hr(), version);
        if ("PENDING".equals(postView.path("status").asText())) {
            if (!postView.path("checksPassed").asBoolean()) {
                throw new IllegalStateException("HR's check of version " + version + " fails: " + failed(postView, false));
            }
            decide(Service.POST, users.hr(), version, true, List.of(), List.of());
        }
    }

    private void decide(Service service, String user, int version, boolean approve, List<String> failures, List<String> remarks) {
        ObjectNode body = Api.object().put("decision", approve ? "APPROVE" : "REJECT").put("version", version);
        ArrayNode reasons = body.putArray("reasons");
        (approve ? remarks : failures).forEach(reasons::add);
        api.post(service, "/plans/" + planId + "/decision", user, body);
        progress.say("  " + (service == Service.QUOTA ? "staffing office" : "HR") + " " + (approve ? "approved" : "rejected")
                + " version " + version + (approve ? "" : ": " + String.join("; ", failures)));
    }

    /**
     * The failed checks of a review as the reasons of a rejection: one reason per finding of a
     * check (in Chinese and English), at most 20, each within the 1,000 characters a reason may have.
     */
    static List<String> failed(JsonNode review, boolean blockingOnly) {
        List<String> reasons = new ArrayList<>();
        int more = 0;
        for (JsonNode c : review.path("checks")) {
            if (c.path("passed").asBoolean() || (blockingOnly && !c.path("blocking").asBoolean(true))) {
                continue;
            }
            String[] zh = c.path("detailZh").asText("").split("；");
            String[] en = c.path("detail").asText("").split("; ");
            for (int i = 0; i < Math.max(zh.length, en.length); i++) {
                String text = c.path("rule").asText() + "：" + (i < zh.length ? zh[i] : "") + (i < en.length ? " (" + en[i] + ")" : "");
                if (reasons.size() < 19) {
                    reasons.add(Api.abbreviate(text, 990));
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            reasons.add("另有 " + more + " 处不符合 (" + more + " more findings)");
        }
        return reasons;
    }

    private JsonNode awaitReview(Service service, String user, int version) {
        JsonNode[] view = new JsonNode[1];
        waits.until(service.serviceName + " to receive version " + version + " of the plan", FOLLOW, () -> {
            Api.Reply reply = api.call(service, "GET", "/plans/" + planId, user, null);
            if (reply.status() == 404) {
                return "not received yet";
            }
            if (!reply.ok()) {
                throw new Api.ApiException("GET /plans/" + planId + " answered " + reply.status(), reply);
            }
            view[0] = reply.body();
            return reply.body().path("version").asInt() >= version ? null : "still at version " + reply.body().path("version").asInt();
        });
        return view[0];
    }

    private JsonNode awaitPlanStatus(String... statuses) {
        JsonNode[] plan = new JsonNode[1];
        Set<String> wanted = Set.of(statuses);
        waits.until("the bureau's plan to be " + String.join(" or ", statuses), FOLLOW, () -> {
            plan[0] = api.get(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau());
            return wanted.contains(plan[0].path("status").asText()) ? null : "plan is " + plan[0].path("status").asText()
                    + ", waiting for " + plan[0].path("waitingFor");
        });
        return plan[0];
    }

    // --- 9. execution

    private void execution() {
        JsonNode plan = api.get(Service.RECRUITMENT, "/plans/" + planId, users.educationBureau());
        if (!"EXECUTED".equals(plan.path("status").asText())) {
            plan = api.post(Service.RECRUITMENT, "/plans/" + planId + "/execution", users.educationBureau(), null);
        }
        report.plan = plan;
        report.planItems.clear();
        plan.path("items").forEach(i -> report.planItems.merge(i.path("kind").asText(), 1, Integer::sum));
        int moves = report.round.path("moves").size();
        JsonNode[] quotaView = new JsonNode[1];
        waits.until("the departments to carry out their parts of the plan", FOLLOW, () -> {
            quotaView[0] = api.get(Service.QUOTA, "/plans/" + planId, users.staffingOffice());
            if (quotaView[0].path("executionStatus").isMissingNode() || quotaView[0].path("executionStatus").isNull()) {
                return "quota-service has not applied the quota transfers";
            }
            JsonNode postView = api.get(Service.POST, "/plans/" + planId, users.hr());
            if (!"EXECUTED".equals(postView.path("status").asText())) {
                return "post-service has not applied the post changes";
            }
            int started = api.get(Service.ROTATION, "/rotations?schoolYear=" + year, users.educationBureau()).size();
            return started >= moves ? null : "rotation-service recorded " + started + " of " + moves + " rotations";
        });
        awaitPostServiceFollows();
        report.end = snapshot();
        report.poolsEnd = api.get(Service.QUOTA, "/pools", users.staffingOffice());
        JsonNode ledger = api.get(Service.QUOTA, "/ledger?reference=" + planId + "&kind=TRANSFER", users.staffingOffice());
        int moved = 0;
        for (JsonNode e : ledger) {
            moved += Math.max(0, e.path("delta").asInt());
        }
        int abolished = 0;
        for (JsonNode i : plan.path("items")) {
            abolished += "POST_CHANGE".equals(i.path("kind").asText()) ? i.path("postIds").size() : 0;
        }
        int started = api.get(Service.ROTATION, "/rotations?schoolYear=" + year, users.educationBureau()).size();
        report.execution = new CycleReport.Execution(quotaView[0].path("executionStatus").asText(), ledger.size() / 2, moved,
                abolished, started);
        long over = report.end.stream().filter(CycleReport.SchoolLine::overStaffed).count();
        progress.say("  executed on " + plan.path("executedOn").asText() + ": " + moves + " teachers moved, " + moved
                + " quotas transferred, " + abolished + " posts abolished; " + over + " schools over-staffed now");
    }

    // --- 10. inspection

    private void inspection() {
        JsonNode inspection = null;
        for (JsonNode i : api.get(Service.QUOTA, "/inspections", users.staffingOffice())) {
            if ((year + " 学年专项督查").equals(i.path("note").asText())) {
                inspection = api.get(Service.QUOTA, "/inspections/" + i.path("id").asText(), users.staffingOffice());
            }
        }
        if (inspection == null) {
            inspection = api.expect(Service.QUOTA, "POST", "/inspections", users.staffingOffice(),
                    Api.object().put("note", year + " 学年专项督查"), 201);
        }
        report.inspection = inspection;
        progress.say("  " + inspection.path("schoolsInspected").asInt() + " schools inspected: " + inspection.path("findings").size()
                + " findings " + inspection.path("counts"));
    }

    // --- 11. audit

    private void audit() {
        awaitAuditCaughtUp();
        report.auditStats = api.get(Service.AUDIT, "/audit/stats", users.auditor());
        report.auditVerify = api.get(Service.AUDIT, "/audit/verify", users.auditor());
        progress.say("  chain " + report.auditVerify.path("status").asText() + ": " + report.auditVerify.path("checked").asLong()
                + " records checked, head " + report.auditVerify.path("headHash").asText());
    }

    /** Every producer's outbox published and the audit log no longer growing. */
    public void awaitAuditCaughtUp() {
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

    // --- following and snapshots

    /** post-service has every school's quota and occupancy as quota-service has them. */
    private void awaitPostServiceFollows() {
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
    private void awaitRotationFollows() {
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

    /** Every school's quota and staff (staffing office) and posts (HR) now. */
    public List<CycleReport.SchoolLine> snapshot() {
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

    private Map<String, SchoolSpec> specs() {
        Map<String, SchoolSpec> specs = new LinkedHashMap<>();
        county.schools().forEach(s -> specs.put(s.id(), s));
        return specs;
    }

    static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> map = new HashMap<>();
        list.forEach(n -> map.put(n.path("schoolId").asText(), n));
        return map;
    }

    public String planId() {
        return planId;
    }

    /** Teachers of the loaded county who took part (for listeners). */
    public List<TeacherSpec> teachers() {
        return county.teachers();
    }
}
