package org.county.staffing.quota.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** The scheduled step that flags findings whose rectification deadline has passed while still open. */
@ApplicationScoped
public class RectificationOverdueCheck {

    private static final Logger LOG = Logger.getLogger(RectificationOverdueCheck.class);

    @Inject
    InspectionService inspections;

    @Scheduled(identity = "rectification-overdue-check", every = "${quota.inspection.overdue-check-every:1h}",
            delayed = "${quota.inspection.overdue-check-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Flags what is overdue today; returns how many findings were flagged. */
    public int run() {
        int flagged = inspections.flagOverdue();
        if (flagged > 0) {
            LOG.infof("%d finding(s) flagged as overdue for rectification", flagged);
        }
        return flagged;
    }
}
