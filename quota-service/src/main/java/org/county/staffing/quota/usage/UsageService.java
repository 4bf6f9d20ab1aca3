package org.county.staffing.quota.usage;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.quota.ledger.Ledger;
import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolKind;
import org.county.staffing.quota.school.SchoolService;
import org.county.staffing.quota.school.SchoolStatus;

/** Each school's quota against its posts, staff and secondments, from the ledger and the usage read model. */
@ApplicationScoped
public class UsageService {

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    SchoolService schools;

    /** One school's quota and usage, read in one statement; 404 for a school not of the county. */
    public SchoolQuota quota(String countyId, String schoolId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUOTA).setParameter(1, schoolId).setParameter(2, countyId).getResultList();
        if (rows.isEmpty()) {
            schools.get(countyId, schoolId);
            throw new IllegalStateException("school " + schoolId + " is registered but was not read");
        }
        Object[] r = rows.get(0);
        return of((String) r[0], (String) r[1], (String) r[2], Location.valueOf((String) r[3]), SchoolStatus.valueOf((String) r[4]),
                SchoolKind.valueOf((String) r[5]).pool(), number(r[6]), number(r[7]), number(r[8]), number(r[9]), number(r[10]),
                ((BigDecimal) r[11]).stripTrailingZeros());
    }

    /** The county's schools, optionally of one district or status, in school id order. */
    public List<SchoolQuota> county(String countyId, String district, StaffingStatus status) {
        List<School> all = schools.list(countyId, district, (SchoolKind) null);
        Map<String, Integer> posts = counts(POSTS_BY_SCHOOL, countyId);
        Map<String, Integer> staff = staffBySchool(countyId);
        Map<String, Integer> seconded = counts(SECONDED_BY_SCHOOL, countyId);
        Map<String, Integer> assignedOut = counts(ASSIGNED_OUT_BY_SCHOOL, countyId);
        Map<String, BigDecimal> covered = covered(COVERED_BY_SCHOOL, countyId);
        Map<String, Integer> allocated = new HashMap<>();
        for (Pool pool : Pool.values()) {
            allocated.putAll(ledger.balances(countyId, pool));
        }
        return all.stream()
                .map(s -> of(s.id, s.name, s.district, s.location, s.status, s.pool(), allocated.getOrDefault(s.id, 0), posts.getOrDefault(s.id, 0), staff.getOrDefault(s.id, 0),
                        seconded.getOrDefault(s.id, 0), assignedOut.getOrDefault(s.id, 0),
                        covered.getOrDefault(s.id, BigDecimal.ZERO)))
                .filter(q -> status == null || q.status() == status)
                .toList();
    }

    /** Current appointments per school of the county. */
    public Map<String, Integer> staffBySchool(String countyId) {
        return counts(STAFF_BY_SCHOOL, countyId);
    }

    private static SchoolQuota of(String id, String name, String district, Location location, SchoolStatus schoolStatus, Pool pool,
                                  int allocated, int posts, int staff, int seconded, int assignedOut, BigDecimal covered) {
        BigDecimal shortage = BigDecimal.valueOf(Math.max(0, allocated - staff));
        return new SchoolQuota(id, name, district, location, schoolStatus, pool, allocated, posts, staff, seconded,
                assignedOut, covered, allocated - staff, Math.max(0, posts - allocated), StaffingStatus.of(allocated, staff),
                shortage.subtract(covered).max(BigDecimal.ZERO));
    }

    /**
     * A school's row with its ledger balance and the usage counts, each an indexed subquery: the
     * same figures the county's list computes with grouped queries, for one school in one statement.
     */
    private static final String QUOTA = """
            select s.id, s.name, s.district, s.location, s.status, s.kind,
                   (select coalesce(sum(e.delta), 0) from ledger_entry e where e.school_id = s.id),
                   (select count(*) from known_post p where p.school_id = s.id and p.status <> 'ABOLISHED'),
                   (select count(*) from known_appointment a where a.school_id = s.id and a.ended_on is null),
                   (select count(*) from known_secondment m where m.school_id = s.id and m.ended_on is null),
                   (select count(*) from known_assignment o where o.home_school_id = s.id and o.ended_on is null),
                   (select coalesce(sum(c.post_share), 0) from known_assignment c where c.host_school_id = s.id and c.ended_on is null)
            from school s where s.id = ?1 and s.county_id = ?2""";
    private static final String POSTS_BY_SCHOOL = """
            select p.school_id, count(*) from known_post p join school s on s.id = p.school_id
            where s.county_id = ?1 and p.status <> 'ABOLISHED' group by p.school_id""";
    private static final String STAFF_BY_SCHOOL = """
            select a.school_id, count(*) from known_appointment a join school s on s.id = a.school_id
            where s.county_id = ?1 and a.ended_on is null group by a.school_id""";
    private static final String SECONDED_BY_SCHOOL = """
            select m.school_id, count(*) from known_secondment m join school s on s.id = m.school_id
            where s.county_id = ?1 and m.ended_on is null group by m.school_id""";

    private static final String ASSIGNED_OUT_BY_SCHOOL = """
            select a.home_school_id, count(*) from known_assignment a join school s on s.id = a.home_school_id
            where s.county_id = ?1 and a.ended_on is null group by a.home_school_id""";
    private static final String COVERED_BY_SCHOOL = """
            select a.host_school_id, sum(a.post_share) from known_assignment a join school s on s.id = a.host_school_id
            where s.county_id = ?1 and a.ended_on is null group by a.host_school_id""";

    /**
     * Posts covered per host school by assignments not ended (rule ASSIGNMENT_COVERS_SHORTAGE): the sum
     * of their post shares, as recruitment decided them.
     */
    private Map<String, BigDecimal> covered(String sql, String parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        Map<String, BigDecimal> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((BigDecimal) r[1]).stripTrailingZeros()));
        return out;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private Map<String, Integer> counts(String sql, String countyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, countyId).getResultList();
        Map<String, Integer> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).intValue()));
        return out;
    }
}
