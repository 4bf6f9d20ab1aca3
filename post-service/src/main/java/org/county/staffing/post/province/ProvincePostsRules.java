package org.county.staffing.post.province;

import java.util.Comparator;
import java.util.List;

import org.county.staffing.backbone.query.Sorting;
import org.county.staffing.post.province.ProvincePostsView.CountyPosts;

/** Plain rules of the province view: the totals of the county rows and their order. */
public final class ProvincePostsRules {

    private ProvincePostsRules() {
    }

    /** The sums of every row. */
    public static CountyPosts totals(List<CountyPosts> rows) {
        return new CountyPosts(null, rows.stream().mapToInt(CountyPosts::schools).sum(),
                rows.stream().mapToInt(CountyPosts::quota).sum(), rows.stream().mapToInt(CountyPosts::established).sum(),
                rows.stream().mapToInt(CountyPosts::occupied).sum(), rows.stream().mapToInt(CountyPosts::vacant).sum(),
                rows.stream().mapToInt(CountyPosts::frozen).sum());
    }

    /** The rows in the order asked for; ties, and COUNTY itself, by county id. */
    public static List<CountyPosts> sorted(List<CountyPosts> rows, ProvinceSort sort, boolean descending) {
        Comparator<CountyPosts> byCounty = Comparator.comparing(CountyPosts::countyId);
        Comparator<CountyPosts> order = switch (sort) {
            case COUNTY -> byCounty;
            case SCHOOLS -> Comparator.comparingInt(CountyPosts::schools);
            case QUOTA -> Comparator.comparingInt(CountyPosts::quota);
            case ESTABLISHED -> Comparator.comparingInt(CountyPosts::established);
            case OCCUPIED -> Comparator.comparingInt(CountyPosts::occupied);
            case VACANT -> Comparator.comparingInt(CountyPosts::vacant);
            case FROZEN -> Comparator.comparingInt(CountyPosts::frozen);
        };
        return Sorting.sorted(rows, order, descending, byCounty);
    }
}
