package org.county.staffing.post.post;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What happens when a school's quota falls below its posts (超編): no new posts (see
 * {@link EstablishmentRules}), its vacant posts are frozen first, as many as needed to bring the
 * vacant and occupied posts within the quota, and the posts of people who leave are frozen until
 * they fit. When the quota rises again, posts frozen for this reason are released as far as it allows.
 */
public final class OverEstablishment {

    private OverEstablishment() {
    }

    /** A post as the rule needs it; {@code establishedSeq} orders posts by when they were set up. */
    public record Slot(UUID id, PostStatus status, FreezeCause freezeCause, long establishedSeq) {
    }

    /** The posts to freeze and to unfreeze; at most one of the lists is non-empty. */
    public record Adjustment(List<UUID> toFreeze, List<UUID> toUnfreeze) {
        public boolean isEmpty() {
            return toFreeze.isEmpty() && toUnfreeze.isEmpty();
        }
    }

    /**
     * Rule OVER_ESTABLISHED_FREEZES_VACANT_FIRST. The newest vacant posts are frozen first (the
     * last set up are the least settled); the oldest posts frozen for over-establishment are
     * released first. With {@code mayFreeze} false only releases are considered.
     */
    public static Adjustment reconcile(int quota, List<Slot> posts, boolean mayFreeze) {
        long usable = posts.stream().filter(p -> p.status().usable()).count();
        if (usable > quota && mayFreeze) {
            long excess = usable - quota;
            List<UUID> freeze = posts.stream()
                    .filter(p -> p.status() == PostStatus.VACANT)
                    .sorted(Comparator.comparingLong(Slot::establishedSeq).reversed())
                    .limit(excess)
                    .map(Slot::id)
                    .toList();
            return new Adjustment(freeze, List.of());
        }
        if (usable < quota) {
            long room = quota - usable;
            List<UUID> release = posts.stream()
                    .filter(p -> p.status() == PostStatus.FROZEN && p.freezeCause() == FreezeCause.OVER_ESTABLISHMENT)
                    .sorted(Comparator.comparingLong(Slot::establishedSeq))
                    .limit(room)
                    .map(Slot::id)
                    .toList();
            return new Adjustment(List.of(), release);
        }
        return new Adjustment(List.of(), List.of());
    }

    /**
     * Rule VACATED_POST_FROZEN_WHEN_OVER_ESTABLISHED: a post its holder leaves is frozen instead of
     * vacant while the school's usable posts (counting this one) exceed the quota.
     */
    public static boolean freezeOnVacating(int quota, int usableIncludingThePost) {
        return usableIncludingThePost > quota;
    }

    /** How many posts are over the quota (all posts not abolished). */
    public static int overEstablishedBy(int quota, PostCounts counts) {
        return Math.max(0, counts.established() - quota);
    }

    /**
     * How many occupied posts exceed the quota even with every vacant post frozen: they must go,
     * one by one, as their holders leave.
     */
    public static int mustGoAsPeopleLeave(int quota, PostCounts counts) {
        return Math.max(0, counts.occupied() - quota);
    }
}
