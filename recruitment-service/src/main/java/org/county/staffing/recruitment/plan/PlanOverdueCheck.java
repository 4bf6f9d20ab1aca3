package org.county.staffing.recruitment.plan;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.time.PlatformClock;

import io.quarkus.scheduler.Scheduled;

/** Looks periodically for plan versions waiting too long on a decision and announces them. */
@ApplicationScoped
public class PlanOverdueCheck {

    @Inject
    PlanService plans;

    @Inject
    PlatformClock clock;

    @Scheduled(identity = "plan-overdue-check", every = "${recruitment.plan.overdue-check-every:1h}",
            delayed = "${recruitment.plan.overdue-check-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        plans.flagOverdue(clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }
}
