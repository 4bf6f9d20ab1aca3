package org.county.staffing.backbone.contract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school year, written {@code 2026-2027}; it starts on 1 September of its first year. */
// documented as the text it travels as in paths and queries, not as the record's field
@Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{4}$", example = "2026-2027",
        description = "a school year: two consecutive years (学年，如 2026-2027)")
public record SchoolYear(int firstYear) implements Comparable<SchoolYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");
    public static final MonthDay START = MonthDay.of(9, 1);

    /** Rule SCHOOL_YEAR_FORMAT: {@code YYYY-YYYY} with consecutive years. */
    public static SchoolYear parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1
                || Integer.parseInt(m.group(1)) < 1990 || Integer.parseInt(m.group(1)) > 2200) {
            throw RuleViolation.badRequest("SCHOOL_YEAR_FORMAT", "schoolYear", new Reason(
                    "a school year is written like 2026-2027 (two consecutive years), not '" + text + "'",
                    "学年的格式应为 2026-2027（相邻两个年份），而不是 '" + text + "'"));
        }
        return new SchoolYear(Integer.parseInt(m.group(1)));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (RuleViolation e) {
            return false;
        }
    }

    /** The school year a date falls in. */
    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(MonthDay.from(date).isBefore(START) ? date.getYear() - 1 : date.getYear());
    }

    public LocalDate startsOn() {
        return START.atYear(firstYear);
    }

    public LocalDate endsOn() {
        return startsOn().plusYears(1).minusDays(1);
    }

    public SchoolYear previous() {
        return new SchoolYear(firstYear - 1);
    }

    public SchoolYear next() {
        return new SchoolYear(firstYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(firstYear, other.firstYear);
    }

    @Override
    public String toString() {
        return firstYear + "-" + (firstYear + 1);
    }
}
