package org.county.staffing.post.province;

import java.util.List;

/**
 * The posts of every county the caller reads: one row per county with registered schools, a page of
 * them in the requested order, and the totals over every row.
 */
public record ProvincePostsView(String sort, String order, int page, int size, int counties, CountyPosts totals,
                                List<CountyPosts> rows) {

    /**
     * One county's schools and posts (for the totals {@code countyId} is null): the schools'
     * quota and their posts that are not abolished, by status.
     */
    public record CountyPosts(String countyId, int schools, int quota, int established, int occupied, int vacant,
                              int frozen) {
    }
}
