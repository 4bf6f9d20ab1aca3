package org.county.staffing.backbone.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.events.Topics;
import org.county.staffing.backbone.outbox.OutboxRelay;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves a record that cannot be handled to this service's dead-letter topic, as it was received,
 * with the reason in its headers (the names the messaging connector's dead-letter queue uses).
 * The consumer sends it itself, not by nacking, so that one record of a batch goes and the rest of
 * the batch stays. The send is awaited; while the broker refuses it, the partition waits too.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    BackboneConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile Producer<String, byte[]> producer;

    public String topic() {
        return Topics.deadLetterOf(config.serviceName());
    }

    public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(topic(), record.key(), record.value());
        record.headers().forEach(h -> dead.headers().add(h));
        Headers headers = dead.headers();
        header(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        header(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        if (reason.getCause() != null) {
            header(headers, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
            header(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        long backoff = 200;
        for (int tries = 1; ; tries++) {
            try {
                producer().send(dead).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                LOG.warnf("%s-%d@%d moved to %s: %s", record.topic(), record.partition(), record.offset(), topic(),
                        reason.getMessage());
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                if (tries == 1 || tries % 30 == 0) {
                    LOG.warnf("the dead-letter topic %s refuses a record (%s); the partition waits", topic(), e.getMessage());
                }
                sleep(backoff);
                backoff = Math.min(5_000, backoff * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering " + record.topic() + "-"
                        + record.partition() + "@" + record.offset(), e);
            }
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(OutboxRelay.producerConfig(bootstrapServers, SEND_TIMEOUT),
                            new StringSerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the dead-letter topic refuses records", e);
        }
    }
}
