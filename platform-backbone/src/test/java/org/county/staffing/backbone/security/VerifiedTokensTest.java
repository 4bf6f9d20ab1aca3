package org.county.staffing.backbone.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cache of verified tokens keeps each token until its own expiry, never beyond, and stays bounded. */
class VerifiedTokensTest {

    private static final long NOW = 1_000_000L;

    @Test
    void aTokenIsFoundUntilItsExpiryAndNotAtIt() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
        tokens.remember("header.payload.signature", "alice", NOW + 5_000, NOW);

        assertThat(tokens.find("header.payload.signature", NOW + 4_999)).contains("alice");
        assertThat(tokens.find("header.payload.signature", NOW + 5_000)).isEmpty();
        assertThat(tokens.find("header.payload.signature", NOW + 1)).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenChangedInOneCharacterIsAnotherToken() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
        tokens.remember("header.payload.signature", "alice", NOW + 5_000, NOW);

        assertThat(tokens.find("header.payload.signaturf", NOW)).isEmpty();
        assertThat(tokens.find("header.paylaod.signature", NOW)).isEmpty();
    }

    @Test
    void anExpiredTokenIsNeverRemembered() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10);
        tokens.remember("expired", "alice", NOW, NOW);

        assertThat(tokens.find("expired", NOW - 1)).isEmpty();
    }

    @Test
    void aFullCacheDropsExpiredTokensAndOtherwiseKeepsWhatItHas() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(2);
        tokens.remember("a", "a", NOW + 1_000, NOW);
        tokens.remember("b", "b", NOW + 10_000, NOW);
        tokens.remember("c", "c", NOW + 10_000, NOW);
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.find("c", NOW)).isEmpty();

        // once "a" has expired it makes room
        tokens.remember("c", "c", NOW + 10_000, NOW + 2_000);
        assertThat(tokens.find("c", NOW + 2_000)).contains("c");
        assertThat(tokens.find("b", NOW + 2_000)).contains("b");
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void sizeZeroRemembersNothing() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(0);
        tokens.remember("a", "a", NOW + 1_000, NOW);

        assertThat(tokens.find("a", NOW)).isEmpty();
    }
}
