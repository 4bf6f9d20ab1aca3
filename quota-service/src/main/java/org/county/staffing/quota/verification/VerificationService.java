package org.county.staffing.quota.verification;

import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.county.staffing.contracts.quota.VerificationApproved;
import org.county.staffing.backbone.persistence.StoredJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.context.CurrentEventContext;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.config.QuotaConfig;
import org.county.staffing.quota.enrollment.Enrollment;
import org.county.staffing.quota.enrollment.EnrollmentService;
import org.county.staffing.quota.enrollment.EnrollmentReport;
import org.county.staffing.quota.ledger.EntryKind;
import org.county.staffing.quota.ledger.Ledger;
import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.ledger.PoolAccount;
import org.county.staffing.quota.ledger.QuotaFloor;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolService;
import org.county.staffing.quota.school.SchoolStatus;
import org.county.staffing.quota.school.Stage;
import org.county.staffing.quota.standard.QuotaFormula;
import org.county.staffing.quota.standard.Requirement;
import org.county.staffing.quota.standard.StageRequirement;
import org.county.staffing.quota.standard.StandardService;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Quota verification (核定): proposes each school's quota from its enrollment and the standards in
 * force at the start of the school year, shares a pool that cannot cover every requirement by
 * {@link ShortfallPriority}, and on approval writes VERIFICATION entries that set each school to
 * its approved quota.
 */
@ApplicationScoped
public class VerificationService {

    @Inject
    PlatformClock clock;

    public static final String SELECTED_TRIENNIAL = "TRIENNIAL";
    public static final String SELECTED_ENROLLMENT_CHANGED = "ENROLLMENT_CHANGED";
    public static final String SELECTED_NAMED = "NAMED";
    private static final TypeReference<List<StageRequirement>> STAGES = new TypeReference<>() {
    };

    @Inject
    QuotaConfig config;

    @Inject
    SchoolService schools;

    @Inject
    EnrollmentService enrollments;

    @Inject
    StandardService standards;

    @Inject
    Ledger ledger;

    @Inject
    QuotaFloor quotaFloor;

    @Inject
    Outbox outbox;

    @Inject
    CurrentEventContext context;


    @Transactional
    public VerificationView propose(String countyId, VerificationRequest request) {
        SchoolYear year = SchoolYear.parse(request.schoolYear());
        Pool pool = request.pool() == null ? Pool.K12 : request.pool();
        VerificationRules.requireSchoolPool(pool);
        if (request.kind() == VerificationKind.TRIENNIAL) {
            if (request.schoolIds() != null && !request.schoolIds().isEmpty()) {
                throw RuleViolation.unprocessable("TRIENNIAL_COVERS_ALL", "schoolIds", new Reason(
                        "a TRIENNIAL verification covers every school of the pool; name schools only for an ANNUAL one",
                        "三年一次的核定覆盖编制池内全部学校；只有年度微调才可指定学校"));
            }
            VerificationRules.requireCycleOpen(year, lastTriennial(countyId, pool), config.verification().triennialCycleYears(),
                    request.overrideReason());
        }
        Map<String, EnrollmentReport> reports = latestReports(countyId, year);
        List<Selected> selected = request.kind() == VerificationKind.TRIENNIAL
                ? triennialSchools(countyId, pool, reports)
                : annualSchools(countyId, pool, reports, request.schoolIds());
        if (selected.isEmpty()) {
            throw RuleViolation.unprocessable("VERIFICATION_NOT_EMPTY", request.kind() == VerificationKind.ANNUAL ? "schoolIds" : "pool",
                    new Reason("no school of pool " + pool + " needs verifying for " + year
                            + (request.kind() == VerificationKind.ANNUAL ? " (no enrollment changed beyond the threshold)" : ""),
                            year + " 学年 " + pool + " 编制池没有需要核定的学校"));
        }

        QuotaFormula formula = standards.formula(countyId, year.startsOn());
        PoolAccount account = ledger.account(countyId, pool);
        Map<String, Integer> balances = ledger.balances(countyId, pool);
        Set<String> covered = new HashSet<>();
        selected.forEach(s -> covered.add(s.school().id));
        int othersAllocated = balances.entrySet().stream().filter(e -> !covered.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        // a county with its own totals opens a pool at its first verification: at what its enrollment requires
        boolean opensPool = ledger.totalFromFirstVerification(countyId, pool);
        int capacity = opensPool ? Integer.MAX_VALUE : Math.max(0, account.total() - othersAllocated);

        Map<String, Requirement> requirements = new HashMap<>();
        List<ShortfallPriority.Claim> claims = new ArrayList<>();
        for (Selected s : selected) {
            Enrollment enrollment = enrollments.enrollment(s.report());
            Requirement requirement = formula.compute(s.school().location, enrollment.students(), enrollment.classes());
            requirements.put(s.school().id, requirement);
            claims.add(new ShortfallPriority.Claim(s.school().id, requirement.required(), requirement.floorMinimum(), s.school().location));
        }
        Map<String, Integer> proposed = ShortfallPriority.allocate(claims, capacity);

        Verification v = new Verification();
        v.id = UUID.randomUUID();
        v.countyId = countyId;
        v.pool = pool;
        v.schoolYear = year.toString();
        v.kind = request.kind();
        v.status = VerificationStatus.PROPOSED;
        v.overrideReason = blankToNull(request.overrideReason());
        v.standardsOn = year.startsOn();
        v.rounding = standards.rounding();
        if (opensPool) {
            capacity = requirements.values().stream().mapToInt(Requirement::required).sum();
        }
        v.poolTotal = opensPool ? capacity : account.total();
        v.capacity = capacity;
        v.proposedBy = context.get().actor();
        v.proposedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        for (Selected s : selected) {
            Requirement requirement = requirements.get(s.school().id);
            VerificationLine line = new VerificationLine();
            line.id = UUID.randomUUID();
            line.verification = v;
            line.schoolId = s.school().id;
            line.selection = s.selection();
            line.enrollmentRevision = s.report().revision;
            line.totalStudents = s.report().totalStudents;
            line.basisStudents = s.basisStudents();
            line.stages = StoredJson.write(requirement.stages());
            line.exact = requirement.exact();
            line.required = requirement.required();
            line.floorMinimum = requirement.floorMinimum();
            line.current = balances.getOrDefault(s.school().id, 0);
            line.proposed = proposed.get(s.school().id);
            line.delta = line.proposed - line.current;
            line.rule = requirement.rule() + (line.proposed < line.required ? "+" + ShortfallPriority.RULE : "");
            v.lines.add(line);
        }
        v.lines.sort(Comparator.comparing(l -> l.schoolId));
        v.requiredTotal = v.lines.stream().mapToInt(l -> l.required).sum();
        v.proposedTotal = v.lines.stream().mapToInt(l -> l.proposed).sum();
        v.poolShortfall = Math.max(0, v.requiredTotal - capacity);
        v.persist();
        return view(v);
    }

    /**
     * Approves a proposal: under the pool's lock, each school is set to its proposed quota by one
     * VERIFICATION entry (decreases first, so the pool is never over-allocated between entries).
     * A proposal the ledger has moved past (a school merged, the pool changed) is stale.
     */
    @Transactional
    public VerificationView approve(String countyId, UUID id) {
        Verification v = find(countyId, id);
        if (ledger.totalFromFirstVerification(countyId, v.pool)) {
            ledger.lock(countyId, v.pool, v.proposedTotal, "opening total of pool " + v.pool + " computed from enrollment by the first "
                    + v.kind + " verification " + v.schoolYear, v.id.toString());
        } else {
            ledger.lock(countyId, v.pool);
        }
        Verification.getEntityManager().lock(v, LockModeType.PESSIMISTIC_WRITE);
        Verification.getEntityManager().refresh(v);
        if (v.status != VerificationStatus.PROPOSED) {
            throw RuleViolation.conflict("VERIFICATION_DECIDED", "verificationId", new Reason(
                    "verification " + id + " is " + v.status + "; only a PROPOSED verification can be approved",
                    "该核定方案状态为 " + v.status + "，只有待审批的方案可以批准"));
        }
        if (v.kind == VerificationKind.TRIENNIAL) {
            VerificationRules.requireCycleOpen(SchoolYear.parse(v.schoolYear), lastTriennial(countyId, v.pool),
                    config.verification().triennialCycleYears(), v.overrideReason);
        }
        PoolAccount account = ledger.account(countyId, v.pool);
        Map<String, Integer> balances = ledger.balances(countyId, v.pool);
        Set<String> covered = new HashSet<>();
        for (VerificationLine line : v.lines) {
            covered.add(line.schoolId);
            School school = School.findById(line.schoolId);
            if (school.status != SchoolStatus.ACTIVE) {
                throw stale(v, "school " + line.schoolId + " was merged since the proposal",
                        "学校 " + line.schoolId + " 在方案提出后已被合并");
            }
        }
        int othersAllocated = balances.entrySet().stream().filter(e -> !covered.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        if (othersAllocated + v.proposedTotal > account.total()) {
            throw stale(v, "pool " + v.pool + " can now give " + Math.max(0, account.total() - othersAllocated)
                            + ", less than the proposed " + v.proposedTotal,
                    v.pool + " 编制池现仅能提供 " + Math.max(0, account.total() - othersAllocated) + " 名，少于方案的 " + v.proposedTotal + " 名");
        }
        List<VerificationApproved.School> approved = new ArrayList<>();
        List<VerificationLine> ordered = new ArrayList<>(v.lines);
        ordered.sort(Comparator.comparingInt((VerificationLine l) -> l.proposed - balances.getOrDefault(l.schoolId, 0))
                .thenComparing(l -> l.schoolId));
        for (VerificationLine line : ordered) {
            // no school is verified under the leadership posts its regulation approves (checked before anything is written)
            int previous = balances.getOrDefault(line.schoolId, 0);
            quotaFloor.requireCovered(countyId, line.schoolId, previous, line.proposed - previous, "lines[" + line.schoolId + "].proposed");
        }
        for (VerificationLine line : ordered) {
            int previous = balances.getOrDefault(line.schoolId, 0);
            int delta = line.proposed - previous;
            if (delta != 0) {
                ledger.append(countyId, v.pool, line.schoolId, EntryKind.VERIFICATION, delta,
                        v.kind + " verification " + v.schoolYear + ": required " + line.required + ", approved " + line.proposed
                                + " (" + line.rule + ")",
                        v.id.toString(), null, null);
            }
            approved.add(new VerificationApproved.School(line.schoolId, line.required, previous, line.proposed, delta));
        }
        approved.sort(Comparator.comparing(VerificationApproved.School::schoolId));
        v.status = VerificationStatus.APPROVED;
        v.decidedBy = context.get().actor();
        v.decidedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        Verification.update("status = ?1 where countyId = ?2 and pool = ?3 and status = ?4 and id <> ?5",
                VerificationStatus.SUPERSEDED, countyId, v.pool, VerificationStatus.PROPOSED, v.id);
        outbox.append(VerificationApproved.TYPE, "verification", v.id.toString(), countyId,
                new VerificationApproved(v.id, countyId, v.schoolYear, v.kind.name(), v.pool.name(), approved, v.poolShortfall));
        return view(v);
    }

    public VerificationView get(String countyId, UUID id) {
        return view(find(countyId, id));
    }

    public List<VerificationView> list(String countyId, SchoolYear schoolYear, VerificationStatus status) {
        StringBuilder query = new StringBuilder("countyId = :county");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("county", countyId);
        if (schoolYear != null) {
            query.append(" and schoolYear = :year");
            params.and("year", schoolYear.toString());
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return Verification.<Verification>list(query + " order by proposedAt desc", params).stream().map(this::view).toList();
    }

    private Verification find(String countyId, UUID id) {
        Verification v = Verification.findById(id);
        if (v == null || !v.countyId.equals(countyId)) {
            throw RuleViolation.notFound("VERIFICATION_EXISTS", "verificationId", new Reason(
                    "no verification " + id + " in this county", "本县没有编号为 " + id + " 的编制核定"));
        }
        return v;
    }

    private Optional<SchoolYear> lastTriennial(String countyId, Pool pool) {
        return Verification.<Verification>find("countyId = ?1 and pool = ?2 and kind = ?3 and status = ?4 order by schoolYear desc",
                        countyId, pool, VerificationKind.TRIENNIAL, VerificationStatus.APPROVED)
                .firstResultOptional().map(v -> SchoolYear.parse(v.schoolYear));
    }

    private Map<String, EnrollmentReport> latestReports(String countyId, SchoolYear year) {
        @SuppressWarnings("unchecked")
        List<EnrollmentReport> reports = EnrollmentReport.getEntityManager().createNativeQuery("""
                        select distinct on (school_id) * from enrollment_report
                        where county_id = ?1 and school_year = ?2
                        order by school_id, revision desc""", EnrollmentReport.class)
                .setParameter(1, countyId).setParameter(2, year.toString()).getResultList();
        Map<String, EnrollmentReport> out = new HashMap<>();
        reports.forEach(r -> out.put(r.schoolId, r));
        return out;
    }

    /** Rule ENROLLMENT_REPORTED: every school of a TRIENNIAL verification has its enrollment reported. */
    private List<Selected> triennialSchools(String countyId, Pool pool, Map<String, EnrollmentReport> reports) {
        List<School> poolSchools = activeSchools(countyId, pool);
        List<String> missing = poolSchools.stream().map(s -> s.id).filter(id -> !reports.containsKey(id)).sorted().toList();
        if (!missing.isEmpty()) {
            throw missingEnrollment(missing, "schoolYear");
        }
        return poolSchools.stream().map(s -> new Selected(s, reports.get(s.id), SELECTED_TRIENNIAL, basis(s.id))).toList();
    }

    private List<Selected> annualSchools(String countyId, Pool pool, Map<String, EnrollmentReport> reports, List<String> named) {
        List<Selected> out = new ArrayList<>();
        if (named != null && !named.isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (String id : new LinkedHashSet<>(named)) {
                School school;
                try {
                    school = schools.get(countyId, id);
                    school.requireActive();
                } catch (RuleViolation e) {
                    throw new RuleViolation(e.status(), e.rule(), "schoolIds", e.violations().get(0).reason());
                }
                if (school.pool() != pool) {
                    throw RuleViolation.unprocessable("VERIFICATION_POOL", "schoolIds", new Reason(
                            "school " + id + " draws on pool " + school.pool() + ", not " + pool,
                            "学校 " + id + " 属于 " + school.pool() + " 编制池，而非 " + pool));
                }
                if (!reports.containsKey(id)) {
                    missing.add(id);
                } else {
                    out.add(new Selected(school, reports.get(id), SELECTED_NAMED, basis(id)));
                }
            }
            if (!missing.isEmpty()) {
                throw missingEnrollment(missing, "schoolIds");
            }
            return out;
        }
        for (School school : activeSchools(countyId, pool)) {
            EnrollmentReport report = reports.get(school.id);
            if (report == null) {
                continue;
            }
            Integer basis = basis(school.id);
            if (VerificationRules.changedBeyond(config.verification().annualChangeThreshold(), basis, report.totalStudents)) {
                out.add(new Selected(school, report, SELECTED_ENROLLMENT_CHANGED, basis));
            }
        }
        return out;
    }

    /** The students the school's quota was last verified on (null if never). */
    private Integer basis(String schoolId) {
        return VerificationLine.<VerificationLine>find(
                        "schoolId = ?1 and verification.status = ?2 order by verification.decidedAt desc, verification.schoolYear desc",
                        schoolId, VerificationStatus.APPROVED)
                .firstResultOptional().map(l -> l.totalStudents).orElse(null);
    }

    private List<School> activeSchools(String countyId, Pool pool) {
        return School.<School>list("countyId = ?1 and status = ?2 order by id", countyId, SchoolStatus.ACTIVE).stream()
                .filter(s -> s.pool() == pool && !s.stages.isEmpty()).toList();
    }

    private static RuleViolation missingEnrollment(List<String> missing, String field) {
        String shown = missing.size() > 20 ? missing.subList(0, 20) + " and " + (missing.size() - 20) + " more" : missing.toString();
        return RuleViolation.unprocessable("ENROLLMENT_REPORTED", field, new Reason(
                missing.size() + " school(s) have no enrollment reported for the school year: " + shown,
                missing.size() + " 所学校尚未填报该学年的在校生数：" + shown));
    }

    private static RuleViolation stale(Verification v, String en, String zh) {
        return RuleViolation.conflict("VERIFICATION_STALE", "verificationId", new Reason(
                "verification " + v.id + " is out of date: " + en + "; propose it again",
                "编制核定方案已过时：" + zh + "；请重新提出方案"));
    }

    VerificationView view(Verification v) {
        Map<Stage, BigDecimal> ratios = new EnumMap<>(Stage.class);
        List<VerificationView.Line> lines = new ArrayList<>();
        for (VerificationLine l : v.lines) {
            List<StageRequirement> stages = StoredJson.read(l.stages, STAGES);
            stages.forEach(s -> ratios.put(s.stage(), s.studentsPerStaff()));
            lines.add(new VerificationView.Line(l.schoolId, l.selection, l.enrollmentRevision, l.totalStudents, l.basisStudents,
                    stages, l.exact, l.required, l.floorMinimum, l.current, l.proposed, l.delta, l.rule, v.rounding));
        }
        return new VerificationView(v.id, v.countyId, v.pool, v.schoolYear, v.kind, v.status, v.overrideReason, v.standardsOn,
                ratios, v.rounding, ShortfallPriority.RULE, v.poolTotal, v.capacity, v.requiredTotal, v.proposedTotal,
                v.poolShortfall, v.proposedBy, v.proposedAt, v.decidedBy, v.decidedAt, lines);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private record Selected(School school, EnrollmentReport report, String selection, Integer basisStudents) {
    }
}
