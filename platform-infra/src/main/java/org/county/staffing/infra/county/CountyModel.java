package org.county.staffing.infra.county;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A generated county: its schools with two enrollment reports (the previous triennial
 * verification's and this year's) and the teaching posts HR set up within the previous quota, the
 * teachers with the post they hold, their tenure, last evaluation and flags, the development
 * communities and a few secondments. Everything is loaded through the services' REST APIs.
 *
 * @param previousYear   the school year of the previous triennial verification
 * @param evaluationYear the school year just completed, whose work the schools evaluate
 * @param currentYear    the school year whose cycle the demo runs
 */
public record CountyModel(
        String countyId,
        String previousYear,
        String evaluationYear,
        String currentYear,
        List<SchoolSpec> schools,
        List<TeacherSpec> teachers,
        List<CommunitySpec> communities,
        List<SecondmentSpec> secondments) {

    /**
     * A school; {@code previous}/{@code current} are students (and classes) per stage in the two
     * reports; {@code teachingPosts} the teaching posts per subject set up within the previous quota.
     */
    public record SchoolSpec(
            String id,
            String name,
            String kind,
            List<String> stages,
            String location,
            String district,
            String tier,
            double latitude,
            double longitude,
            Map<String, Integer> previousStudents,
            Map<String, Integer> previousClasses,
            Map<String, Integer> currentStudents,
            Map<String, Integer> currentClasses,
            Map<String, Integer> subjectWeights,
            Map<String, Integer> teachingPosts) {

        /** The county pool the school's quota is drawn from (quota-service assigns it by kind). */
        public String pool() {
            return "SCHOOL".equals(kind) ? "K12" : "OTHER";
        }

        public int posts() {
            return teachingPosts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A teacher holding a teaching post of {@code postSubject} at {@code schoolId} since
     * {@code atSchoolSince}. The main subject is {@code subjects.get(0)}; a teacher whose post is of
     * another subject teaches outside the main subject (the school's surplus in it).
     */
    public record TeacherSpec(
            String id,
            String name,
            String gender,
            LocalDate birthDate,
            String idNumber,
            List<String> subjects,
            String title,
            LocalDate firstHireDate,
            String schoolId,
            String postSubject,
            LocalDate atSchoolSince,
            boolean backbone,
            String lastGrade,
            int lastScore) {

        public String mainSubject() {
            return subjects.get(0);
        }

        @Override
        public String toString() {
            // records print every component; the ID number must never reach a log this way
            return "TeacherSpec[id=" + id + ", school=" + schoolId + "]";
        }
    }

    public record CommunitySpec(String name, String leadSchoolId, List<String> memberSchoolIds) {
    }

    /** A teacher lent out to another institution; {@code approvalReference} null means unapproved. */
    public record SecondmentSpec(String teacherId, String receivingInstitution, LocalDate from, LocalDate until,
                                 String approvalReference) {
    }

    /** A person applying in an open recruitment campaign (not yet a county teacher). */
    public record Newcomer(String name, String gender, LocalDate birthDate, String idNumber, List<String> subjects,
                           String title) {
        @Override
        public String toString() {
            return "Newcomer[" + name + "]";
        }
    }

    public int teachersAt(String schoolId) {
        return (int) teachers.stream().filter(t -> t.schoolId().equals(schoolId)).count();
    }
}
