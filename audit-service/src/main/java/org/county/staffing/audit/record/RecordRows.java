package org.county.staffing.audit.record;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** How records are read back from {@code audit_record}: the columns and their mapping. */
public final class RecordRows {

    /** Select these, in any query of the log, to map rows with {@link #read}. */
    public static final String COLUMNS = "county_id, chain_position, event_id, type, source, subject, event_time, "
            + "received_at, actor, correlation_id, causation_id, data::text as data, mentions, prev_hash, hash";

    /** The instant a record is ordered and filtered by: the event's time, or its arrival when it has none. */
    public static final String OCCURRED = "coalesce(event_time, received_at)";

    private RecordRows() {
    }

    public static StoredRecord read(ResultSet rs) throws SQLException {
        Array mentions = rs.getArray("mentions");
        List<String> ids = mentions == null ? List.of() : Arrays.asList((String[]) mentions.getArray());
        RecordContent content = new RecordContent(
                rs.getString("county_id"),
                rs.getLong("chain_position"),
                rs.getString("event_id"),
                rs.getString("type"),
                rs.getString("source"),
                rs.getString("subject"),
                rs.getObject("event_time", OffsetDateTime.class),
                rs.getObject("received_at", OffsetDateTime.class),
                rs.getString("actor"),
                rs.getString("correlation_id"),
                rs.getString("causation_id"),
                rs.getString("data"),
                ids);
        return new StoredRecord(content, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
