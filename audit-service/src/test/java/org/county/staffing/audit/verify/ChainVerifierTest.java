package org.county.staffing.audit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.county.staffing.audit.record.RecordContent;
import org.county.staffing.audit.record.RecordHasher;
import org.county.staffing.audit.record.StoredRecord;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    /** A well-formed chain of n records, linked as the log links them. */
    static List<StoredRecord> chain(int n) {
        List<StoredRecord> records = new ArrayList<>();
        String prev = RecordHasher.GENESIS;
        for (int i = 1; i <= n; i++) {
            RecordContent content = new RecordContent("370683", i, "e-" + i, "quota.school.registered.v1", "/quota-service",
                    "11370683" + String.format("%02d", i), OffsetDateTime.of(2026, 1, 1, 0, 0, i, 0, ZoneOffset.UTC),
                    OffsetDateTime.of(2026, 1, 1, 0, 0, i, 1000, ZoneOffset.UTC), "staffing-office:bianban", "corr", null,
                    "{\"n\":" + i + "}", List.of());
            String hash = RecordHasher.hash(content, prev);
            records.add(new StoredRecord(content, prev, hash));
            prev = hash;
        }
        return records;
    }

    static Optional<ChainBreak> walk(List<StoredRecord> records, long headLength, String headHash, Anchor anchor) {
        ChainVerifier verifier = new ChainVerifier(anchor);
        for (StoredRecord record : records) {
            Optional<ChainBreak> broken = verifier.accept(record);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return verifier.finish(headLength, headHash);
    }

    static String head(List<StoredRecord> records) {
        return records.isEmpty() ? RecordHasher.GENESIS : records.get(records.size() - 1).hash();
    }

    @Test
    void anIntactChainVerifies() {
        List<StoredRecord> records = chain(5);
        ChainVerifier verifier = new ChainVerifier(null);
        records.forEach(r -> assertThat(verifier.accept(r)).isEmpty());
        assertThat(verifier.finish(5, head(records))).isEmpty();
        assertThat(verifier.checked()).isEqualTo(5);
        assertThat(verifier.lastHash()).isEqualTo(head(records));
    }

    @Test
    void anEmptyChainVerifies() {
        assertThat(walk(List.of(), 0, RecordHasher.GENESIS, null)).isEmpty();
    }

    @Test
    void anEditedRecordIsFoundWhereItIs() {
        List<StoredRecord> records = chain(5);
        StoredRecord third = records.get(2);
        RecordContent c = third.content();
        records.set(2, new StoredRecord(new RecordContent(c.countyId(), 3, c.eventId(), c.type(), c.source(), c.subject(),
                c.time(), c.receivedAt(), "staffing-office:someone-else", c.correlationId(), c.causationId(), c.data(),
                c.mentions()), third.prevHash(), third.hash()));
        ChainBreak broken = walk(records, 5, head(records), null).orElseThrow();
        assertThat(broken.chainPosition()).isEqualTo(3);
        assertThat(broken.eventId()).isEqualTo("e-3");
        assertThat(broken.rule()).isEqualTo("RECORD_ALTERED");
        assertThat(broken.reason().zh()).contains("第 3 条");
    }

    @Test
    void anEditWithARecomputedHashBreaksTheNextLink() {
        List<StoredRecord> records = chain(5);
        StoredRecord third = records.get(2);
        RecordContent forged = third.content().at(3);
        forged = new RecordContent(forged.countyId(), 3, forged.eventId(), forged.type(), forged.source(), forged.subject(),
                forged.time(), forged.receivedAt(), forged.actor(), forged.correlationId(), forged.causationId(), "{\"n\":99}",
                forged.mentions());
        records.set(2, new StoredRecord(forged, third.prevHash(), RecordHasher.hash(forged, third.prevHash())));
        ChainBreak broken = walk(records, 5, head(records), null).orElseThrow();
        assertThat(broken.chainPosition()).isEqualTo(4);
        assertThat(broken.rule()).isEqualTo("CHAIN_LINK_BROKEN");
    }

    @Test
    void aRemovedRecordIsFoundAsAGap() {
        List<StoredRecord> records = chain(5);
        records.remove(1);
        ChainBreak broken = walk(records, 5, head(records), null).orElseThrow();
        assertThat(broken.chainPosition()).isEqualTo(2);
        assertThat(broken.eventId()).isEqualTo("e-3");
        assertThat(broken.rule()).isEqualTo("RECORD_MISSING");
    }

    @Test
    void recordsRemovedFromTheEndAreFoundAgainstTheHead() {
        List<StoredRecord> records = chain(5);
        String headHash = head(records);
        records.remove(4);
        ChainBreak broken = walk(records, 5, headHash, null).orElseThrow();
        assertThat(broken.rule()).isEqualTo("CHAIN_TRUNCATED");
        assertThat(broken.chainPosition()).isEqualTo(5);
    }

    @Test
    void aHeadThatDoesNotEndTheChainIsFound() {
        List<StoredRecord> records = chain(3);
        assertThat(walk(records, 3, "f".repeat(64), null).orElseThrow().rule()).isEqualTo("CHAIN_HEAD_MISMATCH");
        assertThat(walk(records, 2, head(records), null).orElseThrow().rule()).isEqualTo("CHAIN_HEAD_MISMATCH");
    }

    @Test
    void aChainRewrittenFromScratchIsFoundByAnAnchorNotedEarlier() {
        List<StoredRecord> original = chain(4);
        Anchor noted = new Anchor(2, original.get(1).hash());
        assertThat(walk(original, 4, head(original), noted)).isEmpty();

        // the same chain with record 2 edited and every hash after it recomputed: internally consistent
        List<StoredRecord> rewritten = new ArrayList<>();
        String prev = RecordHasher.GENESIS;
        for (StoredRecord r : original) {
            RecordContent c = r.content();
            if (c.chainPosition() == 2) {
                c = new RecordContent(c.countyId(), 2, c.eventId(), c.type(), c.source(), c.subject(), c.time(),
                        c.receivedAt(), c.actor(), c.correlationId(), c.causationId(), "{\"n\":-2}", c.mentions());
            }
            String hash = RecordHasher.hash(c, prev);
            rewritten.add(new StoredRecord(c, prev, hash));
            prev = hash;
        }
        assertThat(walk(rewritten, 4, head(rewritten), null)).isEmpty();
        ChainBreak broken = walk(rewritten, 4, head(rewritten), noted).orElseThrow();
        assertThat(broken.rule()).isEqualTo("ANCHOR_MISMATCH");
        assertThat(broken.chainPosition()).isEqualTo(2);
    }

    @Test
    void anAnchorBeyondTheChainMeansItWasCutShort() {
        List<StoredRecord> records = chain(2);
        assertThat(walk(records, 2, head(records), new Anchor(3, "a".repeat(64))).orElseThrow().rule())
                .isEqualTo("ANCHOR_MISMATCH");
    }
}
