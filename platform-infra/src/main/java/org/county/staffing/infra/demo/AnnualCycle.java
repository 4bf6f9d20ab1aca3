package org.county.staffing.infra.demo;

import java.time.Clock;
import java.util.List;

import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.county.CountyModel.TeacherSpec;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One school year's cycle of a loaded county, through the services' REST APIs, each step by the
 * department that owns it: enrollment (bureau) → triennial verification (staffing office) →
 * the schools' function-and-staffing regulations (staffing office) → posts (HR) → recruitment
 * campaign for the vacancies rotation cannot fill (bureau) → evaluations (schools) → rotation round of 15% of those due (bureau) → annual adjustment plan (bureau) →
 * decisions of the staffing office and HR (the first version rejected with reasons, fixed,
 * resubmitted) → execution (bureau), each move by its form, the competitions run → teachers shared in
 * the development communities (bureau) → special inspection (staffing office) → audit verification
 * (inspectors). Each step is a {@link CycleStep} of its own and first asks what is done already,
 * so a cycle that stopped midway goes on where it stopped.
 */
public final class AnnualCycle {

    private static final List<CycleStep> CYCLE = List.of(new EnrollmentStep(), new VerificationStep(), new RegulationsStep(), new PostsStep(),
            new RecruitmentStep(), new EvaluationStep(), new RotationStep(), new PlanStep(), new DecisionStep(),
            new ExecutionStep(), new SharingStep(), new InspectionStep(), new AuditStep());
    public static final List<String> STEPS = CYCLE.stream().map(CycleStep::name).toList();
    /** Checkpoints inside the steps where a test may inject a fault. */
    public static final String STAFFING_OFFICE_APPROVED = "decisions: the staffing office approved the corrected version";
    public static final String ROUND_PLANNED = "rotation: about to plan the round";

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
    private final Parallel parallel;
    private final Timings timings;
    private final Listener listener;
    private final Clock clock;
    private CycleRun run;

    public AnnualCycle(Api api, CountyUsers users, Progress progress, Parallel parallel, Timings timings, Listener listener) {
        this(api, users, progress, parallel, timings, listener, Clock.systemUTC());
    }

    /** With the clock that dates the campaign's opening and tells whether the plan is submitted late. */
    public AnnualCycle(Api api, CountyUsers users, Progress progress, Parallel parallel, Timings timings, Listener listener,
                       Clock clock) {
        this.api = api;
        this.users = users;
        this.progress = progress;
        this.parallel = parallel;
        this.timings = timings;
        this.listener = listener;
        this.clock = clock;
    }

    public CycleReport run(CountyModel county, CycleReport report) {
        String year = county.currentYear();
        report.countyId = county.countyId();
        report.schoolYear = year;
        progress.say("The " + year + " school year's cycle of county " + county.countyId());
        boolean complete = yearExecuted(year);
        if (complete) {
            report.notes.add("The " + year + " cycle had been carried out before: nothing was written again; the figures "
                    + "are the services' current ones (the \"start of year\" column included).");
            progress.say("  the " + year + " plan was executed before: the cycle is complete, the report shows the services' figures");
        }
        run = new CycleRun(api, users, progress, parallel, listener, clock, county, report, complete);
        for (CycleStep step : CYCLE) {
            progress.say(step.title(run));
            timings.time(step.name(), () -> step.run(run));
            listener.afterStep(step.name(), report);
        }
        return report;
    }

    private boolean yearExecuted(String year) {
        for (JsonNode p : api.get(Service.RECRUITMENT, "/plans?schoolYear=" + year, users.educationBureau())) {
            if ("EXECUTED".equals(p.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Every producer's outbox published and the audit log no longer growing (during or after a run). */
    public void awaitAuditCaughtUp() {
        requireRun().awaitAuditCaughtUp();
    }

    /** Every school's quota and staff (staffing office) and posts (HR) now (during or after a run). */
    public List<CycleReport.SchoolLine> snapshot() {
        return requireRun().snapshot();
    }

    public String planId() {
        return run == null ? null : run.planId;
    }

    /** Teachers of the loaded county who took part (for listeners). */
    public List<TeacherSpec> teachers() {
        return requireRun().county.teachers();
    }

    private CycleRun requireRun() {
        if (run == null) {
            throw new IllegalStateException("the cycle has not been run");
        }
        return run;
    }
}
