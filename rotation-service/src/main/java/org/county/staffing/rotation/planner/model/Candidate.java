package org.county.staffing.rotation.planner.model;

/**
 * A teacher who is due to rotate and not exempt.
 *
 * @param yearsAtSchool consecutive full years at the current school
 * @param lastGrade     the latest evaluation grade, or null when never evaluated
 * @param backbone      骨幹教師
 * @param young         青年教師
 */
public record Candidate(String teacherId, String schoolId, String postId, String subject, int yearsAtSchool,
                        Grade lastGrade, boolean backbone, boolean young) {
}
