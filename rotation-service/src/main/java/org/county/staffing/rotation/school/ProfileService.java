package org.county.staffing.rotation.school;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.contracts.rotation.SchoolProfileUpdated;
import org.county.staffing.rotation.planner.model.Grade;
import org.county.staffing.rotation.staffing.KnownSchool;
import org.county.staffing.rotation.staffing.StaffingService;

/** School profiles: the tier the education bureau sets, with the suggestion from evaluations. */
@ApplicationScoped
public class ProfileService {

    @Inject
    PlatformClock clock;

    @Inject
    StaffingService staffing;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    TierSuggestion suggestion = TierSuggestion.defaults();

    @Transactional
    public ProfileView put(String countyId, String schoolId, ProfileRequest request) {
        KnownSchool school = staffing.school(countyId, schoolId);
        SchoolProfile profile = SchoolProfile.findById(schoolId);
        if (profile == null) {
            profile = new SchoolProfile();
            profile.schoolId = schoolId;
            profile.countyId = countyId;
        }
        profile.tier = request.tier();
        profile.latitude = request.latitude();
        profile.longitude = request.longitude();
        profile.updatedAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        profile.updatedBy = caller.actor();
        profile.persist();
        UUID community = communityOf(schoolId);
        outbox.append(SchoolProfileUpdated.TYPE, "school", schoolId,
                new SchoolProfileUpdated(schoolId, profile.tier.name(), profile.latitude, profile.longitude, community));
        return view(school, profile);
    }

    public ProfileView get(String countyId, String schoolId) {
        KnownSchool school = staffing.school(countyId, schoolId);
        return view(school, SchoolProfile.findById(schoolId));
    }

    /** Publishes the profile again after its community changed. */
    public void communityChanged(String schoolId) {
        SchoolProfile profile = SchoolProfile.findById(schoolId);
        if (profile != null) {
            outbox.append(SchoolProfileUpdated.TYPE, "school", schoolId,
                    new SchoolProfileUpdated(schoolId, profile.tier.name(), profile.latitude, profile.longitude, communityOf(schoolId)));
        }
    }

    public UUID communityOf(String schoolId) {
        List<?> rows = em.createNativeQuery("select community_id from community_member where school_id = ?1")
                .setParameter(1, schoolId).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    private ProfileView view(KnownSchool school, SchoolProfile profile) {
        return new ProfileView(school.id, school.name, profile == null ? null : profile.tier, suggest(school.id),
                school.location, school.district, communityOf(school.id), profile == null ? null : profile.latitude,
                profile == null ? null : profile.longitude, profile == null ? null : profile.updatedAt,
                profile == null ? null : profile.updatedBy);
    }

    /** The suggestion from the current evaluations of the latest school year evaluated at the school. */
    TierSuggestion.Suggestion suggest(String schoolId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select e.school_year, e.grade, e.score from evaluation e
                        where e.school_id = ?1
                          and e.school_year = (select max(school_year) from evaluation where school_id = ?1)
                          and e.version = (select max(version) from evaluation x
                                           where x.teacher_id = e.teacher_id and x.school_year = e.school_year)""")
                .setParameter(1, schoolId).getResultList();
        String year = rows.isEmpty() ? null : (String) rows.get(0)[0];
        return suggestion.suggest(year, rows.stream()
                .map(r -> new TierSuggestion.Scored(Grade.valueOf((String) r[1]), (java.math.BigDecimal) r[2])).toList());
    }
}
