package org.county.staffing.backbone.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens already verified, each remembered by its SHA-256 until its own {@code exp}, never
 * longer, with the identity its verification produced. A token is immutable and its signature
 * covers every byte of it, so the same bytes verify the same way until they expire: a changed
 * token is another key, and an expired one is no longer found here and fails the full check as
 * before. At most {@code capacity} tokens are kept; when full, expired ones are dropped, and a token
 * that still finds no room is simply verified on every request.
 *
 * @param <T> what a verification produced
 */
public final class VerifiedTokens<T> {

    private record Entry<T>(T verified, long expiresAtMillis) {
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private final int capacity;
    private final ConcurrentHashMap<ByteBuffer, Entry<T>> entries = new ConcurrentHashMap<>();

    public VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** What the token's verification produced, while the token has not expired at {@code nowMillis}. */
    public Optional<T> find(String token, long nowMillis) {
        if (capacity <= 0) {
            return Optional.empty();
        }
        ByteBuffer key = key(token);
        Entry<T> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAtMillis() <= nowMillis) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.verified());
    }

    /** Remembers a token that passed verification, until {@code expiresAtMillis} (its {@code exp}). */
    public void remember(String token, T verified, long expiresAtMillis, long nowMillis) {
        if (capacity <= 0 || expiresAtMillis <= nowMillis) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> e.expiresAtMillis() <= nowMillis);
            if (entries.size() >= capacity) {
                return;
            }
        }
        entries.put(key(token), new Entry<>(verified, expiresAtMillis));
    }

    public int size() {
        return entries.size();
    }

    private static ByteBuffer key(String token) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return ByteBuffer.wrap(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
