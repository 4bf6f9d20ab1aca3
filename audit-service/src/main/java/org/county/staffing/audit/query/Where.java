package org.county.staffing.audit.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.county.staffing.audit.record.RecordRows;

/**
 * The where clause of a query of the log: always the caller's county and read scope, then the
 * filters. Values are bound as parameters, never written into the SQL.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private Where() {
    }

    public static Where of(String countyId, ReadScope scope, AuditFilter filter) {
        Where where = new Where();
        where.and("county_id = ?", countyId);
        where.scope(scope);
        if (filter.type() != null) {
            where.and("type = ?", filter.type());
        }
        if (filter.typePrefix() != null && !filter.typePrefix().isEmpty()) {
            where.and("type like ?", likePrefix(filter.typePrefix()));
        }
        if (filter.subject() != null) {
            // the subject is among the mentions, so the GIN index finds it; the equality keeps only the subject
            where.and("mentions @> array[cast(? as text)] and subject = ?", filter.subject(), filter.subject());
        }
        if (filter.mentioning() != null) {
            where.and("mentions @> array[cast(? as text)]", filter.mentioning());
        }
        if (filter.actor() != null) {
            where.and("actor = ?", filter.actor());
        }
        if (filter.correlationId() != null) {
            where.and("correlation_id = ?", filter.correlationId());
        }
        if (filter.from() != null) {
            where.and(RecordRows.OCCURRED + " >= ?", filter.from());
        }
        if (filter.to() != null) {
            where.and(RecordRows.OCCURRED + " < ?", filter.to());
        }
        return where;
    }

    /**
     * The period of {@code filter} only, within one county, or across every county when {@code countyId} is
     * null (the province's statistics, which read every record).
     */
    public static Where periodOf(String countyId, AuditFilter filter) {
        Where where = new Where();
        if (countyId != null) {
            where.and("county_id = ?", countyId);
        }
        if (filter.from() != null) {
            where.and(RecordRows.OCCURRED + " >= ?", filter.from());
        }
        if (filter.to() != null) {
            where.and(RecordRows.OCCURRED + " < ?", filter.to());
        }
        if (where.clauses.isEmpty()) {
            where.and("true");
        }
        return where;
    }

    private void scope(ReadScope scope) {
        if (scope.everything()) {
            return;
        }
        if (scope.schoolId() != null) {
            and("mentions @> array[cast(? as text)]", scope.schoolId());
            return;
        }
        if (scope.typePrefixes().isEmpty()) {
            and("false");
            return;
        }
        List<String> alternatives = new ArrayList<>();
        List<Object> prefixes = new ArrayList<>();
        for (String prefix : scope.typePrefixes()) {
            alternatives.add("type like ?");
            prefixes.add(likePrefix(prefix));
        }
        and("(" + String.join(" or ", alternatives) + ")", prefixes.toArray());
    }

    private Where and(String clause, Object... params) {
        clauses.add(clause);
        values.addAll(List.of(params));
        return this;
    }

    /** A LIKE pattern matching the text as a prefix: its own wildcards are escaped. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public String sql() {
        return String.join(" and ", clauses);
    }

    public List<Object> values() {
        return List.copyOf(values);
    }

    /** Binds the values from parameter index {@code first}; returns the next free index. */
    public int bind(PreparedStatement ps, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            ps.setObject(index++, value);
        }
        return index;
    }
}
