package org.county.staffing.backbone.inbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.county.staffing.backbone.config.BackboneConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The lag of this service's consumer group on every topic it follows: the events on the topic
 * that the group has not committed yet, summed over the partitions (gauge
 * {@code inbox.consumer.lag{group, topic}}, at {@code /q/metrics} as {@code inbox_consumer_lag}).
 * It is read from the broker's committed offsets, so every instance of a service shows the
 * group's lag, not only its own partitions'. A background step refreshes it every
 * {@code backbone.inbox.lag-interval}; a scrape never waits for the broker.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);

    @Inject
    BackboneConfig config;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.events.topics")
    List<String> topics;

    private final Map<String, Double> lagByTopic = new ConcurrentHashMap<>();
    private ScheduledExecutorService schedule;
    private Admin admin;
    private boolean failing;

    void start(@Observes StartupEvent startup) {
        for (String topic : topics) {
            String name = topic.trim();
            lagByTopic.put(name, Double.NaN);
            Gauge.builder("inbox.consumer.lag", lagByTopic, lags -> lags.getOrDefault(name, Double.NaN))
                    .description("events on the topic not yet committed by this service's consumer group")
                    .tags("group", config.serviceName(), "topic", name)
                    .register(metrics);
        }
        Duration every = config.inbox().lagInterval();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (schedule != null) {
            schedule.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    /** The last lag read for a topic; NaN before the first reading or while the broker is away. */
    public double lag(String topic) {
        return lagByTopic.getOrDefault(topic, Double.NaN);
    }

    private void refresh() {
        try {
            Set<String> followed = lagByTopic.keySet();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.serviceName())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<String, List<TopicPartition>> partitions = new HashMap<>();
            admin.describeTopics(followed).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                    partitions.put(topic, description.partitions().stream()
                            .map(p -> new TopicPartition(topic, p.partition())).toList()));
            List<TopicPartition> all = partitions.values().stream().flatMap(List::stream).toList();
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(
                    all.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(
                    all.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()))).all().get(10, TimeUnit.SECONDS);
            partitions.forEach((topic, parts) -> {
                long lag = 0;
                for (TopicPartition p : parts) {
                    OffsetAndMetadata done = committed.get(p);
                    long from = done != null ? done.offset() : starts.get(p).offset();
                    lag += Math.max(0, ends.get(p).offset() - from);
                }
                lagByTopic.put(topic, (double) lag);
            });
            failing = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!failing) {
                LOG.debugf("consumer lag cannot be read (%s); the gauges show NaN until it can", e.getMessage());
                failing = true;
            }
            lagByTopic.replaceAll((topic, lag) -> Double.NaN);
        }
    }
}
