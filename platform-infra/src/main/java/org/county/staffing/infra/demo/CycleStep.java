package org.county.staffing.infra.demo;

/**
 * One step of the school year's cycle, done by the department that owns it through the services'
 * APIs. A step first asks what is done already, so a cycle that stopped midway goes on where it
 * stopped, and a completed year's cycle only reads.
 */
interface CycleStep {

    /** The step's name in {@link AnnualCycle#STEPS}, the timings and the listener's calls. */
    String name();

    /** What the step does, as the progress output says it. */
    String title(CycleRun run);

    void run(CycleRun run);
}
