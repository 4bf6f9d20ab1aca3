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
                return new Issued(view(last, quota), false);
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
        return new Issued(view(regulation, quota), true);
    }

    /** The version in force on {@code on}: the highest version that has taken effect by then. */
    public RegulationView inForce(String countyId, String schoolId, LocalDate on) {
        schools.get(countyId, schoolId);
        Regulation regulation = Regulation.<Regulation>find("schoolId = ?1 and effectiveFrom <= ?2 order by version desc", schoolId, on)
                .firstResultOptional().orElseThrow(() -> RuleViolation.notFound("REGULATION_EXISTS", "id", new Reason(
                        "school " + schoolId + " has no regulation in force on " + on,
                        "学校 " + schoolId + " 在 " + on + " 没有施行中的机构职能编制规定")));
        return view(regulation, ledger.balance(schoolId));
    }

    /** Every version of the school's regulation, the first first. */
    public List<RegulationView> versions(String countyId, String schoolId) {
        schools.get(countyId, schoolId);
        int quota = ledger.balance(schoolId);
        return Regulation.<Regulation>list("schoolId = ?1 order by version", schoolId).stream().map(r -> view(r, quota)).toList();
    }

    /** The latest version of each school's regulation in the county, by school. */
    public List<RegulationView> list(String countyId, PartyOrganisation party) {
        List<Regulation> latest = em.createQuery("""
                        select r from Regulation r where r.countyId = :county
                        and r.version = (select max(o.version) from Regulation o where o.schoolId = r.schoolId)
                        order by r.schoolId""", Regulation.class).setParameter("county", countyId).getResultList();
        List<RegulationView> out = new ArrayList<>();
        Map<String, Integer> quotas = new HashMap<>();
        for (Pool pool : Pool.values()) {
            quotas.putAll(ledger.balances(countyId, pool));
        }
        for (Regulation r : latest) {
            if (party == null || r.partyOrganisation == party) {
                out.add(view(r, quotas.getOrDefault(r.schoolId, 0)));
            }
        }
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

    private static List<String> functions(Regulation r) {
        return StoredJson.read(r.functions, TEXTS);
    }

    private static Map<LeadershipRole, Integer> counts(Regulation r) {
        Map<LeadershipRole, Integer> counts = new EnumMap<>(LeadershipRole.class);
        counts.putAll(StoredJson.read(r.leadershipPosts, COUNTS));
        return counts;
    }

    private static RegulationView view(Regulation r, int schoolQuota) {
        return new RegulationView(r.id, r.schoolId, r.countyId, r.version, r.effectiveFrom, r.partyOrganisation, functions(r),
                counts(r).entrySet().stream().map(e -> new RegulationView.LeadershipPostView(e.getKey(), e.getValue())).toList(),
                r.leadershipTotal, schoolQuota, r.issuedBy, r.issuedAt);
    }
}
