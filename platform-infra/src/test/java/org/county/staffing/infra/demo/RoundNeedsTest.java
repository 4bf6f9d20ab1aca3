package org.county.staffing.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoundNeedsTest {

    @Test
    void aTransferWithinItsPoolNeedsNoQuota() {
        assertThat(RoundNeeds.perPool(List.of(new RoundNeeds.Move("K12", "K12", "COMPETITION"),
                new RoundNeeds.Move("OTHER", "OTHER", "PAIRED_EXCHANGE")))).isEmpty();
    }

    @Test
    void aTeacherWhoKeepsTheHomePostNeedsTheHostsCoveredPost() {
        assertThat(RoundNeeds.perPool(List.of(new RoundNeeds.Move("K12", "K12", "SHADOWING"),
                new RoundNeeds.Move("K12", "K12", "SUPPORT_TEACHING"), new RoundNeeds.Move("OTHER", "OTHER", "ITINERANT"))))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("K12", 2, "OTHER", 1));
    }

    @Test
    void aMoveIntoAnotherPoolNeedsQuotaThereThatNoTransferCanBring() {
        // seen in a small county: a K-12 teacher's competition won at a vocational school of pool OTHER
        assertThat(RoundNeeds.perPool(List.of(new RoundNeeds.Move("K12", "OTHER", "COMPETITION"),
                new RoundNeeds.Move("K12", "OTHER", "SHADOWING"), new RoundNeeds.Move("OTHER", "K12", null))))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("OTHER", 2, "K12", 1));
    }
}
