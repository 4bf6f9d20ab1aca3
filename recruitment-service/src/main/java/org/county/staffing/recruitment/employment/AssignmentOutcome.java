package org.county.staffing.recruitment.employment;

/** How an assignment ended. */
public enum AssignmentOutcome {
    /** The return date came: the teacher is back at the home post (scheduled step). */
    RETURNED,
    /** The bureau made it a transfer to the host post. */
    CONVERTED,
    /** The teacher left the county's service meanwhile. */
    TEACHER_LEFT
}
