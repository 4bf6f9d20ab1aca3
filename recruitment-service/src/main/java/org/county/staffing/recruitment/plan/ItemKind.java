package org.county.staffing.recruitment.plan;

public enum ItemKind {
    /** Quota moved from one school to another (applied by the staffing office). */
    QUOTA_TRANSFER,
    /** Posts established or abolished (applied by HR). */
    POST_CHANGE,
    /** A teacher moved to another school's post (carried out here). */
    TEACHER_MOVE,
    /** A vacant post to be filled by a new hire (recruited here through an OPEN campaign). */
    NEW_HIRE
}
