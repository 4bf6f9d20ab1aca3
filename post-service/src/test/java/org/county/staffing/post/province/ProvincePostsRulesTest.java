package org.county.staffing.post.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.county.staffing.post.province.ProvincePostsView.CountyPosts;
import org.junit.jupiter.api.Test;

class ProvincePostsRulesTest {

    private static final List<CountyPosts> ROWS = List.of(
            new CountyPosts("370683", 74, 5592, 5400, 5100, 250, 50),
            new CountyPosts("370602", 30, 2100, 2100, 2000, 100, 0),
            new CountyPosts("370181", 52, 3900, 3700, 3650, 30, 20));

    @Test
    void theTotalsAreTheSumsOfTheRows() {
        assertThat(ProvincePostsRules.totals(ROWS)).isEqualTo(new CountyPosts(null, 156, 11592, 11200, 10750, 380, 70));
        assertThat(ProvincePostsRules.totals(List.of())).isEqualTo(new CountyPosts(null, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void rowsAreSortedByTheFieldAskedForThenByCounty() {
        assertThat(ProvincePostsRules.sorted(ROWS, ProvinceSort.COUNTY, false)).extracting(CountyPosts::countyId)
                .containsExactly("370181", "370602", "370683");
        assertThat(ProvincePostsRules.sorted(ROWS, ProvinceSort.VACANT, true)).extracting(CountyPosts::countyId)
                .containsExactly("370683", "370602", "370181");
        assertThat(ProvincePostsRules.sorted(ROWS, ProvinceSort.FROZEN, false)).extracting(CountyPosts::countyId)
                .containsExactly("370602", "370181", "370683");
        List<CountyPosts> tied = List.of(new CountyPosts("370700", 1, 1, 1, 1, 0, 0), new CountyPosts("370100", 1, 1, 1, 1, 0, 0));
        assertThat(ProvincePostsRules.sorted(tied, ProvinceSort.ESTABLISHED, true)).extracting(CountyPosts::countyId)
                .containsExactly("370100", "370700");
    }
}
