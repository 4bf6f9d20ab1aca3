package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.recruitment.post.PostFacts;

/** Appointment by post (按崗聘用): who may hold which post. */
public final class AppointmentRules {

    private AppointmentRules() {
    }

    /** Rule TEACHER_ACTIVE: only an active teacher takes up a post (not one seconded, on leave, retired or gone). */
    public static void requireActive(TeacherStatus status) {
        if (status != TeacherStatus.ACTIVE) {
            throw RuleViolation.conflict("TEACHER_ACTIVE", "teacherId", new Reason(
                    "the teacher is " + status + "; only an ACTIVE teacher takes up a post",
                    "该教师状态为 " + status + "，只有在岗（ACTIVE）教师可以聘任到岗位"));
        }
    }

    /** Rule ONE_ACTIVE_APPOINTMENT: a teacher holds one post at a time; moving is a transfer. */
    public static void requireNoActiveAppointment(boolean hasActive) {
        if (hasActive) {
            throw RuleViolation.conflict("ONE_ACTIVE_APPOINTMENT", "teacherId", new Reason(
                    "the teacher already holds a post; move them with a transfer instead",
                    "该教师已聘任在岗，调动请办理交流（调动）"));
        }
    }

    /** Rules POST_ESTABLISHED, POST_NOT_ABOLISHED, POST_NOT_FROZEN, POST_VACANT: only a VACANT post is filled. */
    public static void requireVacant(PostFacts post, String field) {
        if (!post.established()) {
            throw RuleViolation.conflict("POST_ESTABLISHED", field, new Reason(
                    "post " + post.postId() + " has not been established by HR",
                    "岗位 " + post.postId() + " 尚未由人社部门设置"));
        }
        if (post.abolished()) {
            throw RuleViolation.conflict("POST_NOT_ABOLISHED", field, new Reason(
                    "post " + post.postId() + " has been abolished", "岗位 " + post.postId() + " 已撤销"));
        }
        if (post.frozen()) {
            throw RuleViolation.conflict("POST_NOT_FROZEN", field, new Reason(
                    "post " + post.postId() + " is frozen", "岗位 " + post.postId() + " 已冻结"));
        }
        if (post.occupied()) {
            throw RuleViolation.conflict("POST_VACANT", field, new Reason(
                    "post " + post.postId() + " is already held by a teacher (a post holds at most one)",
                    "岗位 " + post.postId() + " 已有人在岗（一个岗位只能聘一人）"));
        }
    }

    /**
     * Rule POST_NOT_COVERED: a vacant post that a running temporary or part-time assignment covers
     * (support teaching, shadowing, itinerant teaching) is not filled for good until the assignment
     * ends or the bureau converts it; {@code coveredUntil} is its latest return date, null when none.
     */
    public static void requireNotCovered(UUID postId, LocalDate coveredUntil, String field) {
        if (coveredUntil != null) {
            throw RuleViolation.conflict("POST_NOT_COVERED", field, new Reason(
                    "post " + postId + " is covered by a teacher on assignment until " + coveredUntil
                            + "; it is filled for good only after the assignment ends or is converted into a transfer",
                    "岗位 " + postId + " 由交流教师承担至 " + coveredUntil + "，交流结束或转为调动后方可正式聘任"));
        }
    }

    /** Rules POST_CATEGORY_MATCHES and POST_SUBJECT_MATCHES: the post is of the teacher's category and, if teaching, one of their subjects. */
    public static void requireMatch(PostCategory teacherCategory, List<String> teacherSubjects, PostFacts post, String field) {
        if (teacherCategory != post.category()) {
            throw RuleViolation.unprocessable("POST_CATEGORY_MATCHES", field, new Reason(
                    "the post is a " + post.category() + " post; the teacher is employed in " + teacherCategory,
                    "岗位类别为 " + post.category() + "，与该人员的岗位类别 " + teacherCategory + " 不符（不得混岗）"));
        }
        if (post.category() == PostCategory.TEACHING && post.subject() != null && !teacherSubjects.contains(post.subject())) {
            throw RuleViolation.unprocessable("POST_SUBJECT_MATCHES", field, new Reason(
                    "the post teaches " + post.subject() + "; the teacher teaches " + teacherSubjects,
                    "岗位学科为 " + post.subject() + "，该教师任教学科为 " + teacherSubjects));
        }
    }

    /** Rule APPOINTMENT_AFTER_FIRST_HIRE: nobody holds a post before they were hired. */
    public static void requireAfterFirstHire(LocalDate effectiveFrom, LocalDate firstHireDate) {
        if (effectiveFrom.isBefore(firstHireDate)) {
            throw RuleViolation.unprocessable("APPOINTMENT_AFTER_FIRST_HIRE", "effectiveFrom", new Reason(
                    "effectiveFrom " + effectiveFrom + " is before the teacher's first hire date " + firstHireDate,
                    "生效日期 " + effectiveFrom + " 早于该教师首次聘用日期 " + firstHireDate));
        }
    }

    /** Rule TRANSFER_NEEDS_APPOINTMENT: a transfer moves a teacher who holds a post. */
    public static void requireTransferable(boolean hasActive) {
        if (!hasActive) {
            throw RuleViolation.conflict("TRANSFER_NEEDS_APPOINTMENT", "teacherId", new Reason(
                    "the teacher holds no post to be transferred from; appoint them instead",
                    "该教师当前未聘任岗位，无法调动，请直接聘任"));
        }
    }

    /** Rules TRANSFER_TO_ANOTHER_POST and TRANSFER_AFTER_START. */
    public static void requireTransferDates(java.util.UUID fromPost, java.util.UUID toPost, LocalDate currentSince,
                                            LocalDate effectiveFrom, String field) {
        if (fromPost.equals(toPost)) {
            throw RuleViolation.unprocessable("TRANSFER_TO_ANOTHER_POST", field, new Reason(
                    "the teacher already holds post " + toPost, "该教师已在岗位 " + toPost));
        }
        if (!effectiveFrom.isAfter(currentSince)) {
            throw RuleViolation.unprocessable("TRANSFER_AFTER_START", "effectiveFrom", new Reason(
                    "a transfer takes effect after the current appointment began (" + currentSince + ")",
                    "调动生效日期须晚于现岗位聘任开始日期（" + currentSince + "）"));
        }
    }
}
