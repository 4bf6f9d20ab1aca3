package org.county.staffing.recruitment.post;

import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;

/** What the appointment rules need to know about a post. */
public record PostFacts(UUID postId, String schoolId, PostCategory category, String subject, boolean established,
                        boolean abolished, boolean frozen, boolean occupied) {

    /** VACANT: established, not abolished, not frozen, and no active appointment. */
    public boolean vacant() {
        return established && !abolished && !frozen && !occupied;
    }

    public String state() {
        if (!established) {
            return "UNKNOWN";
        }
        if (abolished) {
            return "ABOLISHED";
        }
        if (frozen) {
            return "FROZEN";
        }
        return occupied ? "OCCUPIED" : "VACANT";
    }
}
