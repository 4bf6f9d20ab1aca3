package org.county.staffing.infra.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * When the platform has caught up with what was written: every service's outbox published and
 * every consumer group's committed offset at the end of each partition it follows. Also counts
 * what went through: events on the topics and their deliveries to consumer groups.
 */
public final class CatchUp implements AutoCloseable {

    /** Events on the topics and deliveries (committed offsets summed over the consumer groups) at one moment. */
    public record Counts(long events, long deliveries) {
        public Counts minus(Counts before) {
            return new Counts(events - before.events, deliveries - before.deliveries);
        }
    }

    private record Lag(long unpublished, long behind, Counts counts) {
    }

    private final Admin admin;
    private final int postgresPort;
    private final List<String> databases;
    private final List<String> topics;

    public CatchUp(String bootstrapServers, int postgresPort, List<String> databases, List<String> topics) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(p);
        this.postgresPort = postgresPort;
        this.databases = databases;
        this.topics = topics;
    }

    public Counts counts() {
        return lag().counts();
    }

    /** Waits until nothing is left to publish or consume; returns the nanoTime at which that was seen. */
    public long await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Lag lag = lag();
            if (lag.unpublished() == 0 && lag.behind() == 0) {
                return System.nanoTime();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not caught up after " + timeout.toSeconds() + " s: " + lag.unpublished()
                        + " events unpublished, consumers " + lag.behind() + " records behind");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Lag lag() {
        long unpublished = 0;
        for (String database : databases) {
            unpublished += unpublished(database);
        }
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            long events = ends.values().stream().mapToLong(Long::longValue).sum();
            long behind = 0;
            long deliveries = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                    Long end = ends.get(e.getKey());
                    if (end == null || e.getValue() == null) {
                        continue;
                    }
                    deliveries += e.getValue().offset();
                    behind += Math.max(0, end - e.getValue().offset());
                }
            }
            return new Lag(unpublished, behind, new Counts(events, deliveries));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not say its offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long unpublished(String database) {
        String url = "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
        try (Connection c = DriverManager.getConnection(url, database, database);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox of " + database, e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
