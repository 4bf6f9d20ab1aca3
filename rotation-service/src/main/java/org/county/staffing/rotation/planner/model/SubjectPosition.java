package org.county.staffing.rotation.planner.model;

/**
 * One school's picture in one subject.
 *
 * @param posts     teaching posts of the subject (not frozen)
 * @param teachers  appointed teachers whose main subject it is
 * @param vacancies vacant posts of the subject, established or planned: the places a teacher may move to
 */
public record SubjectPosition(String schoolId, String subject, int posts, int teachers, int vacancies) {

    /**
     * Teachers beyond the subject's posts. A school that also has a vacant post of the subject must
     * first use its own surplus teacher there, so it has no surplus to give (rule SURPLUS_NET_OF_VACANCIES).
     */
    public int surplus() {
        return vacancies > 0 ? 0 : Math.max(0, teachers - posts);
    }

    public boolean shortage() {
        return vacancies > 0;
    }
}
