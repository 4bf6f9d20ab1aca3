package org.county.staffing.backbone.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.outbox.OutboxRelay;
import org.county.staffing.backbone.testapp.TallyEvents.SequenceStepped;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Figures of the event path, printed, never asserted: events committed to the outbox, published
 * by the relay, consumed and handled (an insert per event) by the consumer, all with a real Kafka
 * and PostgreSQL on this machine. Run it with
 * {@code ./mvnw -B test -pl platform-backbone -am -Dbenchmark.events=true -Dtest=EventPathBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.test.hang-detection-timeout=PT30M}; {@code -Dbenchmark.events.count} and
 * {@code -Dbenchmark.events.rate} change its sizes.
 */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
@EnabledIfSystemProperty(named = "benchmark.events", matches = "true")
class EventPathBenchmark {

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    @Test
    void throughputAndCommitToEffectLatency() throws Exception {
        int count = Integer.getInteger("benchmark.events.count", 10_000);
        int rate = Integer.getInteger("benchmark.events.rate", 500);
        int cores = Runtime.getRuntime().availableProcessors();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "%n=== event path (%d cores, load %.1f at start) ===%n", cores, load);
        System.out.printf(Locale.ROOT, "warm-up: 2000 events committed at once -> handled: %.0f events/s%n", throughput(2_000));
        System.out.printf(Locale.ROOT, "throughput: %d events committed at once -> handled: %.0f events/s%n", count, throughput(count));
        List<Long> latencies = latencies(rate, Duration.ofSeconds(20));
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "commit-to-effect at %d events/s for 20 s (%d events seen): p50 %d ms, p99 %d ms, max %d ms"
                        + " (load %.1f at the end)%n", rate, latencies.size(), percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** All events committed in one transaction; seconds until the consumer has handled every one. */
    private double throughput(int count) throws Exception {
        String prefix = "bench-" + UUID.randomUUID() + "-";
        long start = System.nanoTime();
        insertBulk(prefix, count);
        awaitHandled(prefix, count, Duration.ofMinutes(20));
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** One event per transaction at a steady rate; for each, the time from its commit until its effect is visible. */
    private List<Long> latencies(int rate, Duration length) throws Exception {
        String prefix = "latency-" + UUID.randomUUID() + "-";
        int total = (int) (rate * length.toSeconds());
        long[] committed = new long[total + 1];
        long[] visible = new long[total + 1];
        Thread watcher = new Thread(() -> watch(prefix, total, visible), "benchmark-watcher");
        watcher.start();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(INSERT_ONE)) {
            c.setAutoCommit(true);
            for (int step = 1; step <= total; step++) {
                long due = start + (step - 1) * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                insert.setString(1, prefix + (step % 16));
                insert.setString(2, "{\"step\":" + step + "}");
                insert.executeUpdate();
                committed[step] = System.nanoTime();
                relay.wake();
            }
        }
        watcher.join(Duration.ofMinutes(5).toMillis());
        List<Long> latencies = new ArrayList<>(total);
        for (int step = 1; step <= total; step++) {
            if (visible[step] > 0) {
                latencies.add(Math.max(0, (visible[step] - committed[step]) / 1_000_000));
            }
        }
        return latencies;
    }

    /** Polls the effects every 5 ms and notes when each step became visible. */
    private void watch(String prefix, int total, long[] visible) {
        long after = 0;
        int seen = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select position, step from sequence_seen where position > ? and key like ? order by position")) {
            while (seen < total && System.nanoTime() < deadline) {
                ps.setLong(1, after);
                ps.setString(2, prefix + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    long now = System.nanoTime();
                    while (rs.next()) {
                        after = Math.max(after, rs.getLong(1));
                        int step = rs.getInt(2);
                        if (visible[step] == 0) {
                            visible[step] = now;
                            seen++;
                        }
                    }
                }
                Thread.sleep(5);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final String INSERT_ONE = """
            insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, county_id, actor,
                correlation_id, occurred_at, payload)
            values (gen_random_uuid(), 'peer.events', 'sequence', ?, '%s', '370683', 'system:benchmark', 'benchmark',
                now(), cast(? as jsonb))""".formatted(SequenceStepped.TYPE.name());

    private void insertBulk(String prefix, int count) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, county_id, actor,
                         correlation_id, occurred_at, payload)
                     select gen_random_uuid(), 'peer.events', 'sequence', ? || (n % 64), ?, '370683', 'system:benchmark',
                            'benchmark', now(), jsonb_build_object('step', n)
                       from generate_series(1, ?) n""")) {
            c.setAutoCommit(true);
            ps.setString(1, prefix);
            ps.setString(2, SequenceStepped.TYPE.name());
            ps.setInt(3, count);
            ps.executeUpdate();
        }
        relay.wake();
    }

    private void awaitHandled(String prefix, int count, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from sequence_seen where key like ?")) {
            ps.setString(1, prefix + "%");
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the consumer did not handle " + count + " events in " + atMost);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }
}
