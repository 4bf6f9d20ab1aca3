package org.county.staffing.quota.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.county.staffing.quota.school.Location;

/**
 * Rule POOL_SHORTFALL_PRIORITY: when the schools of a verification require more than the pool
 * can give, the pool is shared so that it is never exceeded and no school gets more than it
 * requires:
 * <ol>
 * <li>first every school's small-school floor (the staff its classes need at minimum);</li>
 * <li>then what is left, in proportion to each school's remaining requirement, rounded down;</li>
 * <li>the few quotas rounding left over go one each by largest remainder; ties go to rural
 * before town before urban schools, then to the smaller requirement, then by school id.</li>
 * </ol>
 * If even the floors exceed the pool, the pool is shared in proportion to the floors the same way.
 */
public final class ShortfallPriority {

    public static final String RULE = "POOL_SHORTFALL_PRIORITY";

    /** One school's claim on the pool. */
    public record Claim(String schoolId, int required, int floorMinimum, Location location) {
        public Claim {
            if (required < 0 || floorMinimum < 0 || floorMinimum > required) {
                throw new IllegalArgumentException("claim of " + schoolId + ": 0 <= floor " + floorMinimum + " <= required " + required);
            }
        }
    }

    private ShortfallPriority() {
    }

    /** What each school gets of {@code capacity}; the sum is min(capacity, total required). */
    public static Map<String, Integer> allocate(List<Claim> claims, int capacity) {
        Map<String, Integer> out = new HashMap<>();
        long required = claims.stream().mapToLong(Claim::required).sum();
        int available = Math.max(0, capacity);
        if (required <= available) {
            claims.forEach(c -> out.put(c.schoolId(), c.required()));
            return out;
        }
        long floors = claims.stream().mapToLong(Claim::floorMinimum).sum();
        if (floors >= available) {
            return proportional(claims, available, Claim::floorMinimum);
        }
        claims.forEach(c -> out.put(c.schoolId(), c.floorMinimum()));
        Map<String, Integer> rest = proportional(claims, (int) (available - floors), c -> c.required() - c.floorMinimum());
        rest.forEach((school, extra) -> out.merge(school, extra, Integer::sum));
        return out;
    }

    /** Shares {@code amount} in proportion to {@code weight} (largest remainder); never more than a weight. */
    static Map<String, Integer> proportional(List<Claim> claims, int amount, ToLongFunction<Claim> weight) {
        long totalWeight = claims.stream().mapToLong(weight).sum();
        Map<String, Integer> out = new HashMap<>();
        if (totalWeight == 0) {
            claims.forEach(c -> out.put(c.schoolId(), 0));
            return out;
        }
        List<Share> shares = new ArrayList<>();
        long given = 0;
        for (Claim claim : claims) {
            long numerator = (long) amount * weight.applyAsLong(claim);
            long base = numerator / totalWeight;
            shares.add(new Share(claim, base, numerator % totalWeight));
            given += base;
        }
        long leftover = amount - given;
        shares.sort(Comparator.comparingLong(Share::remainder).reversed()
                .thenComparing(s -> locationPriority(s.claim().location()))
                .thenComparingInt(s -> s.claim().required())
                .thenComparing(s -> s.claim().schoolId()));
        for (Share share : shares) {
            long extra = leftover > 0 && share.remainder() > 0 ? 1 : 0;
            leftover -= extra;
            out.put(share.claim().schoolId(), (int) (share.base() + extra));
        }
        return out;
    }

    /** Rural schools first (城鄉統籌: small rural schools are the ones a pure ratio starves). */
    static int locationPriority(Location location) {
        return switch (location) {
            case RURAL -> 0;
            case TOWN -> 1;
            case URBAN -> 2;
        };
    }

    private record Share(Claim claim, long base, long remainder) {
    }
}
