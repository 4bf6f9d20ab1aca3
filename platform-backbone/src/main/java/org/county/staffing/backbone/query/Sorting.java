package org.county.staffing.backbone.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order and the page of rows a list endpoint has computed in memory (the province views' county rows):
 * sorted by the requested key, ascending or descending, ties always in the same order whatever the
 * direction, then cut to the requested page.
 */
public final class Sorting {

    private Sorting() {
    }

    /** The rows by {@code key} (reversed when {@code descending}), rows equal by it in {@code ties} order. */
    public static <T> List<T> sorted(Collection<T> rows, Comparator<T> key, boolean descending, Comparator<T> ties) {
        List<T> out = new ArrayList<>(rows);
        out.sort((descending ? key.reversed() : key).thenComparing(ties));
        return out;
    }

    /** The page of {@code rows} that {@code paging} asks for ({@code defaultSize} rows when it names none). */
    public static <T> List<T> page(List<T> rows, Paging paging, int defaultSize) {
        int size = paging.size(defaultSize);
        int from = (int) Math.min(rows.size(), paging.offset(defaultSize));
        return rows.subList(from, Math.min(rows.size(), from + size));
    }
}
