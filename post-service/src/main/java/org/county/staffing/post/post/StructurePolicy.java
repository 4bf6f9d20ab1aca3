package org.county.staffing.post.post;

import org.county.staffing.post.config.PostConfig;

/**
 * The structure of a school's posts (結構比例), measured against its quota so that the order in
 * which posts are set up does not matter: a school may always fill its whole quota and still
 * meet the shares.
 *
 * @param teachingMinPercent  teaching (professional-technical) posts are at least this share of the quota
 * @param managementMaxPercent management posts are at most this share of the quota
 * @param managementMinimum   management posts every school may have however small (the principal's)
 */
public record StructurePolicy(int teachingMinPercent, int managementMaxPercent, int managementMinimum) {

    public StructurePolicy {
        if (teachingMinPercent < 0 || teachingMinPercent > 100) {
            throw new IllegalArgumentException("post.structure.teaching-min-percent must be 0..100, not " + teachingMinPercent);
        }
        if (managementMaxPercent < 0 || managementMaxPercent > 100) {
            throw new IllegalArgumentException("post.structure.management-max-percent must be 0..100, not " + managementMaxPercent);
        }
        if (managementMinimum < 0) {
            throw new IllegalArgumentException("post.structure.management-minimum must not be negative, not " + managementMinimum);
        }
    }

    /** The policy the service is configured with ({@code post.structure.*}); a value out of range is refused. */
    public static StructurePolicy of(PostConfig config) {
        PostConfig.Structure structure = config.structure();
        return new StructurePolicy(structure.teachingMinPercent(), structure.managementMaxPercent(),
                structure.managementMinimum());
    }

    /**
     * The policy for a school whose function-and-staffing regulation approves {@code regulatedLeaders}
     * leadership posts: the staffing office decided those within the school's quota, so the structure
     * shares never refuse them (they raise the management minimum; {@code 0}: no regulation known).
     */
    public StructurePolicy grantingLeadership(int regulatedLeaders) {
        return regulatedLeaders <= managementMinimum ? this
                : new StructurePolicy(teachingMinPercent, managementMaxPercent, regulatedLeaders);
    }

    /** The most management posts a school of this quota may have. */
    public int managementCap(int quota) {
        return Math.min(Math.max(0, quota), Math.max(managementMinimum, quota * managementMaxPercent / 100));
    }

    /**
     * The most management and support posts together: what is left of the quota after the
     * teaching share (rounded up), but never fewer than the management minimum.
     */
    public int nonTeachingAllowance(int quota) {
        int teachingFloor = (quota * teachingMinPercent + 99) / 100;
        return Math.min(Math.max(0, quota), Math.max(managementMinimum, quota - teachingFloor));
    }
}
