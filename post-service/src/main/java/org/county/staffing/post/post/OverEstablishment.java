package org.county.staffing.post.post;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What happens when a school's quota falls below its posts (超編): no new posts (see
 * {@link EstablishmentRules}), its vacant posts are frozen first, as many as needed to bring the
 * vacant and occupied posts within the quota, and the posts of people who leave are frozen until
 * they fit. When the quota rises again, posts frozen for this reason are released as far as it allows.
 * A post an open internal campaign is filling is the last to be frozen.
 */
public final class OverEstablishment {

    private OverEstablishment() {
    }

    /**
     * A post as the rule needs it; {@code establishedSeq} orders posts by when they were set up.
     * {@code campaignFilling}: an open internal campaign (內部競聘) is filling this vacant post;
     * {@code leavingByPlan}: an executed plan abolishes this occupied post when its holder leaves.
     */
    public record Slot(UUID id, PostStatus status, FreezeCause freezeCause, long establishedSeq, boolean campaignFilling,
                       boolean leavingByPlan) {

        /** A post no campaign fills and no plan abolishes. */
        public Slot(UUID id, PostStatus status, FreezeCause freezeCause, long establishedSeq) {
            this(id, status, freezeCause, establishedSeq, false, false);
        }

        boolean frozenForOverEstablishment() {
            return status == PostStatus.FROZEN && freezeCause == FreezeCause.OVER_ESTABLISHMENT;
        }
    }

    /** The posts to freeze and to unfreeze. */
    public record Adjustment(List<UUID> toFreeze, List<UUID> toUnfreeze) {
        public boolean isEmpty() {
            return toFreeze.isEmpty() && toUnfreeze.isEmpty();
        }
    }

    /**
     * Rules OVER_ESTABLISHED_FREEZES_VACANT_FIRST and CAMPAIGN_POST_FROZEN_LAST. The school's vacant
     * posts and those frozen for over-establishment are the ones the quota decides on: as many are
     * frozen as the occupied posts leave no room for. Posts frozen already stay frozen first, then the
     * newest vacant posts are frozen (the last set up are the least settled); released are the oldest.
     * A post an open internal campaign is filling is frozen only after every other vacant post, and
     * not at all while the excess is no more than the occupied posts an executed plan abolishes as
     * their holders leave: the plan HR approved counted those posts as gone (the planned teacher's
     * home post goes when the competition is won). With {@code mayFreeze} false only releases are
     * considered, no more than leave the school as it would be after the freezes.
     */
    public static Adjustment reconcile(int quota, List<Slot> posts, boolean mayFreeze) {
        long occupied = posts.stream().filter(p -> p.status() == PostStatus.OCCUPIED).count();
        long leaving = posts.stream().filter(p -> p.status() == PostStatus.OCCUPIED && p.leavingByPlan()).count();
        Comparator<Slot> frozenFirstThenNewest = Comparator.comparing((Slot p) -> !p.frozenForOverEstablishment())
                .thenComparing(Comparator.comparingLong(Slot::establishedSeq).reversed());
        List<Slot> others = posts.stream()
                .filter(p -> (p.status() == PostStatus.VACANT || p.frozenForOverEstablishment()) && !p.campaignFilling())
                .sorted(frozenFirstThenNewest).toList();
        List<Slot> filling = posts.stream()
                .filter(p -> (p.status() == PostStatus.VACANT || p.frozenForOverEstablishment()) && p.campaignFilling())
                .sorted(frozenFirstThenNewest).toList();
        long excess = Math.max(0, occupied + others.size() + filling.size() - quota);
        long fromOthers = Math.min(others.size(), excess);
        long fromFilling = Math.min(filling.size(), Math.max(0, excess - fromOthers - leaving));
        Set<UUID> frozen = new HashSet<>();
        others.stream().limit(fromOthers).forEach(p -> frozen.add(p.id()));
        filling.stream().limit(fromFilling).forEach(p -> frozen.add(p.id()));

        List<UUID> freeze = posts.stream().filter(p -> p.status() == PostStatus.VACANT && frozen.contains(p.id()))
                .sorted(Comparator.comparingLong(Slot::establishedSeq).reversed()).map(Slot::id).toList();
        // a campaign's post is released before the others, then the oldest first
        List<UUID> release = posts.stream().filter(p -> p.frozenForOverEstablishment() && !frozen.contains(p.id()))
                .sorted(Comparator.comparing((Slot p) -> !p.campaignFilling()).thenComparingLong(Slot::establishedSeq))
                .map(Slot::id).toList();
        if (!mayFreeze) {
            return new Adjustment(List.of(), release.subList(0, Math.max(0, release.size() - freeze.size())));
        }
        return new Adjustment(freeze, release);
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
