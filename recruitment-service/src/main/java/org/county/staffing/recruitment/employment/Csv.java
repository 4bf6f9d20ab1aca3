package org.county.staffing.recruitment.employment;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values: quoted fields may hold commas, quotes ({@code ""}) and line
 * breaks; CRLF or LF ends a record; a UTF-8 byte order mark (spreadsheets write one) is skipped.
 */
public final class Csv {

    private Csv() {
    }

    /** A record and the line of the file it starts on (1-based). */
    public record Row(int line, List<String> cells) {
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                addUnlessBlank(rows, rowLine, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (cellStarted || !cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addUnlessBlank(rows, rowLine, cells);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        boolean blank = cells.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}
