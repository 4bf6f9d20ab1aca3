package org.county.staffing.post.province;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.post.post.PostStatus;
import org.county.staffing.post.province.ProvincePostsView.CountyPosts;

/**
 * The province's reading of the counties' posts (issue 15): a province user reads every county, a
 * county user only its own; nothing is written.
 */
@ApplicationScoped
public class ProvincePostsService {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public ProvincePostsView view(ProvinceSort sort, SortOrder order, Paging paging) {
        String county = caller.hasRole(Roles.PROVINCE) ? null : caller.countyId();
        Map<String, Tally> counts = new TreeMap<>();
        for (Object[] row : query("""
                select s.countyId, count(s), coalesce(sum(s.quota), 0) from KnownSchool s
                 where s.registered = true %s
                 group by s.countyId""", "s", county).getResultList()) {
            Tally tally = counts.computeIfAbsent((String) row[0], k -> new Tally());
            tally.schools = ((Number) row[1]).intValue();
            tally.quota = ((Number) row[2]).intValue();
        }
        for (Object[] row : query("""
                select p.countyId, p.status, count(p) from Post p
                 where p.status <> :abolished %s
                 group by p.countyId, p.status""", "p", county)
                .setParameter("abolished", PostStatus.ABOLISHED).getResultList()) {
            counts.computeIfAbsent((String) row[0], k -> new Tally()).add((PostStatus) row[1], ((Number) row[2]).intValue());
        }
        List<CountyPosts> rows = counts.entrySet().stream().map(e -> e.getValue().row(e.getKey())).toList();
        ProvinceSort by = sort == null ? ProvinceSort.COUNTY : sort;
        SortOrder direction = order == null ? SortOrder.ASC : order;
        int size = paging.size(Paging.DEFAULT_SIZE);
        List<CountyPosts> page = ProvincePostsRules.sorted(rows, by, direction == SortOrder.DESC).stream()
                .skip(paging.offset(Paging.DEFAULT_SIZE)).limit(size).toList();
        return new ProvincePostsView(by.name(), direction.name(), paging.page(), size, rows.size(),
                ProvincePostsRules.totals(rows), page);
    }

    /** The query, within the county when {@code county} is given ({@code alias} names the queried entity). */
    private TypedQuery<Object[]> query(String query, String alias, String county) {
        TypedQuery<Object[]> typed = em.createQuery(
                query.formatted(county == null ? "" : "and " + alias + ".countyId = :county"), Object[].class);
        return county == null ? typed : typed.setParameter("county", county);
    }

    /** One county's counts while the rows are read. */
    private static final class Tally {
        int schools;
        int quota;
        int occupied;
        int vacant;
        int frozen;

        void add(PostStatus status, int count) {
            switch (status) {
                case OCCUPIED -> occupied += count;
                case VACANT -> vacant += count;
                case FROZEN -> frozen += count;
                case ABOLISHED -> throw new IllegalStateException("abolished posts are not counted");
            }
        }

        CountyPosts row(String countyId) {
            return new CountyPosts(countyId, schools, quota, occupied + vacant + frozen, occupied, vacant, frozen);
        }
    }
}
