package org.county.staffing.recruitment.employment;

/**
 * The rotation forms that keep the teacher's home post: support teaching (支教) and shadowing
 * (跟岗研修) full-time for a term, itinerant teaching (走教) part-time by hours per week.
 */
public enum AssignmentForm {
    SUPPORT_TEACHING,
    SHADOWING,
    ITINERANT;

    /** Whether the teacher teaches at the host school only part of the week. */
    public boolean partTime() {
        return this == ITINERANT;
    }
}
