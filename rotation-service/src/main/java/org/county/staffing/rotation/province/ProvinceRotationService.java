package org.county.staffing.rotation.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.query.Sorting;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.rotation.province.ProvinceRotationView.CountyRotation;
import org.county.staffing.rotation.round.RotationRound;
import org.county.staffing.rotation.round.RoundMove;

/**
 * The province's reading of the counties' rotation results (issue 15): a province user reads every county,
 * a county user only its own; nothing is written.
 */
@ApplicationScoped
public class ProvinceRotationService {

    /** A round counts once it went into the county's annual plan (a draft or a rejected round does not). */
    static final List<String> ADOPTED = List.of(RotationRound.PROPOSED, RotationRound.SUBMITTED,
            RotationRound.APPROVED, RotationRound.EXECUTED);

    @Inject
    Caller caller;

    public ProvinceRotationView view(SchoolYear year, ProvinceSort sort, SortOrder order, Paging paging) {
        List<RotationRound> rounds = caller.hasRole(Roles.PROVINCE)
                ? RotationRound.list("schoolYear = ?1 and status in ?2", year.toString(), ADOPTED)
                : RotationRound.list("countyId = ?1 and schoolYear = ?2 and status in ?3", caller.countyId(),
                        year.toString(), ADOPTED);
        Map<UUID, List<ProvinceRotationRules.MoveFacts>> facts = new HashMap<>();
        LocalDate yearEnd = year.endsOn();
        if (!rounds.isEmpty()) {
            for (RoundMove m : RoundMove.<RoundMove>list("roundId in ?1 and status <> ?2",
                    rounds.stream().map(r -> r.id).toList(), RoundMove.DROPPED)) {
                boolean started = RoundMove.STARTED.equals(m.status) || RoundMove.RETURNED.equals(m.status);
                boolean dueBack = RoundMove.STARTED.equals(m.status) && m.returnDate != null && !m.returnDate.isAfter(yearEnd);
                List<String> directions = m.directions == null || m.directions.isBlank() ? List.of()
                        : Arrays.stream(m.directions.split(",")).map(String::trim).toList();
                facts.computeIfAbsent(m.roundId, k -> new ArrayList<>()).add(new ProvinceRotationRules.MoveFacts(
                        m.form.name(), directions, started, RoundMove.RETURNED.equals(m.status), dueBack));
            }
        }
        List<CountyRotation> rows = rounds.stream().map(r -> ProvinceRotationRules.county(r.countyId, r.status, r.due,
                r.target, r.unmet, facts.getOrDefault(r.id, List.of()))).toList();
        ProvinceSort by = sort == null ? ProvinceSort.COUNTY : sort;
        SortOrder direction = order == null ? SortOrder.ASC : order;
        List<CountyRotation> sorted = ProvinceRotationRules.sorted(rows, by, direction == SortOrder.DESC);
        List<CountyRotation> page = Sorting.page(sorted, paging, Paging.DEFAULT_SIZE);
        return new ProvinceRotationView(year.toString(), by.name(), direction.name(), paging.page(),
                paging.size(Paging.DEFAULT_SIZE), rows.size(),
                ProvinceRotationRules.totals(rows), page);
    }
}
