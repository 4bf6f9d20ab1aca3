package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.recruitment.post.PostFacts;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {

    private static PostFacts post(boolean established, boolean abolished, boolean frozen, boolean occupied) {
        return new PostFacts(UUID.randomUUID(), "3706830001", PostCategory.TEACHING, "MATHEMATICS", established, abolished,
                frozen, occupied);
    }

    private static String rule(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuleViolation e) {
            return e.rule() + "/" + e.status();
        }
    }

    @Test
    void aPostCoveredByAnAssignmentIsNotFilledForGood() {
        UUID post = UUID.randomUUID();
        assertThat(rule(() -> AppointmentRules.requireNotCovered(post, null, "postId"))).isNull();
        assertThat(rule(() -> AppointmentRules.requireNotCovered(post, LocalDate.of(2027, 9, 1), "postId")))
                .isEqualTo("POST_NOT_COVERED/409");
        try {
            AppointmentRules.requireNotCovered(post, LocalDate.of(2027, 9, 1), "toPostId");
            throw new AssertionError("a covered post was filled");
        } catch (RuleViolation e) {
            assertThat(e.violations().get(0).field()).isEqualTo("toPostId");
            assertThat(e.violations().get(0).reason().zh()).contains("2027-09-01");
            assertThat(e.violations().get(0).reason().en()).contains("2027-09-01");
        }
    }

    @Test
    void onlyAVacantPostIsFilled() {
        assertThat(rule(() -> AppointmentRules.requireVacant(post(true, false, false, false), "postId"))).isNull();
        assertThat(rule(() -> AppointmentRules.requireVacant(post(false, false, false, false), "postId"))).isEqualTo("POST_ESTABLISHED/409");
        assertThat(rule(() -> AppointmentRules.requireVacant(post(true, true, false, false), "postId"))).isEqualTo("POST_NOT_ABOLISHED/409");
        assertThat(rule(() -> AppointmentRules.requireVacant(post(true, false, true, false), "postId"))).isEqualTo("POST_NOT_FROZEN/409");
        assertThat(rule(() -> AppointmentRules.requireVacant(post(true, false, false, true), "postId"))).isEqualTo("POST_VACANT/409");
        assertThat(post(true, false, false, false).state()).isEqualTo("VACANT");
        assertThat(post(true, false, true, true).state()).isEqualTo("FROZEN");
    }

    @Test
    void categoryAndSubjectMustMatch() {
        PostFacts maths = post(true, false, false, false);
        AppointmentRules.requireMatch(PostCategory.TEACHING, List.of("PHYSICS", "MATHEMATICS"), maths, "postId");
        assertThat(rule(() -> AppointmentRules.requireMatch(PostCategory.TEACHING, List.of("CHINESE"), maths, "postId")))
                .isEqualTo("POST_SUBJECT_MATCHES/422");
        assertThat(rule(() -> AppointmentRules.requireMatch(PostCategory.SUPPORT, List.of(), maths, "postId")))
                .isEqualTo("POST_CATEGORY_MATCHES/422");
        PostFacts support = new PostFacts(UUID.randomUUID(), "3706830001", PostCategory.SUPPORT, null, true, false, false, false);
        AppointmentRules.requireMatch(PostCategory.SUPPORT, List.of(), support, "postId");
    }

    @Test
    void oneActiveAppointmentAndOnlyActiveTeachers() {
        assertThat(rule(() -> AppointmentRules.requireNoActiveAppointment(true))).isEqualTo("ONE_ACTIVE_APPOINTMENT/409");
        assertThat(rule(() -> AppointmentRules.requireNoActiveAppointment(false))).isNull();
        assertThat(rule(() -> AppointmentRules.requireActive(TeacherStatus.SECONDED))).isEqualTo("TEACHER_ACTIVE/409");
        assertThat(rule(() -> AppointmentRules.requireActive(TeacherStatus.ACTIVE))).isNull();
    }

    @Test
    void datesOfAppointmentsAndTransfers() {
        LocalDate hired = LocalDate.of(2015, 9, 1);
        assertThat(rule(() -> AppointmentRules.requireAfterFirstHire(hired.minusDays(1), hired))).isEqualTo("APPOINTMENT_AFTER_FIRST_HIRE/422");
        UUID post = UUID.randomUUID();
        assertThat(rule(() -> AppointmentRules.requireTransferDates(post, post, hired, hired.plusYears(1), "toPostId")))
                .isEqualTo("TRANSFER_TO_ANOTHER_POST/422");
        assertThat(rule(() -> AppointmentRules.requireTransferDates(post, UUID.randomUUID(), hired, hired, "toPostId")))
                .isEqualTo("TRANSFER_AFTER_START/422");
        assertThat(rule(() -> AppointmentRules.requireTransferable(false))).isEqualTo("TRANSFER_NEEDS_APPOINTMENT/409");
    }
}
