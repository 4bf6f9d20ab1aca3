package org.county.staffing.backbone.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Published outbox rows and inbox ids past their retention are pruned; nothing else is. */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class EventRetentionTest {

    @Inject
    EntityManager em;

    @Inject
    EventRetention retention;

    @Test
    void twoInstancesPruningAtOnceDeleteEachOldRowOnceAndKeepTheRest() throws Exception {
        String prefix = "retention-" + UUID.randomUUID() + "-";
        // 40 published 8 days ago, 5 unpublished for as long (never pruned), 5 published today
        insertOutbox(prefix + "old", 40, "now() - interval '8 days'", "now() - interval '8 days'");
        insertOutbox(prefix + "unpublished", 5, "now() - interval '8 days'", "null");
        insertOutbox(prefix + "recent", 5, "now() - interval '1 hour'", "now() - interval '1 hour'");
        // inbox ids: 30 received 31 days ago, 5 received 29 days ago
        insertInbox(prefix + "old", 30, "now() - interval '31 days'");
        insertInbox(prefix + "recent", 5, "now() - interval '29 days'");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<EventRetention.Pruned>> runs = new ArrayList<>();
            Callable<EventRetention.Pruned> prune = retention::prune;
            runs.add(pool.submit(prune));
            runs.add(pool.submit(prune));
            for (Future<EventRetention.Pruned> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(count("select count(*) from outbox_event where aggregate_id = ?1", prefix + "old")).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?1", prefix + "unpublished")).isEqualTo(5);
        assertThat(count("select count(*) from outbox_event where aggregate_id = ?1", prefix + "recent")).isEqualTo(5);
        assertThat(count("select count(*) from inbox_event where subject = ?1", prefix + "old")).isZero();
        assertThat(count("select count(*) from inbox_event where subject = ?1", prefix + "recent")).isEqualTo(5);
    }

    @Test
    void theScheduledStepPrunesWithoutBeingCalled() {
        String prefix = "scheduled-retention-" + UUID.randomUUID() + "-";
        insertOutbox(prefix + "old", 20, "now() - interval '10 days'", "now() - interval '10 days'");
        insertInbox(prefix + "old", 20, "now() - interval '40 days'");

        // backbone.retention.interval=2s in the tests; batches of 7 rows
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                count("select count(*) from outbox_event where aggregate_id = ?1", prefix + "old") == 0
                        && count("select count(*) from inbox_event where subject = ?1", prefix + "old") == 0);
    }

    private void insertOutbox(String aggregateId, int rows, String occurredAt, String publishedAt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, county_id,
                            actor, correlation_id, occurred_at, payload, published_at)
                        select gen_random_uuid(), 'test.events', 'widget', ?1, 'test.widget.created.v1', '370683',
                               'system:test', 'corr', %s, '{}'::jsonb, %s
                          from generate_series(1, ?2)""".formatted(occurredAt, publishedAt))
                .setParameter(1, aggregateId)
                .setParameter(2, rows)
                .executeUpdate());
    }

    private void insertInbox(String subject, int rows, String receivedAt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type, source, subject, received_at)
                        select 'backbone-test', gen_random_uuid()::text, 'peer.tally.incremented.v1', '/peer-service', ?1, %s
                          from generate_series(1, ?2)""".formatted(receivedAt))
                .setParameter(1, subject)
                .setParameter(2, rows)
                .executeUpdate());
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
