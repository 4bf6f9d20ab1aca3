package org.county.staffing.quota.regulation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.quota.CountyCalendar;
import org.county.staffing.quota.ledger.QuotaFloor;

/**
 * A school's quota floor: the leadership posts its regulation in force today approves (a version
 * whose effectiveFrom is still ahead does not count yet; a school without one has no floor).
 */
@ApplicationScoped
public class LeadershipQuotaFloor implements QuotaFloor {

    @Inject
    CountyCalendar calendar;

    @Override
    public void requireCovered(String countyId, String schoolId, int balance, int delta, String field) {
        if (delta < 0) {
            inForce(schoolId).ifPresent(r -> RegulationRules.requireLeadershipCovered(schoolId, r.leadershipTotal, r.version,
                    balance, delta, field));
        }
    }

    /** The leadership total of the school's regulation in force today, 0 without one. */
    public int leadershipTotal(String schoolId) {
        return inForce(schoolId).map(r -> r.leadershipTotal).orElse(0);
    }

    private Optional<Regulation> inForce(String schoolId) {
        return Regulation.<Regulation>find("schoolId = ?1 and effectiveFrom <= ?2 order by version desc", schoolId, calendar.today())
                .firstResultOptional();
    }
}
