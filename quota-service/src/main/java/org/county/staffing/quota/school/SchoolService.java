package org.county.staffing.quota.school;

import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.county.staffing.contracts.quota.SchoolRegistered;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** The county's register of schools and institutions. */
@ApplicationScoped
public class SchoolService {

    @Inject
    PlatformClock clock;

    @Inject
    Outbox outbox;

    @Transactional
    public School register(String countyId, SchoolRegistration registration) {
        StageRules.requireStagesFit(registration.kind(), registration.stages());
        // two registrations of one id at once: the second waits and is then told it exists (409, not a key violation)
        School.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "school:" + registration.id()).getSingleResult();
        if (School.findById(registration.id()) != null) {
            throw RuleViolation.conflict("SCHOOL_ID_UNIQUE", "id", new Reason(
                    "school " + registration.id() + " is already registered",
                    "学校 " + registration.id() + " 已登记"));
        }
        School school = new School();
        school.id = registration.id();
        school.countyId = countyId;
        school.name = registration.name().trim();
        school.kind = registration.kind();
        school.stages = registration.stages().isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(registration.stages());
        school.location = registration.location();
        school.district = registration.district().trim();
        school.registeredAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        school.persist();
        SchoolView view = SchoolView.of(school);
        outbox.append(SchoolRegistered.TYPE, "school", school.id, countyId, new SchoolRegistered(view.schoolId(), view.countyId(),
                view.name(), view.kind().name(), view.stages().stream().map(Enum::name).toList(), view.location().name(),
                view.district(), view.pool().name(), view.status().name(), view.mergedInto(), view.registeredAt()));
        return school;
    }

    /** The school of the caller's county, or 404 (another county's school is not shown to exist). */
    public School get(String countyId, String schoolId) {
        School school = School.findById(schoolId);
        if (school == null || !school.countyId.equals(countyId)) {
            throw RuleViolation.notFound("SCHOOL_EXISTS", "schoolId", new Reason(
                    "no school " + schoolId + " is registered in this county",
                    "本县未登记学校 " + schoolId));
        }
        return school;
    }

    /** The county's schools in id order, each with its stages, read in one statement. */
    public List<School> list(String countyId, String district, SchoolKind kind) {
        StringBuilder query = new StringBuilder("select s from School s left join fetch s.stages where s.countyId = :county");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("county", countyId);
        if (district != null && !district.isBlank()) {
            query.append(" and s.district = :district");
            params.and("district", district);
        }
        if (kind != null) {
            query.append(" and s.kind = :kind");
            params.and("kind", kind);
        }
        return School.<School>list(query + " order by s.id", params);
    }
}
