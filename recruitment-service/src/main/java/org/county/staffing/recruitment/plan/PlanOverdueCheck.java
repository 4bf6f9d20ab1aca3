package org.county.staffing.recruitment.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.recruitment.config.Today;

import io.quarkus.scheduler.Scheduled;

/** Looks periodically for plan versions waiting too long on a decision and announces them. */
@ApplicationScoped
public class PlanOverdueCheck {

    @Inject
    PlanService plans;

    @Inject
    Today today;

    @Scheduled(identity = "plan-overdue-check", every = "${recruitment.plan.overdue-check-every:1h}",
            delayed = "${recruitment.plan.overdue-check-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        plans.flagOverdue(today.now());
    }
}
