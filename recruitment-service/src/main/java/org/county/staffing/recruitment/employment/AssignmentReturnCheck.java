package org.county.staffing.recruitment.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.time.PlatformClock;

import io.quarkus.scheduler.Scheduled;

/** Brings teachers home from their assignments when the return date has come. */
@ApplicationScoped
public class AssignmentReturnCheck {

    @Inject
    AssignmentService assignments;

    @Inject
    PlatformClock clock;

    @Scheduled(identity = "assignment-return-check", every = "${recruitment.assignment.return-check-every:1h}",
            delayed = "${recruitment.assignment.return-check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        assignments.returnDue(clock.today());
    }
}
