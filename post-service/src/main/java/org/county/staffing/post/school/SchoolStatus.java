package org.county.staffing.post.school;

/** As quota-service has it: a merged institution keeps its record, and no new posts are set up there. */
public enum SchoolStatus {
    ACTIVE,
    MERGED
}
