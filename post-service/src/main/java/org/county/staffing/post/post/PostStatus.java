package org.county.staffing.post.post;

/** A post is VACANT or OCCUPIED by exactly one teacher; FROZEN posts are not filled; ABOLISHED ones are history. */
public enum PostStatus {
    VACANT,
    OCCUPIED,
    FROZEN,
    ABOLISHED;

    /** Counts against the quota: every post not abolished. */
    public boolean established() {
        return this != ABOLISHED;
    }

    /** Can be (or is) filled: the posts the quota must cover for the school to work within it. */
    public boolean usable() {
        return this == VACANT || this == OCCUPIED;
    }
}
