package org.county.staffing.post.post;

/** Why a post is frozen: HR froze it, or the school's quota fell below its posts. */
public enum FreezeCause {
    /** Frozen by an HR official; only an official unfreezes it. */
    HR_DECISION,
    /** Frozen because the school is over-established; unfrozen again when its quota allows. */
    OVER_ESTABLISHMENT
}
