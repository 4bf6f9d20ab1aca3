package org.county.staffing.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The services' own databases and the brokers they share, whichever way the platform under test was started. */
public interface PlatformDatabases {

    /** The consumer group of each service and the topics it follows (README). */
    Map<String, List<String>> FOLLOWS = Map.of(
            "quota-service", List.of("post.events", "recruitment.events"),
            "post-service", List.of("quota.events", "recruitment.events"),
            "recruitment-service", List.of("quota.events", "post.events", "rotation.events"),
            "rotation-service", List.of("quota.events", "post.events", "recruitment.events"),
            "audit-service", List.of("quota.events", "post.events", "recruitment.events", "rotation.events"));

    /** The JDBC URL of one service's database (user and password are the database's name). */
    String jdbcUrl(String database);

    /** Rows of a query on one service's database, each as column name to value. */
    default List<Map<String, Object>> rows(String database, String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), database, database);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of a query's rows as strings. */
    default List<String> strings(String database, String sql, Object... parameters) {
        return rows(database, sql, parameters).stream().map(r -> String.valueOf(r.values().iterator().next())).toList();
    }

    /** A count query against one service's own database. */
    default long count(String database, String sql, Object... parameters) {
        return ((Number) rows(database, sql, parameters).get(0).values().iterator().next()).longValue();
    }

    String kafkaBootstrapServers();

    /**
     * Waits until every outbox row is published and every service's consumer group has read every
     * topic it follows to its end, twice in a row: then no event is in flight anywhere.
     */
    default void awaitQuiet(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        String busy = "";
        while (quietChecks < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform did not settle within " + timeout + ": " + busy);
            }
            busy = inFlight();
            quietChecks = busy.isEmpty() ? quietChecks + 1 : 0;
            try {
                Thread.sleep(busy.isEmpty() ? 300 : 500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What is still on its way: unpublished outbox rows and consumer lag, or "" when nothing is. */
    default String inFlight() {
        StringBuilder busy = new StringBuilder();
        for (String database : List.of("quota", "post", "recruitment", "rotation")) {
            long pending = count(database, "select count(*) from outbox_event where published_at is null");
            if (pending > 0) {
                busy.append(database).append(" outbox ").append(pending).append("; ");
            }
        }
        if (!busy.isEmpty()) {
            return busy.toString();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : Set.copyOf(FOLLOWS.values().stream().flatMap(List::stream).toList())) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            for (Map.Entry<String, List<String>> group : FOLLOWS.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get();
                long lag = 0;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    if (!group.getValue().contains(end.getKey().topic())) {
                        continue;
                    }
                    OffsetAndMetadata at = committed.get(end.getKey());
                    lag += end.getValue() - (at == null ? 0 : at.offset());
                }
                if (lag > 0) {
                    busy.append(group.getKey()).append(" lags ").append(lag).append("; ");
                }
            }
        } catch (ExecutionException e) {
            busy.append("broker: ").append(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return busy.toString();
    }
}
