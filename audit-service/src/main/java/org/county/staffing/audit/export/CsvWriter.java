package org.county.staffing.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it
 * holds a comma, a double quote, CR or LF, and a double quote inside doubled.
 *
 * <p>Rule CSV_FORMULA_NEUTRAL: a field that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, tab or CR) is prefixed with an apostrophe, as OWASP advises: an actor name or
 * a payload text from any service must not execute on an inspector's computer.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
