package org.county.staffing.quota.standard;

import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.county.staffing.contracts.quota.StandardChanged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.context.CurrentEventContext;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.config.QuotaConfig;
import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.school.Stage;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The county's staffing standards: the configured defaults (version 0) and the versions the
 * staffing office records, each from its effective date.
 */
@ApplicationScoped
public class StandardService {

    @Inject
    PlatformClock clock;

    @Inject
    QuotaConfig config;

    @Inject
    Outbox outbox;

    @Inject
    CurrentEventContext context;

    /** The version of each stage in force on the date. */
    public Map<Stage, StandardVersion> inForce(String countyId, LocalDate on) {
        Map<Stage, StandardVersion> out = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            inForce(countyId, stage, on).ifPresent(v -> out.put(stage, v));
        }
        return out;
    }

    public Optional<StandardVersion> inForce(String countyId, Stage stage, LocalDate on) {
        Optional<StandardVersion> county = StaffingStandard.<StaffingStandard>find(
                        "countyId = ?1 and stage = ?2 and effectiveFrom <= ?3 order by effectiveFrom desc, version desc",
                        countyId, stage, on)
                .firstResultOptional().map(StandardVersion::of);
        return county.isPresent() ? county : configured(stage);
    }

    public List<StandardVersion> versions(String countyId, Stage stage) {
        List<StandardVersion> out = new ArrayList<>();
        configured(stage).ifPresent(out::add);
        StaffingStandard.<StaffingStandard>list("countyId = ?1 and stage = ?2 order by version", countyId, stage)
                .forEach(s -> out.add(StandardVersion.of(s)));
        return out;
    }

    public List<StandardView> view(String countyId, LocalDate on) {
        List<StandardView> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Optional<StandardVersion> current = inForce(countyId, stage, on);
            List<StandardVersion> versions = versions(countyId, stage);
            out.add(new StandardView(stage, current.map(StandardVersion::studentsPerStaff).orElse(null),
                    current.map(StandardVersion::effectiveFrom).orElse(null), current.map(StandardVersion::version).orElse(0),
                    current.map(StandardVersion::source).orElse(null), on, versions));
        }
        return out;
    }

    /** The formula of the standards in force on the date, with the configured floor and rounding. */
    public QuotaFormula formula(String countyId, LocalDate on) {
        Map<Stage, BigDecimal> ratios = new EnumMap<>(Stage.class);
        inForce(countyId, on).forEach((stage, version) -> ratios.put(stage, version.studentsPerStaff()));
        return new QuotaFormula(ratios, floor(), rounding());
    }

    public SmallSchoolFloor floor() {
        Map<Stage, BigDecimal> perClass = new EnumMap<>(Stage.class);
        config.smallSchool().staffPerClass().forEach((stage, value) -> perClass.put(Stage.valueOf(stage), value));
        java.util.EnumSet<Location> locations = java.util.EnumSet.noneOf(Location.class);
        config.smallSchool().locations().forEach(location -> locations.add(Location.valueOf(location)));
        return new SmallSchoolFloor(locations, config.smallSchool().studentLimit(), perClass);
    }

    /** The configured rounding (its name checked at start by QuotaConfigCheck). */
    public Rounding rounding() {
        return Rounding.valueOf(config.standards().rounding());
    }

    /**
     * Records a new version. The same figure from the same date again is a repeat of the request
     * (answered with the version it made); another figure from a date that already has one is a
     * conflict: versions are never rewritten.
     *
     * @return the version, and whether this call created it
     */
    @Transactional
    public Recorded record(String countyId, Stage stage, StandardChange change) {
        // serialise versions of one county's stage; the unique keys would otherwise surface as a 500
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "standard:" + countyId + ":" + stage).getSingleResult();
        Optional<StaffingStandard> sameDate = StaffingStandard.<StaffingStandard>find(
                "countyId = ?1 and stage = ?2 and effectiveFrom = ?3", countyId, stage, change.effectiveFrom()).firstResultOptional();
        if (sameDate.isPresent()) {
            if (sameDate.get().studentsPerStaff.compareTo(change.studentsPerStaff()) == 0) {
                return new Recorded(StandardVersion.of(sameDate.get()), false);
            }
            throw RuleViolation.conflict("STANDARD_VERSION_UNIQUE", "effectiveFrom", new Reason(
                    "stage " + stage + " already has version " + sameDate.get().version + " from " + change.effectiveFrom()
                            + " (" + sameDate.get().studentsPerStaff.toPlainString() + "); versions are never rewritten: choose another date",
                    "学段 " + stage + " 自 " + change.effectiveFrom() + " 起已有第 " + sameDate.get().version
                            + " 版标准；标准版本不可改写，请另选生效日期"));
        }
        int version = StaffingStandard.<StaffingStandard>find("countyId = ?1 and stage = ?2 order by version desc", countyId, stage)
                .firstResultOptional().map(s -> s.version + 1).orElse(1);
        StaffingStandard standard = new StaffingStandard();
        standard.id = UUID.randomUUID();
        standard.countyId = countyId;
        standard.stage = stage;
        standard.version = version;
        // 18.50 is stored and announced as 18.5, 19.0 as 19
        BigDecimal figure = change.studentsPerStaff().stripTrailingZeros();
        standard.studentsPerStaff = figure.scale() < 0 ? figure.setScale(0) : figure;
        standard.effectiveFrom = change.effectiveFrom();
        standard.reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().trim();
        standard.setBy = context.get().actor();
        standard.setAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        standard.persist();
        StandardVersion view = StandardVersion.of(standard);
        outbox.append(StandardChanged.TYPE, "standard", countyId + ":" + stage, countyId,
                new StandardChanged(countyId, stage.name(), version, view.studentsPerStaff(), view.effectiveFrom(), view.reason()));
        return new Recorded(view, true);
    }

    private Optional<StandardVersion> configured(Stage stage) {
        BigDecimal ratio = config.standards().studentsPerStaff().get(stage.name());
        return ratio == null ? Optional.empty() : Optional.of(new StandardVersion(stage, 0, ratio,
                config.standards().effectiveFrom(), StandardVersion.CONFIGURATION, null, null, null));
    }

    public record Recorded(StandardVersion version, boolean created) {
    }

}
