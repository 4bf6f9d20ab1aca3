package org.county.staffing.backbone.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.config.BackboneConfig;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the outbox and the inbox bounded: published outbox rows older than
 * {@code backbone.retention.outbox} and inbox ids older than {@code backbone.retention.inbox} are
 * deleted by a scheduled step, in batches of {@code backbone.retention.batch-size} rows, each
 * batch its own short transaction. Rows are chosen {@code FOR UPDATE SKIP LOCKED}, so instances of
 * a service pruning at the same time take different rows and never wait for each other.
 *
 * <p>An inbox id must outlive every redelivery of its event: the inbox's retention is longer than
 * the topics' (14 days), so an event old enough to be pruned can no longer arrive.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);

    @Inject
    BackboneConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    private ScheduledExecutorService schedule;

    void start(@Observes StartupEvent startup) {
        Duration every = config.retention().interval();
        if (every.isZero() || every.isNegative()) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "event-retention");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::pruneLogged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    private void pruneLogged() {
        try {
            Pruned pruned = prune();
            if (pruned.outbox() + pruned.inbox() > 0) {
                LOG.infof("retention: %d published outbox rows and %d inbox ids pruned", pruned.outbox(), pruned.inbox());
            }
        } catch (Exception e) {
            LOG.warnf("retention step failed (%s); it runs again in %s", e.getMessage(), config.retention().interval());
        }
    }

    /** Prunes everything past its retention now, batch by batch; the scheduled step calls it too. */
    public Pruned prune() throws SQLException {
        long outbox = pruneAll("""
                delete from outbox_event where seq in (
                    select seq from outbox_event
                     where published_at is not null and published_at < now() - make_interval(secs => ?)
                     order by seq limit ? for update skip locked)""", config.retention().outbox());
        long inbox = pruneAll("""
                delete from inbox_event where ctid = any(array(
                    select ctid from inbox_event
                     where consumer = ? and received_at < now() - make_interval(secs => ?)
                     limit ? for update skip locked))""", config.retention().inbox());
        metrics.counter("retention.rows.pruned", "table", "outbox_event").increment(outbox);
        metrics.counter("retention.rows.pruned", "table", "inbox_event").increment(inbox);
        return new Pruned(outbox, inbox);
    }

    private long pruneAll(String delete, Duration retention) throws SQLException {
        boolean inbox = delete.contains("inbox_event");
        int batchSize = Math.max(1, config.retention().batchSize());
        long total = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(delete)) {
                while (true) {
                    int p = 1;
                    if (inbox) {
                        ps.setString(p++, config.serviceName());
                    }
                    ps.setDouble(p++, retention.toMillis() / 1000.0);
                    ps.setInt(p, batchSize);
                    int deleted = ps.executeUpdate();
                    total += deleted;
                    if (deleted < batchSize) {
                        return total;
                    }
                }
            }
        }
    }

    /** Rows deleted by one pruning. */
    public record Pruned(long outbox, long inbox) {
    }
}
