package org.county.staffing.backbone.testapp;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/** The test application's contracts: what the peer service sends, and what the tally announces. */
public final class TallyEvents {

    private TallyEvents() {
    }

    /**
     * {@code peer.tally.incremented.v1}; {@code explode: true} makes the handler fail every time;
     * {@code shape}, when present, is one of {@link Shape}.
     */
    public record TallyIncremented(boolean explode, @Nullable String shape) {
        public static final EventType<TallyIncremented> TYPE = EventType.of("peer.tally.incremented.v1", TallyIncremented.class);
    }

    public enum Shape {
        ROUND,
        SQUARE
    }

    /**
     * {@code peer.link.cut.v1}: its handler cuts every connection to the database, its own
     * included, the first time it sees an event: a database outage in the middle of a batch.
     */
    public record LinkCut(String reason) {
        public static final EventType<LinkCut> TYPE = EventType.of("peer.link.cut.v1", LinkCut.class);
    }

    /** {@code peer.sequence.stepped.v1}: step n of a sequence whose steps must be handled in order. */
    public record SequenceStepped(int step) {
        public static final EventType<SequenceStepped> TYPE = EventType.of("peer.sequence.stepped.v1", SequenceStepped.class);
    }

    /** {@code test.tally.counted.v1}, the follow-up event of the tally. */
    public record TallyCounted(String tally) {
        public static final EventType<TallyCounted> TYPE = EventType.of("test.tally.counted.v1", TallyCounted.class);
    }
}
