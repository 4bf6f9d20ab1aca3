package org.county.staffing.audit.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;

/**
 * Reads the query parameters of the audit endpoints. Every bad parameter is collected, then
 * {@link #check()} refuses the request with one 400 naming each parameter and rule.
 */
public final class QueryParameters {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9.-]{1,120}");
    private static final Pattern TYPE_PREFIX = Pattern.compile("[a-z0-9.-]{0,119}\\*");
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern ID_TEXT = Pattern.compile("[^\\p{Cntrl}\\s]{1,200}");
    /** A '+' of an offset typed into a URL arrives as a space. */
    private static final Pattern OFFSET_AS_SPACE = Pattern.compile("(.*T.*) ([0-9]{2}:[0-9]{2})");

    private final ZoneId zone;
    private final List<Violation> violations = new ArrayList<>();

    public QueryParameters(ZoneId zone) {
        this.zone = zone;
    }

    /** The filters of {@code /audit/events} and {@code /audit/export}. */
    public AuditFilter filter(String type, String subject, String actor, String correlationId, String from, String to) {
        String exactType = null;
        String typePrefix = null;
        if (present(type)) {
            if (TYPE.matcher(type).matches()) {
                exactType = type;
            } else if (TYPE_PREFIX.matcher(type).matches()) {
                typePrefix = type.substring(0, type.length() - 1);
            } else {
                add("type", "TYPE_FILTER_FORMAT", "an event type like recruitment.teacher.registered.v1, or a prefix ending in * "
                        + "like recruitment.teacher.*", "事件类型应形如 recruitment.teacher.registered.v1，或以 * 结尾的前缀，如 recruitment.teacher.*");
            }
        }
        String subjectValue = text("subject", subject, "SUBJECT_FORMAT", "a subject", "主体标识");
        String actorValue = text("actor", actor, "ACTOR_FORMAT", "an actor (role:username)", "操作人（角色:用户名）");
        String correlation = null;
        if (present(correlationId)) {
            if (CORRELATION_ID.matcher(correlationId).matches()) {
                correlation = correlationId;
            } else {
                add("correlationId", "CORRELATION_ID_FORMAT", "a correlation id is 1 to 64 letters, digits or . _ : -",
                        "关联标识应为 1 至 64 个字母、数字或 . _ : - 字符");
            }
        }
        OffsetDateTime start = instant("from", from, false);
        OffsetDateTime end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            add("to", "PERIOD_ORDER", "the period must end after it starts (from " + from + ", to " + to + ")",
                    "时间段的结束须晚于开始（from " + from + "，to " + to + "）");
        }
        return new AuditFilter(exactType, typePrefix, subjectValue, null, actorValue, correlation, start, end);
    }

    /** Rule PERIOD_REQUIRED: an export names its period. */
    public void requirePeriod(String from, String to) {
        for (String[] bound : new String[][] {{"from", from}, {"to", to}}) {
            if (!present(bound[1])) {
                add(bound[0], "PERIOD_REQUIRED", "an export covers a period: give from and to",
                        "导出须指定时间段：请提供 from 和 to");
            }
        }
    }

    /** The id of a timeline; rule SUBJECT_FORMAT. */
    public String subject(String subject) {
        String value = text("subject", subject, "SUBJECT_FORMAT", "a subject", "主体标识");
        if (value == null && !present(subject)) {
            add("subject", "SUBJECT_FORMAT", "a subject is required", "须指定主体标识");
        }
        return value;
    }

    /** Rule EXPORT_FORMAT: csv, the default. */
    public String exportFormat(String format) {
        if (!present(format) || "csv".equalsIgnoreCase(format)) {
            return "csv";
        }
        add("format", "EXPORT_FORMAT", "the export format is csv, not '" + format + "'",
                "导出格式应为 csv，而不是 '" + format + "'");
        return "csv";
    }

    /** Refuses the request with every bad parameter, if there is one. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new RuleViolation(400, violations);
        }
    }

    private OffsetDateTime instant(String field, String value, boolean end) {
        if (!present(value)) {
            return null;
        }
        String text = OFFSET_AS_SPACE.matcher(value).replaceFirst("$1+$2");
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATimestamp) {
            try {
                LocalDate day = LocalDate.parse(text);
                // a date is the whole day: from its start, to the end of it
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                add(field, "PERIOD_FORMAT", field + " is a date (2026-07-31) or an RFC 3339 timestamp (2026-07-31T08:00:00+08:00), not '"
                        + value + "'", field + " 应为日期（2026-07-31）或 RFC 3339 时间（2026-07-31T08:00:00+08:00），而不是 '" + value + "'");
                return null;
            }
        }
    }

    private String text(String field, String value, String rule, String what, String zhWhat) {
        if (!present(value)) {
            return null;
        }
        if (!ID_TEXT.matcher(value).matches()) {
            add(field, rule, field + " is " + what + ": 1 to 200 characters without spaces or control characters",
                    field + " 应为" + zhWhat + "：1 至 200 个字符，不含空白或控制字符");
            return null;
        }
        return value;
    }

    /** Notes a bad parameter of the endpoint's own; {@link #check()} refuses it with the others. */
    public void refuse(String field, String rule, String en, String zh) {
        add(field, rule, en, zh);
    }

    private void add(String field, String rule, String en, String zh) {
        violations.add(new Violation(field, rule, new Reason(en, zh)));
    }

    /** A parameter given with a value (an empty value counts as absent). */
    public static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
