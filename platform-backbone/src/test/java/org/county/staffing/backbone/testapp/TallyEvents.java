package org.county.staffing.backbone.testapp;

import org.county.staffing.contracts.EventType;

/** The test application's contracts: what the peer service sends, and what the tally announces. */
public final class TallyEvents {

    private TallyEvents() {
    }

    /** {@code peer.tally.incremented.v1}; {@code explode: true} makes the handler fail every time. */
    public record TallyIncremented(boolean explode) {
        public static final EventType<TallyIncremented> TYPE = EventType.of("peer.tally.incremented.v1", TallyIncremented.class);
    }

    /** {@code test.tally.counted.v1}, the follow-up event of the tally. */
    public record TallyCounted(String tally) {
        public static final EventType<TallyCounted> TYPE = EventType.of("test.tally.counted.v1", TallyCounted.class);
    }
}
