package org.county.staffing.post.school;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;

/**
 * Looks up schools of the read model. Every change to a school's posts first locks the school's
 * row ({@code SELECT ... FOR UPDATE}): requests and event handlers on one school are serialized,
 * so concurrent creations cannot together exceed the quota.
 */
@ApplicationScoped
public class SchoolDirectory {

    @Inject
    EntityManager em;

    @Inject
    PlatformClock clock;

    /** Rule SCHOOL_REGISTERED: the school exists in the caller's county (another county's is not shown). */
    public KnownSchool require(String countyId, String schoolId) {
        KnownSchool school = KnownSchool.findById(schoolId);
        requireVisible(school, countyId, schoolId);
        return school;
    }

    /** As {@link #require}, holding the school's row lock until the transaction ends. */
    public KnownSchool lock(String countyId, String schoolId) {
        KnownSchool school = em.find(KnownSchool.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        requireVisible(school, countyId, schoolId);
        return school;
    }

    /** Locks a school known to exist (an event handler's), or returns null. */
    public KnownSchool lockIfPresent(String schoolId) {
        return schoolId == null ? null : em.find(KnownSchool.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Locks several schools in id order, the one order every transaction uses, so two transactions
     * touching the same schools cannot deadlock. Missing schools are left out.
     */
    public Map<String, KnownSchool> lockAll(Collection<String> schoolIds) {
        Map<String, KnownSchool> locked = new LinkedHashMap<>();
        for (String id : new TreeSet<>(schoolIds)) {
            KnownSchool school = lockIfPresent(id);
            if (school != null) {
                locked.put(id, school);
            }
        }
        return locked;
    }

    /**
     * The school's row for a handler, created as an unregistered placeholder when an event about it
     * arrives before its registration, and locked.
     */
    public KnownSchool lockOrCreate(String schoolId, String countyId) {
        KnownSchool school = lockIfPresent(schoolId);
        if (school != null) {
            return school;
        }
        em.createNativeQuery("""
                        insert into known_school (id, county_id, status, registered, quota, updated_at)
                        values (?1, ?2, 'ACTIVE', false, 0, ?3)
                        on conflict (id) do nothing""")
                .setParameter(1, schoolId)
                .setParameter(2, countyId)
                .setParameter(3, now())
                .executeUpdate();
        return em.find(KnownSchool.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Rule SCHOOL_ACTIVE: no posts are set up at a school merged into another. */
    public static void requireActive(KnownSchool school) {
        if (!school.isActive()) {
            throw RuleViolation.conflict("SCHOOL_ACTIVE", "schoolId", new Reason(
                    "school " + school.id + " was merged into " + school.mergedInto + "; set up posts there instead",
                    "学校 " + school.id + " 已并入 " + school.mergedInto + "，请在该校设置岗位"));
        }
    }

    /** The platform clock's instant as the read model records it (UTC, to the microsecond PostgreSQL keeps). */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** Rule SCHOOL_REGISTERED on a school row read elsewhere ({@code null}: not found). */
    public static void requireVisible(KnownSchool school, String countyId, String schoolId) {
        if (school == null || !school.registered || !countyId.equals(school.countyId)) {
            throw RuleViolation.notFound("SCHOOL_REGISTERED", "schoolId", new Reason(
                    "no school " + schoolId + " is registered by the staffing office in this county",
                    "编办未在本县登记学校 " + schoolId));
        }
    }
}
