package org.county.staffing.backbone.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.backbone.config.BackboneConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The background relay: publishes outbox rows as soon as their transaction commits (it is woken
 * then), otherwise polls. While the broker is unreachable it retries with exponential backoff;
 * rows wait in the database, so nothing is lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    @Inject
    BackboneConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Producer<String, byte[]> producer;
    private OutboxPublisher publisher;
    private Counter published;

    void start(@Observes StartupEvent startup) {
        producer = new KafkaProducer<>(producerConfig(bootstrapServers, config.outbox().sendTimeout()),
                new StringSerializer(), new ByteArraySerializer());
        publisher = new OutboxPublisher(dataSource, producer, config.serviceName(),
                config.outbox().batchSize(), config.outbox().sendTimeout());
        published = Counter.builder("outbox.events.published").description("events the relay published").register(metrics);
        Gauge.builder("outbox.events.pending", this, OutboxRelay::pendingOrNaN)
                .description("committed events not yet published").register(metrics);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeups.release();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }

    /** Called after a transaction with outbox rows commits. */
    public void wake() {
        wakeups.release();
    }

    public static Map<String, Object> producerConfig(String bootstrapServers, Duration sendTimeout) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // idempotence keeps per-partition order through the producer's own retries
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int timeout = (int) sendTimeout.toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeout / 2));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(2000, timeout));
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        p.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 100);
        return p;
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        boolean failing = false;
        while (running) {
            try {
                int sent = publisher.publishBatch();
                published.increment(sent);
                if (failing) {
                    LOG.info("outbox relay publishes again");
                    failing = false;
                }
                backoff = FIRST_BACKOFF;
                if (sent < config.outbox().batchSize()) {
                    awaitWakeup(config.outbox().pollInterval());
                }
            } catch (Exception e) {
                if (e instanceof OutboxPublisher.PublishFailedException f) {
                    published.increment(f.published());
                }
                if (!failing) {
                    LOG.warnf("outbox relay cannot publish (%s); retrying with backoff, events wait in the outbox", e.getMessage());
                    failing = true;
                }
                awaitWakeup(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.outbox().maxBackoff()) > 0
                        ? config.outbox().maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private void awaitWakeup(Duration timeout) {
        try {
            if (wakeups.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeups.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private double pendingOrNaN() {
        try {
            return publisher.pending();
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
