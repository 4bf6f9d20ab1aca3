package org.county.staffing.backbone.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.county.staffing.backbone.context.EventContext;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.backbone.testapp.TallyEvents.TallyCounted;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A transaction's events reach the outbox as one batch at its commit, and leave it in the order appended. */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class OutboxBatchTest {

    private static final int EVENTS = 120;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    private final TopicRecords topics = TopicRecords.shared();

    @Test
    void eventsAppendedInOneTransactionAreInsertedInOneBatchAndRelayedInOrder() {
        String aggregate = "batch-" + UUID.randomUUID();
        List<String> appended = IntStream.range(0, EVENTS).mapToObj(i -> aggregate + "-" + i).toList();
        DistributionSummary batches = metrics.find("outbox.append.batch.events").summary();
        long batchesBefore = batches.count();

        long seenInsideTheTransaction = QuarkusTransaction.requiringNew().call(() -> EventContext.callWith(
                EventContext.system("backbone-test", TestTokens.COUNTY), () -> {
                    appended.forEach(tally -> outbox.append(TallyCounted.TYPE, "tally", aggregate, new TallyCounted(tally)));
                    return count(aggregate);
                }));

        // nothing was written per append: the rows went in together when the transaction committed
        assertThat(seenInsideTheTransaction).isZero();
        assertThat(batches.count()).isGreaterThan(batchesBefore);
        assertThat(batches.max()).isGreaterThanOrEqualTo(EVENTS);
        @SuppressWarnings("unchecked")
        List<String> bySeq = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select payload->>'tally' from outbox_event where aggregate_id = ?1 order by seq")
                .setParameter(1, aggregate).getResultList());
        assertThat(bySeq).containsExactlyElementsOf(appended);

        List<ConsumerRecord<String, byte[]>> records = topics.await("test.events", r -> aggregate.equals(r.key()), EVENTS,
                Duration.ofSeconds(60), Duration.ofSeconds(1));
        assertThat(records).extracting(r -> CloudEventCodec.decode(r.value()).data(TallyCounted.TYPE).tally())
                .containsExactlyElementsOf(appended);
    }

    @Test
    void aRolledBackTransactionInsertsNoneOfItsEvents() {
        String aggregate = "batch-rolled-back-" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> EventContext.runWith(
                    EventContext.system("backbone-test", TestTokens.COUNTY), () -> {
                        outbox.append(TallyCounted.TYPE, "tally", aggregate, new TallyCounted(aggregate));
                        throw new IllegalStateException("the change fails after its event");
                    }));
        } catch (RuntimeException expected) {
            // the transaction rolled back
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> count(aggregate))).isZero();
    }

    private long count(String aggregate) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, aggregate).getSingleResult()).longValue();
    }
}
