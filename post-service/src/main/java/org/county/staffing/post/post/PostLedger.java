package org.county.staffing.post.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.post.assignment.CoverService;
import org.county.staffing.post.regulation.KnownRegulation;
import org.county.staffing.post.school.KnownSchool;
import org.county.staffing.post.school.SchoolDirectory;

/** Queries over a school's posts. */
@ApplicationScoped
public class PostLedger {

    @Inject
    EntityManager em;

    public PostCounts counts(String schoolId) {
        PostCounts.Builder counts = new PostCounts.Builder();
        List<Object[]> rows = em.createQuery("""
                        select p.status, p.category, count(p) from Post p
                         where p.schoolId = :school and p.status <> :abolished
                         group by p.status, p.category""", Object[].class)
                .setParameter("school", schoolId)
                .setParameter("abolished", PostStatus.ABOLISHED)
                .getResultList();
        for (Object[] row : rows) {
            counts.add((PostStatus) row[0], (PostCategory) row[1], ((Number) row[2]).intValue());
        }
        return counts.build();
    }

    /** The school's leadership posts that are not abolished, by role. */
    public Map<LeadershipRole, Integer> leadershipPosts(String schoolId) {
        Map<LeadershipRole, Integer> byRole = new EnumMap<>(LeadershipRole.class);
        em.createQuery("""
                        select p.leadershipRole, count(p) from Post p
                         where p.schoolId = :school and p.status <> :abolished and p.leadershipRole is not null
                         group by p.leadershipRole""", Object[].class)
                .setParameter("school", schoolId)
                .setParameter("abolished", PostStatus.ABOLISHED)
                .getResultList()
                .forEach(row -> byRole.put((LeadershipRole) row[0], ((Number) row[1]).intValue()));
        return byRole;
    }

    /** The school's posts that are not abolished, oldest first. */
    public List<Post> established(String schoolId) {
        return Post.list("schoolId = ?1 and status <> ?2 order by establishedSeq", schoolId, PostStatus.ABOLISHED);
    }

    /**
     * The school's posts that are not abolished, counted by the database in groups of alike posts
     * (one grouped statement on the index {@code post_school}).
     */
    public List<PostGroup> groups(String schoolId) {
        List<PostGroup> groups = new ArrayList<>();
        em.createQuery("""
                        select p.status, p.category, p.subject, p.leadershipRole, p.freezeCause,
                               count(p), count(p.abolishWhenVacatedPlan) from Post p
                         where p.schoolId = :school and p.status <> :abolished
                         group by p.status, p.category, p.subject, p.leadershipRole, p.freezeCause""", Object[].class)
                .setParameter("school", schoolId)
                .setParameter("abolished", PostStatus.ABOLISHED)
                .getResultList()
                .forEach(row -> groups.add(new PostGroup((PostStatus) row[0], (PostCategory) row[1], (String) row[2],
                        (LeadershipRole) row[3], (FreezeCause) row[4], ((Number) row[5]).intValue(),
                        ((Number) row[6]).intValue())));
        return groups;
    }

    /** What a school's summary reads besides its posts: the school, every version of its regulation, its running assignments. */
    public record SchoolFacts(KnownSchool school, List<KnownRegulation> regulations, CoverService.SchoolCover cover) {
    }

    /**
     * The school of the caller's county (404 SCHOOL_REGISTERED otherwise) with its regulation's
     * versions and its running assignments, hosted and away, in one statement: one row per version
     * (one without a version when none is known), the assignments as subqueries on the schools'
     * indexes of running covers.
     */
    public SchoolFacts schoolFacts(String countyId, String schoolId) {
        List<Object[]> rows = em.createQuery("""
                        select s, r,
                               (select coalesce(sum(c.share), 0.0) from PostCover c
                                 where c.hostSchoolId = s.id and c.endedOn is null),
                               (select count(c) from PostCover c where c.hostSchoolId = s.id and c.endedOn is null),
                               (select count(c) from PostCover c where c.homeSchoolId = s.id and c.endedOn is null)
                          from KnownSchool s left join KnownRegulation r on r.schoolId = s.id
                         where s.id = :school""", Object[].class)
                .setParameter("school", schoolId)
                .getResultList();
        KnownSchool school = rows.isEmpty() ? null : (KnownSchool) rows.get(0)[0];
        SchoolDirectory.requireVisible(school, countyId, schoolId);
        List<KnownRegulation> regulations = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                regulations.add((KnownRegulation) row[1]);
            }
        }
        Object[] first = rows.get(0);
        CoverService.SchoolCover cover = new CoverService.SchoolCover(((Number) first[2]).doubleValue(),
                ((Number) first[3]).intValue(), ((Number) first[4]).intValue());
        return new SchoolFacts(school, regulations, cover);
    }
}
