package org.county.staffing.quota.regulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.context.CurrentEventContext;
import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.persistence.StoredJson;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.quota.RegulationIssued;
import org.county.staffing.quota.CountyCalendar;
import org.county.staffing.quota.ledger.Ledger;
import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolService;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Function-and-staffing regulations (机构职能编制规定), issued by the staffing office per school and
 * versioned: a reissue is the next version, announced as {@code quota.regulation.issued.v1}.
 */
@ApplicationScoped
public class RegulationService {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<LeadershipRole, Integer>> COUNTS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    SchoolService schools;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    CurrentEventContext context;

    @Inject
    PlatformClock clock;

    @Inject
    CountyCalendar calendar;

    /** What an issue did: a new version, or the same regulation again (nothing written). */
    public record Issued(RegulationView regulation, boolean created) {
    }

    /**
     * Rules of {@link RegulationRules#approve}, SCHOOL_ACTIVE and REGULATION_EFFECTIVE_ORDER (a new
     * version takes effect no earlier than the latest one). The same regulation as the latest
     * version again is no new version.
     */
    @Transactional
    public Issued issue(String countyId, String schoolId, IssueRegulationRequest request) {
        School school = schools.get(countyId, schoolId);
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        school.requireActive();
        int quota = ledger.balance(schoolId);
        Map<LeadershipRole, Integer> approved = RegulationRules.approve(request.partyOrganisation(),
                request.leadershipPosts().stream().map(p -> new RegulationRules.RoleCount(p.role(), p.count())).toList(), quota);
        List<String> functions = request.functions().stream().map(String::trim).toList();
        Optional<Regulation> latest = latest(schoolId);
        if (latest.isPresent()) {
            Regulation last = latest.get();
            if (last.effectiveFrom.equals(request.effectiveFrom()) && last.partyOrganisation == request.partyOrganisation()
                    && functions(last).equals(functions) && counts(last).equals(approved)) {
                return new Issued(view(last, quota, versionsOf(schoolId), calendar.today()), false);
            }
            if (request.effectiveFrom().isBefore(last.effectiveFrom)) {
                throw RuleViolation.conflict("REGULATION_EFFECTIVE_ORDER", "effectiveFrom", new Reason(
                        "version " + last.version + " takes effect on " + last.effectiveFrom + "; a new version cannot take effect earlier",
                        "第 " + last.version + " 版自 " + last.effectiveFrom + " 起施行，新版本的施行日期不能早于它"));
            }
        }
        Regulation regulation = new Regulation();
        regulation.id = UUID.randomUUID();
        regulation.countyId = countyId;
        regulation.schoolId = schoolId;
        regulation.version = latest.map(r -> r.version + 1).orElse(1);
        regulation.effectiveFrom = request.effectiveFrom();
        regulation.partyOrganisation = request.partyOrganisation();
        regulation.functions = StoredJson.write(functions);
        regulation.leadershipPosts = StoredJson.write(approved);
        regulation.leadershipTotal = RegulationRules.total(approved);
        regulation.issuedBy = context.get().actor();
        regulation.issuedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        regulation.persist();
        outbox.append(RegulationIssued.TYPE, "school", schoolId, countyId, new RegulationIssued(regulation.id, schoolId, countyId,
                regulation.version, regulation.effectiveFrom, regulation.partyOrganisation.name(), functions,
                approved.entrySet().stream().map(e -> new RegulationIssued.LeadershipPost(e.getKey().name(), e.getValue())).toList(),
                regulation.leadershipTotal, regulation.issuedBy));
        return new Issued(view(regulation, quota, versionsOf(schoolId), calendar.today()), true);
    }

    /**
     * The version in force on {@code on}: the highest version that has taken effect by then (a
     * version issued for a later date is pending until then and shown as {@code pendingVersion}).
     */
    public RegulationView inForce(String countyId, String schoolId, LocalDate on) {
        schools.get(countyId, schoolId);
        List<Regulation> versions = versionsOf(schoolId);
        Regulation regulation = inForce(versions, on).orElseThrow(() -> RuleViolation.notFound("REGULATION_EXISTS", "id", new Reason(
                "school " + schoolId + " has no regulation in force on " + on + pendingNote(versions, on, false),
                "学校 " + schoolId + " 在 " + on + " 没有施行中的机构职能编制规定" + pendingNote(versions, on, true))));
        return view(regulation, ledger.balance(schoolId), versions, on);
    }

    /** Every version of the school's regulation, the first first, each with its status today. */
    public List<RegulationView> versions(String countyId, String schoolId) {
        schools.get(countyId, schoolId);
        int quota = ledger.balance(schoolId);
        List<Regulation> versions = versionsOf(schoolId);
        LocalDate today = calendar.today();
        return versions.stream().map(r -> view(r, quota, versions, today)).toList();
    }

    /**
     * Each school's regulation in the county, by school: the version in force today, or, where none
     * has taken effect yet, the first pending one.
     */
    public List<RegulationView> list(String countyId, PartyOrganisation party) {
        Map<String, List<Regulation>> bySchool = new TreeMap<>();
        Regulation.<Regulation>list("countyId = ?1 order by schoolId, version", countyId)
                .forEach(r -> bySchool.computeIfAbsent(r.schoolId, k -> new ArrayList<>()).add(r));
        List<RegulationView> out = new ArrayList<>();
        Map<String, Integer> quotas = new HashMap<>();
        for (Pool pool : Pool.values()) {
            quotas.putAll(ledger.balances(countyId, pool));
        }
        LocalDate today = calendar.today();
        bySchool.forEach((schoolId, versions) -> {
            Regulation shown = inForce(versions, today).orElse(versions.get(0));
            if (party == null || shown.partyOrganisation == party) {
                out.add(view(shown, quotas.getOrDefault(schoolId, 0), versions, today));
            }
        });
        return out;
    }

    /** A school's regulation in force: its id, version and approved leadership posts by role. */
    public record InForce(String schoolId, UUID regulationId, int version, Map<LeadershipRole, Integer> approved) {
    }

    /** The version of each school's regulation in force on {@code on}, by school id. */
    public Map<String, InForce> inForce(String countyId, LocalDate on) {
        List<Regulation> inForce = em.createQuery("""
                        select r from Regulation r where r.countyId = :county and r.effectiveFrom <= :on
                        and r.version = (select max(o.version) from Regulation o where o.schoolId = r.schoolId and o.effectiveFrom <= :on)""",
                        Regulation.class).setParameter("county", countyId).setParameter("on", on).getResultList();
        Map<String, InForce> out = new TreeMap<>();
        inForce.forEach(r -> out.put(r.schoolId, new InForce(r.schoolId, r.id, r.version, counts(r))));
        return out;
    }

    private Optional<Regulation> latest(String schoolId) {
        return Regulation.<Regulation>find("schoolId = ?1 order by version desc", schoolId).firstResultOptional();
    }

    private static List<Regulation> versionsOf(String schoolId) {
        return Regulation.list("schoolId = ?1 order by version", schoolId);
    }

    /** Of a school's versions (by version), the one in force on {@code on}. */
    private static Optional<Regulation> inForce(List<Regulation> versions, LocalDate on) {
        Regulation found = null;
        for (Regulation r : versions) {
            if (!r.effectiveFrom.isAfter(on)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String pendingNote(List<Regulation> versions, LocalDate on, boolean chinese) {
        return versions.stream().filter(r -> r.effectiveFrom.isAfter(on)).findFirst()
                .map(r -> chinese ? "（第 " + r.version + " 版自 " + r.effectiveFrom + " 起施行）"
                        : " (version " + r.version + " takes effect on " + r.effectiveFrom + ")")
                .orElse("");
    }

    private static List<String> functions(Regulation r) {
        return StoredJson.read(r.functions, TEXTS);
    }

    private static Map<LeadershipRole, Integer> counts(Regulation r) {
        Map<LeadershipRole, Integer> counts = new EnumMap<>(LeadershipRole.class);
        counts.putAll(StoredJson.read(r.leadershipPosts, COUNTS));
        return counts;
    }

    /** A version as shown on {@code on}, among the school's versions (by version). */
    private static RegulationView view(Regulation r, int schoolQuota, List<Regulation> versions, LocalDate on) {
        Optional<Regulation> inForce = inForce(versions, on);
        RegulationStatus status = r.effectiveFrom.isAfter(on) ? RegulationStatus.PENDING
                : inForce.isPresent() && inForce.get().version == r.version ? RegulationStatus.IN_FORCE : RegulationStatus.SUPERSEDED;
        Optional<Regulation> pending = versions.stream().filter(o -> o.version > r.version && o.effectiveFrom.isAfter(on)).findFirst();
        return new RegulationView(r.id, r.schoolId, r.countyId, r.version, r.effectiveFrom, status, r.partyOrganisation, functions(r),
                counts(r).entrySet().stream().map(e -> new RegulationView.LeadershipPostView(e.getKey(), e.getValue())).toList(),
                r.leadershipTotal, schoolQuota, r.issuedBy, r.issuedAt, pending.map(o -> o.version).orElse(null),
                pending.map(o -> o.effectiveFrom).orElse(null));
    }
}
