package org.county.staffing.quota.inspection;

import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.county.staffing.contracts.quota.FindingRectified;
import org.county.staffing.contracts.quota.FindingRaised;
import org.county.staffing.contracts.quota.FindingClosed;
import org.county.staffing.contracts.quota.FindingOverdue;
import org.county.staffing.contracts.LocalizedText;
import org.county.staffing.backbone.persistence.StoredJson;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.context.CurrentEventContext;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.CountyCalendar;
import org.county.staffing.quota.config.QuotaConfig;
import org.county.staffing.quota.ledger.Ledger;
import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.regulation.RegulationService;
import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolService;
import org.county.staffing.quota.school.SchoolStatus;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.panache.common.Parameters;

/**
 * Special inspections (專項督查): runs {@link InspectionRules} over the ledger and the usage read
 * model, records new findings (each announced as {@code quota.finding.raised.v1}) and follows them
 * through rectification to closure. An irregularity still open from an earlier inspection is
 * reported again as recurring, not raised twice.
 */
@ApplicationScoped
public class InspectionService {

    @Inject
    PlatformClock clock;

    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    SchoolService registry;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    CurrentEventContext context;

    @Inject
    CountyCalendar calendar;

    @Inject
    QuotaConfig config;

    @Inject
    RegulationService regulations;


    @Transactional
    public InspectionView run(String countyId, Requests.InspectionRequest request) {
        // one inspection of a county at a time, so an irregularity is raised once even by simultaneous runs
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "inspection:" + countyId).getSingleResult();
        String district = request == null || request.district() == null || request.district().isBlank() ? null : request.district().trim();
        List<String> named = request == null || request.schoolIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.schoolIds()));
        List<School> schools;
        if (!named.isEmpty()) {
            schools = new ArrayList<>();
            for (String id : named) {
                try {
                    schools.add(registry.get(countyId, id));
                } catch (RuleViolation e) {
                    throw RuleViolation.notFound(e.rule(), "schoolIds", e.violations().get(0).reason());
                }
            }
        } else {
            schools = School.<School>list(district == null ? "countyId = ?1 order by id" : "countyId = ?1 and district = ?2 order by id",
                    district == null ? new Object[] {countyId} : new Object[] {countyId, district});
        }
        LocalDate today = calendar.today();
        List<InspectionRules.Detected> detected = detect(countyId, schools, today);

        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.countyId = countyId;
        inspection.district = district;
        inspection.schoolIds = named.isEmpty() ? null : String.join(",", named);
        inspection.note = request == null || request.note() == null || request.note().isBlank() ? null : request.note().trim();
        inspection.inspectedOn = today;
        inspection.schoolsInspected = schools.size();
        inspection.runBy = context.get().actor();
        inspection.runAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        Set<Department> departments = JointInspectionRules.participants(request == null ? null : request.departments());
        inspection.departments = departments.stream().map(Department::name).collect(Collectors.joining(","));
        inspection.rectificationDays = request == null || request.rectificationDays() == null
                ? config.inspection().rectificationDays() : request.rectificationDays();
        inspection.persist();

        List<FindingView> findings = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (InspectionRules.Detected d : detected) {
            if (!seen.add(d.fingerprint())) {
                continue;
            }
            Optional<Finding> open = Finding.<Finding>find("countyId = ?1 and fingerprint = ?2 and status <> ?3",
                    countyId, d.fingerprint(), FindingStatus.CLOSED).firstResultOptional();
            Finding finding = open.orElseGet(() -> raise(countyId, inspection, departments, d));
            em.createNativeQuery("insert into inspection_finding (inspection_id, finding_id, recurring) values (?1, ?2, ?3)")
                    .setParameter(1, inspection.id).setParameter(2, finding.id).setParameter(3, open.isPresent()).executeUpdate();
            findings.add(view(finding, open.isPresent()));
        }
        return view(inspection, findings);
    }

    public InspectionView get(String countyId, UUID id) {
        Inspection inspection = Inspection.findById(id);
        if (inspection == null || !inspection.countyId.equals(countyId)) {
            throw RuleViolation.notFound("INSPECTION_EXISTS", "inspectionId", new Reason(
                    "no inspection " + id + " in this county", "本县没有编号为 " + id + " 的专项督查"));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> links = em.createNativeQuery("""
                        select l.finding_id, l.recurring from inspection_finding l join finding f on f.id = l.finding_id
                        where l.inspection_id = ?1 order by f.school_id, f.kind, f.rule, f.raised_at""")
                .setParameter(1, id).getResultList();
        List<FindingView> findings = new ArrayList<>();
        for (Object[] link : links) {
            findings.add(view(Finding.findById(link[0]), (Boolean) link[1]));
        }
        return view(inspection, findings);
    }

    public List<InspectionView> list(String countyId) {
        return Inspection.<Inspection>list("countyId = ?1 order by runAt desc", countyId).stream()
                .map(i -> get(countyId, i.id)).toList();
    }

    public FindingView finding(String countyId, UUID id) {
        return view(find(countyId, id), null);
    }

    public List<FindingView> findings(String countyId, FindingStatus status, String schoolId, FindingKind kind) {
        StringBuilder query = new StringBuilder("countyId = :county");
        Parameters params = Parameters.with("county", countyId);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (schoolId != null && !schoolId.isBlank()) {
            query.append(" and schoolId = :school");
            params.and("school", schoolId.trim());
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.and("kind", kind);
        }
        return Finding.<Finding>list(query + " order by raisedAt, schoolId", params).stream().map(f -> view(f, null)).toList();
    }

    /** Rule FINDING_LIFECYCLE: only an OPEN finding is rectified. */
    @Transactional
    public FindingView rectify(String countyId, UUID id, String note) {
        Finding finding = find(countyId, id);
        em.lock(finding, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(finding, FindingStatus.OPEN, "rectified");
        finding.status = FindingStatus.RECTIFIED;
        finding.rectificationNote = note.trim();
        finding.rectifiedBy = context.get().actor();
        finding.rectifiedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        outbox.append(FindingRectified.TYPE, "finding", finding.id.toString(), countyId,
                new FindingRectified(finding.id, finding.status.name(), finding.rectificationNote, finding.kind.name(), finding.rule,
                        finding.schoolId));
        return view(finding, null);
    }

    /**
     * Rules FINDING_LIFECYCLE and FINDING_RESOLVED: a RECTIFIED finding is closed only when the
     * school, inspected again now, no longer shows the same irregularity.
     */
    @Transactional
    public FindingView close(String countyId, UUID id, String note) {
        Finding finding = find(countyId, id);
        em.lock(finding, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(finding, FindingStatus.RECTIFIED, "closed");
        School school = School.findById(finding.schoolId);
        boolean persists = detect(countyId, List.of(school), calendar.today()).stream()
                .anyMatch(d -> d.fingerprint().equals(finding.fingerprint));
        if (persists) {
            throw RuleViolation.conflict("FINDING_RESOLVED", "findingId", new Reason(
                    "inspected again, school " + finding.schoolId + " still shows the irregularity: " + finding.descriptionEn,
                    "复查发现学校 " + finding.schoolId + " 的问题仍然存在：" + finding.descriptionZh));
        }
        finding.status = FindingStatus.CLOSED;
        finding.closingNote = note.trim();
        finding.closedBy = context.get().actor();
        finding.closedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        outbox.append(FindingClosed.TYPE, "finding", finding.id.toString(), countyId,
                new FindingClosed(finding.id, finding.status.name(), finding.closingNote, finding.kind.name(), finding.rule,
                        finding.schoolId));
        return view(finding, null);
    }

    private Finding raise(String countyId, Inspection inspection, Set<Department> departments, InspectionRules.Detected d) {
        UUID inspectionId = inspection.id;
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.countyId = countyId;
        finding.inspectionId = inspectionId;
        finding.kind = d.kind();
        finding.rule = d.rule();
        finding.schoolId = d.schoolId();
        finding.evidence = StoredJson.write(d.evidence());
        finding.descriptionEn = d.description().en();
        finding.descriptionZh = d.description().zh();
        finding.fingerprint = d.fingerprint();
        finding.status = FindingStatus.OPEN;
        finding.raisedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        finding.responsibleDepartment = JointInspectionRules.responsible(d.kind(), departments);
        finding.rectificationDue = JointInspectionRules.due(inspection.inspectedOn, inspection.rectificationDays);
        finding.persist();
        outbox.append(FindingRaised.TYPE, "finding", finding.id.toString(), countyId,
                new FindingRaised(finding.id, inspectionId, d.kind().name(), d.rule(), d.schoolId(),
                        d.evidence().stream().map(e -> new FindingRaised.Evidence(e.type(), e.id())).toList(),
                        new LocalizedText(d.description().en(), d.description().zh()), FindingStatus.OPEN.name(), countyId));
        return finding;
    }

    /** Every finding at the inspected schools: the ledger and usage rules, and the leadership posts against the regulations. */
    List<InspectionRules.Detected> detect(String countyId, List<School> inspected, LocalDate today) {
        List<InspectionRules.Detected> detected = new ArrayList<>(InspectionRules.inspect(snapshot(countyId, inspected, today)));
        Set<String> ids = inspected.stream().map(s -> s.id).collect(Collectors.toSet());
        Map<String, InspectionRules.Regulated> regulated = new TreeMap<>();
        regulations.inForce(countyId, today).values().stream().filter(r -> ids.contains(r.schoolId()))
                .forEach(r -> regulated.put(r.schoolId(), new InspectionRules.Regulated(r.schoolId(), r.regulationId(), r.version(), r.approved())));
        List<InspectionRules.LeadershipPost> leadership = rows("""
                select p.post_id, p.school_id, p.leadership_role from known_post p join school s on s.id = p.school_id
                where s.county_id = ?1 and p.leadership_role is not null and p.status <> 'ABOLISHED'""", countyId).stream()
                .map(r -> new InspectionRules.LeadershipPost((UUID) r[0], (String) r[1], LeadershipRole.valueOf((String) r[2]))).toList();
        detected.addAll(InspectionRules.leadershipPosts(regulated, leadership));
        return detected;
    }

    /** The ledger and read model of the county, limited in its schools to the ones inspected. */
    InspectionRules.Snapshot snapshot(String countyId, List<School> inspected, LocalDate today) {
        Map<String, Integer> allocations = new HashMap<>();
        for (Pool pool : Pool.values()) {
            allocations.putAll(ledger.balances(countyId, pool));
        }
        Map<String, InspectionRules.SchoolFacts> schools = inspected.stream().collect(Collectors.toMap(s -> s.id,
                s -> new InspectionRules.SchoolFacts(s.id, s.pool() == Pool.K12, s.status == SchoolStatus.ACTIVE,
                        allocations.getOrDefault(s.id, 0)), (a, b) -> a, TreeMap::new));
        List<InspectionRules.Post> posts = rows("""
                select p.post_id, p.school_id, p.category, p.status from known_post p join school s on s.id = p.school_id
                where s.county_id = ?1""", countyId).stream()
                .map(r -> new InspectionRules.Post((UUID) r[0], (String) r[1], (String) r[2], "ABOLISHED".equals(r[3]))).toList();
        List<InspectionRules.Appointment> appointments = rows("""
                select a.appointment_id, a.teacher_id, a.post_id, a.school_id, a.category, a.effective_from
                from known_appointment a join school s on s.id = a.school_id
                where s.county_id = ?1 and a.ended_on is null""", countyId).stream()
                .map(r -> new InspectionRules.Appointment((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                        date(r[5]))).toList();
        List<InspectionRules.Secondment> secondments = rows("""
                select m.secondment_id, m.teacher_id, m.school_id, m.from_date, m.until_date, m.approval_reference
                from known_secondment m join school s on s.id = m.school_id
                where s.county_id = ?1 and m.ended_on is null""", countyId).stream()
                .map(r -> new InspectionRules.Secondment((UUID) r[0], (UUID) r[1], (String) r[2], date(r[3]), date(r[4]),
                        (String) r[5])).toList();
        Map<UUID, String> teachers = rows("""
                select distinct t.teacher_id, t.status from known_teacher t
                join known_appointment a on a.teacher_id = t.teacher_id join school s on s.id = a.school_id
                where s.county_id = ?1 and a.ended_on is null""", countyId).stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1], (a, b) -> a));
        return new InspectionRules.Snapshot(today, config.inspection().minTeachingPostShare(), schools, posts, appointments,
                secondments, teachers);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String countyId) {
        return em.createNativeQuery(sql).setParameter(1, countyId).getResultList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private Finding find(String countyId, UUID id) {
        Finding finding = Finding.findById(id);
        if (finding == null || !finding.countyId.equals(countyId)) {
            throw RuleViolation.notFound("FINDING_EXISTS", "findingId", new Reason(
                    "no finding " + id + " in this county", "本县没有编号为 " + id + " 的督查问题"));
        }
        return finding;
    }

    private static void requireStatus(Finding finding, FindingStatus required, String verb) {
        if (finding.status != required) {
            throw RuleViolation.conflict("FINDING_LIFECYCLE", "findingId", new Reason(
                    "finding " + finding.id + " is " + finding.status + "; only a " + required + " finding is " + verb,
                    "该督查问题状态为 " + finding.status + "，只有 " + required + " 状态的问题才能" + ("rectified".equals(verb) ? "登记整改" : "销号")));
        }
    }

    FindingView view(Finding f, Boolean recurring) {
        return new FindingView(f.id, f.inspectionId, f.kind, f.rule, f.schoolId, StoredJson.read(f.evidence, EVIDENCE),
                new Reason(f.descriptionEn, f.descriptionZh), f.status, recurring, f.raisedAt, f.rectificationNote, f.rectifiedBy,
                f.rectifiedAt, f.closingNote, f.closedBy, f.closedAt, f.responsibleDepartment, f.rectificationDue, f.overdueOn);
    }

    private static InspectionView view(Inspection i, List<FindingView> findings) {
        Map<FindingKind, Long> counts = new TreeMap<>();
        for (FindingKind kind : FindingKind.values()) {
            counts.put(kind, findings.stream().filter(f -> f.kind() == kind).count());
        }
        return new InspectionView(i.id, i.countyId, i.district, i.schoolIds == null ? null : List.of(i.schoolIds.split(",")),
                i.note, i.inspectedOn, i.schoolsInspected, i.runBy, i.runAt, counts, findings,
                List.of(i.departments.split(",")).stream().map(Department::valueOf).toList(), i.rectificationDays);
    }

    /**
     * Flags every OPEN finding past its rectification deadline, once, announcing each
     * ({@code quota.finding.overdue.v1}); returns how many were flagged.
     */
    @Transactional
    public int flagOverdue() {
        LocalDate today = calendar.today();
        List<Finding> candidates = Finding.<Finding>list(
                "status = ?1 and overdueOn is null and rectificationDue < ?2 order by rectificationDue, id", FindingStatus.OPEN, today);
        int flagged = 0;
        for (Finding finding : candidates) {
            em.lock(finding, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(finding);
            if (finding.overdueOn != null || !JointInspectionRules.overdue(finding.status, finding.rectificationDue, today)) {
                continue;
            }
            finding.overdueOn = today;
            outbox.append(FindingOverdue.TYPE, "finding", finding.id.toString(), finding.countyId,
                    new FindingOverdue(finding.id, finding.inspectionId, finding.kind.name(), finding.rule, finding.schoolId,
                            finding.responsibleDepartment.name(), finding.rectificationDue, today, finding.countyId));
            flagged++;
        }
        return flagged;
    }

}
