package org.county.staffing.backbone.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class SortingTest {

    private record Row(String county, int moves) {
    }

    private static final List<Row> ROWS = List.of(new Row("370683", 3), new Row("370602", 5), new Row("370681", 3));

    @Test
    void rowsAreSortedByTheKeyEitherWayWithTiesAlwaysInTheSameOrder() {
        Comparator<Row> byCounty = Comparator.comparing(Row::county);
        assertThat(Sorting.sorted(ROWS, Comparator.comparingInt(Row::moves), false, byCounty)).extracting(Row::county)
                .containsExactly("370681", "370683", "370602");
        assertThat(Sorting.sorted(ROWS, Comparator.comparingInt(Row::moves), true, byCounty)).extracting(Row::county)
                .containsExactly("370602", "370681", "370683");
    }

    @Test
    void aPageIsCutFromTheRowsAndOnePastTheEndIsEmpty() {
        assertThat(Sorting.page(ROWS, Paging.of(1, 2), 100)).containsExactly(ROWS.get(2));
        assertThat(Sorting.page(ROWS, Paging.of(0, null), 100)).isEqualTo(ROWS);
        assertThat(Sorting.page(ROWS, Paging.of(5, 2), 100)).isEmpty();
    }
}
