package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.UnmetShortage;

/**
 * The optimal rotation planner: a min-cost flow on a compressed network, solved exactly by OR-tools.
 *
 * <p>Due teachers of one school and subject are interchangeable but for their priority (and the backbone
 * term), so each distinct priority among them is one arc (a convex piecewise-linear cost), and a teacher
 * with as many teachers of the group at least as good for every destination as the group can ever give
 * is left out. Which destinations a school may give to depends only on a few attributes (surplus in the
 * subject; over-staffed; tier), so each group's giver class is the set of receiver classes (under-staffed
 * x tier) MOVE_DIRECTION allows it; receiver classes that no giver class tells apart share one hub; and
 * travel runs through district centres and the county seat. The network per county is
 *
 * <pre>
 * source -> school (cap: SOURCE_STAFF_SHARE, only where it can bind)
 *   -> school x subject (cap: SOURCE_SUBJECT_FLOOR, only where it can bind)
 *   -> out hub: district x subject x giver class
 *        (one arc per priority level; cost: priority + leg to the district centre; a backbone teacher's
 *        level enters with the backbone term, or, where the class also reaches weak schools, also without it
 *        into the hub of the class's weak receivers)
 *   -> in hub: district x subject x receiver block, of the same district directly, of another through the
 *        county seat (cost: the two spokes between district centres and seat)
 *   -> sink: one arc per vacancy cost level of the hub (cost: leg from the district centre plus coverage,
 *        which rises with each vacancy of a shortage already filled)
 * </pre>
 *
 * Every source-to-sink path costs at least what the per-teacher model charges for the move it stands for,
 * and every allowed move has a path at exactly that cost, so both have the same optimum. OR-tools solves
 * each county's network in one call, on costs centred by node potentials and divided by their common
 * divisor (fewer cost-scaling refinements, the same optimum); the flow is then split into one path per
 * teacher and the sum of the moves' costs is checked against the solver's.
 *
 * <p>Moves never cross a county line and each county has its own target, so each county is a component
 * of its own; counties are planned on up to {@code parallelism} threads at once. Each county's network,
 * solve and moves do not depend on the thread that plans it, so the plan is the same for any parallelism.
 */
public final class RotationPlanner {

    private final int parallelism;

    /** A planner using every available processor. */
    public RotationPlanner() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A planner solving up to {@code parallelism} counties at once (1: one after the other, on the caller's thread). */
    public RotationPlanner(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.parallelism = parallelism;
    }

    public int parallelism() {
        return parallelism;
    }

    /** One county's share of the problem. */
    private static final class County {
        final String name;
        final List<PlanSchool> schools = new ArrayList<>();
        final List<SubjectPosition> positions = new ArrayList<>();
        int[] positionSchool = new int[16];
        final List<Candidate> candidates = new ArrayList<>();
        int[] candidateSchool = new int[16];

        County(String name) {
            this.name = name;
        }

        void addPosition(SubjectPosition position, int school) {
            if (positions.size() == positionSchool.length) {
                positionSchool = java.util.Arrays.copyOf(positionSchool, positionSchool.length * 2);
            }
            positionSchool[positions.size()] = school;
            positions.add(position);
        }

        void addCandidate(Candidate candidate, int school) {
            if (candidates.size() == candidateSchool.length) {
                candidateSchool = java.util.Arrays.copyOf(candidateSchool, candidateSchool.length * 2);
            }
            candidateSchool[candidates.size()] = school;
            candidates.add(candidate);
        }
    }

    /**
     * Plans every county of the problem. Moves never cross a county line and each county has its own
     * target, so the network falls apart into one independent component per county; each is solved on
     * its own and the optimum of the whole is the sum of theirs.
     */
    public RoundPlan plan(PlanningProblem problem) {
        Map<String, County> byName = new LinkedHashMap<>();
        Map<String, School> schoolsById = splitSchools(problem.schools(), byName);
        // positions and candidates go to their counties side by side (each writes only its own lists)
        forEach(2, i -> {
            if (i == 0) {
                splitPositions(problem.positions(), schoolsById);
            } else {
                splitCandidates(problem.candidates(), schoolsById);
            }
        });
        List<County> counties = new ArrayList<>(byName.values());
        if (counties.size() <= 1) {
            County county = counties.isEmpty() ? new County("") : counties.get(0);
            return planCounty(county, problem.target(), problem);
        }
        OrTools.load();
        RoundPlan[] parts = new RoundPlan[counties.size()];
        forEach(counties.size(), i -> parts[i] = planCounty(counties.get(i), problem.target(counties.get(i).name), problem));
        return merge(problem.target(), counties, parts);
    }

    private static Map<String, School> splitSchools(List<PlanSchool> schools, Map<String, County> byName) {
        Map<String, School> schoolsById = new HashMap<>(schools.size() * 2);
        for (PlanSchool school : schools) {
            County county = byName.get(school.county());
            if (county == null) {
                county = new County(school.county());
                byName.put(school.county(), county);
            }
            if (schoolsById.put(school.id(), new School(county, county.schools.size())) != null) {
                throw new IllegalArgumentException("school " + school.id() + " appears twice");
            }
            county.schools.add(school);
        }
        return schoolsById;
    }

    /** The counties' plans one after the other, in the order the counties first appear. */
    private RoundPlan merge(int target, List<County> counties, RoundPlan[] parts) {
        List<Move> moves = new ArrayList<>(target);
        List<UnmetShortage> unmet = new ArrayList<>();
        List<Explanation> gapReasons = new ArrayList<>();
        long cost = 0;
        int nodes = 0;
        int arcs = 0;
        long build = 0;
        long solve = 0;
        for (int i = 0; i < parts.length; i++) {
            RoundPlan part = parts[i];
            String name = counties.get(i).name;
            moves.addAll(part.moves());
            unmet.addAll(part.unmet());
            for (Explanation reason : part.gapReasons()) {
                gapReasons.add(new Explanation(reason.code(), "county " + name + ": " + reason.en(),
                        "县 " + name + "：" + reason.zh()));
            }
            cost += part.totalCost();
            nodes += part.stats().nodes();
            arcs += part.stats().arcs();
            build += part.stats().buildMillis();
            solve += part.stats().solveMillis();
        }
        return new RoundPlan(target, moves, unmet, cost, target - moves.size(), gapReasons,
                new RoundPlan.SolveStats("compressed, per county, " + Math.min(parallelism, parts.length) + " threads",
                        nodes, arcs, build, solve));
    }

    /** A school's county and its number there. */
    private record School(County county, int index) {
    }

    // positions and candidates of one school usually come together: a school is looked up once per run
    private static void splitPositions(List<SubjectPosition> positions, Map<String, School> schoolsById) {
        String lastId = null;
        School last = null;
        for (SubjectPosition position : positions) {
            if (!position.schoolId().equals(lastId)) {
                lastId = position.schoolId();
                last = schoolsById.get(lastId);
                if (last == null) {
                    throw new IllegalArgumentException("subject position of unknown school " + lastId);
                }
            }
            last.county().addPosition(position, last.index());
        }
    }

    private static void splitCandidates(List<Candidate> candidates, Map<String, School> schoolsById) {
        String lastId = null;
        School last = null;
        for (Candidate candidate : candidates) {
            if (!candidate.schoolId().equals(lastId)) {
                lastId = candidate.schoolId();
                last = schoolsById.get(lastId);
            }
            if (last != null) {
                last.county().addCandidate(candidate, last.index());
            }
        }
    }

    private static RoundPlan planCounty(County county, int target, PlanningProblem problem) {
        return new CountyPlanner(county.schools, county.positions, county.positionSchool, county.candidates,
                county.candidateSchool, target, problem.parameters()).plan();
    }

    private interface Task {
        void run(int index);
    }

    /**
     * Runs the task for 0..count-1 on up to {@code parallelism} threads, the caller's among them; each index
     * writes only its own result, so the outcome does not depend on which thread took which index.
     */
    private void forEach(int count, Task task) {
        int threads = Math.min(parallelism, count);
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                task.run(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < count) {
                try {
                    task.run(i);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> workers = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            Thread worker = new Thread(work, "rotation-planner-" + t);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        work.run();
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }
}
