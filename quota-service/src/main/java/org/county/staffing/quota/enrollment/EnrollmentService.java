package org.county.staffing.quota.enrollment;

import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.county.staffing.contracts.quota.EnrollmentReported;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.context.CurrentEventContext;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.persistence.StoredJson;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolService;
import org.county.staffing.quota.school.Stage;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/** Enrollment per school, school year and stage, as the education bureau reports it. */
@ApplicationScoped
public class EnrollmentService {

    @Inject
    PlatformClock clock;

    private static final TypeReference<Map<Stage, Integer>> STAGE_COUNTS = new TypeReference<>() {
    };

    @Inject
    SchoolService schools;

    @Inject
    Outbox outbox;

    @Inject
    CurrentEventContext context;

    @Transactional
    public EnrollmentView report(String countyId, String schoolId, SchoolYear year, JsonNode body) {
        School school = schools.get(countyId, schoolId);
        // one report at a time per school, so revisions count up without gaps or duplicates
        School.getEntityManager().lock(school, LockModeType.PESSIMISTIC_WRITE);
        school.requireActive();
        Enrollment enrollment = EnrollmentRules.read(body, school.stages);
        int revision = EnrollmentReport.<EnrollmentReport>find("schoolId = ?1 and schoolYear = ?2 order by revision desc",
                schoolId, year.toString()).firstResultOptional().map(r -> r.revision + 1).orElse(1);
        EnrollmentReport report = new EnrollmentReport();
        report.id = UUID.randomUUID();
        report.countyId = countyId;
        report.schoolId = schoolId;
        report.schoolYear = year.toString();
        report.revision = revision;
        report.students = write(enrollment.students());
        report.classes = enrollment.classes().isEmpty() ? null : write(enrollment.classes());
        report.totalStudents = enrollment.totalStudents();
        report.reportedBy = context.get().actor();
        report.reportedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        report.persist();
        EnrollmentView view = view(report);
        outbox.append(EnrollmentReported.TYPE, "school", schoolId, countyId, new EnrollmentReported(view.schoolId(),
                view.schoolYear(), byName(view.students()), view.classes() == null ? null : byName(view.classes()),
                view.totalStudents(), view.revision(), view.reportedBy(), view.reportedAt()));
        return view;
    }

    private static java.util.Map<String, Integer> byName(java.util.Map<Stage, Integer> byStage) {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        byStage.forEach((stage, count) -> out.put(stage.name(), count));
        return out;
    }

    public EnrollmentView get(String countyId, String schoolId, SchoolYear year) {
        schools.get(countyId, schoolId);
        return latest(schoolId, year).map(this::view).orElseThrow(() -> RuleViolation.notFound("ENROLLMENT_REPORTED", "schoolYear",
                new Reason("no enrollment of school " + schoolId + " is reported for " + year,
                        "学校 " + schoolId + " 尚未填报 " + year + " 学年的在校生数")));
    }

    public List<EnrollmentView> history(String countyId, String schoolId) {
        schools.get(countyId, schoolId);
        return EnrollmentReport.<EnrollmentReport>list("schoolId = ?1 order by schoolYear, revision", schoolId)
                .stream().map(this::view).toList();
    }

    public Optional<EnrollmentReport> latest(String schoolId, SchoolYear year) {
        return EnrollmentReport.<EnrollmentReport>find("schoolId = ?1 and schoolYear = ?2 order by revision desc",
                schoolId, year.toString()).firstResultOptional();
    }

    public Enrollment enrollment(EnrollmentReport report) {
        return new Enrollment(read(report.students), report.classes == null ? Map.of() : read(report.classes));
    }

    EnrollmentView view(EnrollmentReport r) {
        Enrollment e = enrollment(r);
        return new EnrollmentView(r.schoolId, r.schoolYear, e.students(), e.classes(), r.totalStudents, r.revision,
                r.reportedBy, r.reportedAt);
    }

    private static String write(Map<Stage, Integer> counts) {
        return StoredJson.write(counts);
    }

    private static Map<Stage, Integer> read(String json) {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        counts.putAll(StoredJson.read(json, STAGE_COUNTS));
        return counts;
    }
}
