package org.county.staffing.post.vacancy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.post.assignment.CoverService;
import org.county.staffing.post.post.PostStatus;
import org.county.staffing.post.school.Location;
import org.county.staffing.post.school.SchoolStatus;

/**
 * The county's vacant posts at active schools: what the education bureau recruits for and rotation
 * planning moves teachers into. Frozen posts are not vacancies.
 */
@ApplicationScoped
public class VacancyService {

    @Inject
    EntityManager em;

    @Inject
    CoverService covers;

    public record Filter(String schoolId, String subject, PostCategory category, Location location, String district) {
    }

    public List<VacancyView> find(String countyId, Filter filter) {
        StringBuilder jpql = new StringBuilder("""
                select new org.county.staffing.post.vacancy.VacancyView(
                       p.id, s.id, s.name, s.location, s.district, p.category, p.subject, p.level, p.changedAt)
                  from Post p, KnownSchool s
                 where s.id = p.schoolId and p.countyId = :county and s.countyId = :county
                   and p.status = :vacant and s.status = :active and s.registered = true""");
        if (filter.schoolId() != null) {
            jpql.append(" and s.id = :school");
        }
        if (filter.subject() != null) {
            jpql.append(" and p.subject = :subject");
        }
        if (filter.category() != null) {
            jpql.append(" and p.category = :category");
        }
        if (filter.location() != null) {
            jpql.append(" and s.location = :location");
        }
        if (filter.district() != null) {
            jpql.append(" and s.district = :district");
        }
        jpql.append(" order by s.id, p.category, p.subject, p.establishedSeq");
        TypedQuery<VacancyView> query = em.createQuery(jpql.toString(), VacancyView.class)
                .setParameter("county", countyId)
                .setParameter("vacant", PostStatus.VACANT)
                .setParameter("active", SchoolStatus.ACTIVE);
        if (filter.schoolId() != null) {
            query.setParameter("school", filter.schoolId());
        }
        if (filter.subject() != null) {
            query.setParameter("subject", filter.subject());
        }
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (filter.location() != null) {
            query.setParameter("location", filter.location().name());
        }
        if (filter.district() != null) {
            query.setParameter("district", filter.district());
        }
        List<VacancyView> found = query.getResultList();
        Map<UUID, Double> covered = covers.coveredShares(found.stream().map(VacancyView::postId).toList());
        return found.stream().map(v -> v.covered(covered.getOrDefault(v.postId(), 0.0))).toList();
    }
}
