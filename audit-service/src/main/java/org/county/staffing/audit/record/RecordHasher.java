package org.county.staffing.audit.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Rule CHAIN_LINKED: each record's hash is SHA-256 over the canonical JSON (see
 * {@link CanonicalJson}) of its content and the hash of the record before it in its county's
 * chain; the first record of a county links to {@link #GENESIS}. Changing any stored field of
 * a record changes its hash; changing the hash too breaks the link of the next record.
 *
 * <p>The hashed document, so that anyone can recompute it from an export:
 * {@code {"actor","causationId","chainPosition","correlationId","countyId","data","eventId",
 * "mentions","prevHash","receivedAt","source","subject","time","type"}}, timestamps as
 * {@code 2026-07-31T08:00:00.000000Z}, absent values as null, hex digest in lower case.
 */
public final class RecordHasher {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter MICROS_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private RecordHasher() {
    }

    public static String hash(RecordContent content, String prevHash) {
        return sha256(canonical(content, prevHash));
    }

    /** The exact text that is hashed; members in canonical (sorted) order. */
    static String canonical(RecordContent c, String prevHash) {
        StringBuilder out = new StringBuilder(256 + (c.data() == null ? 4 : c.data().length()));
        out.append('{');
        member(out, "actor", c.actor()).append(',');
        member(out, "causationId", c.causationId()).append(',');
        out.append("\"chainPosition\":").append(c.chainPosition()).append(',');
        member(out, "correlationId", c.correlationId()).append(',');
        member(out, "countyId", c.countyId()).append(',');
        out.append("\"data\":").append(c.data() == null ? "null" : CanonicalJson.of(c.data())).append(',');
        member(out, "eventId", c.eventId()).append(',');
        out.append("\"mentions\":[");
        for (int i = 0; i < c.mentions().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            CanonicalJson.string(c.mentions().get(i), out);
        }
        out.append("],");
        member(out, "prevHash", prevHash).append(',');
        member(out, "receivedAt", timestamp(c.receivedAt())).append(',');
        member(out, "source", c.source()).append(',');
        member(out, "subject", c.subject()).append(',');
        member(out, "time", timestamp(c.time())).append(',');
        member(out, "type", c.type());
        out.append('}');
        return out.toString();
    }

    /** The form timestamps are hashed in: UTC, exactly six fraction digits (what PostgreSQL keeps). */
    public static String timestamp(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(MICROS_UTC);
    }

    private static StringBuilder member(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":");
        if (value == null) {
            out.append("null");
        } else {
            CanonicalJson.string(value, out);
        }
        return out;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
