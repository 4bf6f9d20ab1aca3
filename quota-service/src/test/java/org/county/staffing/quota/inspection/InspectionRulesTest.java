package org.county.staffing.quota.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.quota.inspection.InspectionRules.Appointment;
import org.county.staffing.quota.inspection.InspectionRules.Detected;
import org.county.staffing.quota.inspection.InspectionRules.Post;
import org.county.staffing.quota.inspection.InspectionRules.SchoolFacts;
import org.county.staffing.quota.inspection.InspectionRules.Secondment;
import org.county.staffing.quota.inspection.InspectionRules.Snapshot;
import org.junit.jupiter.api.Test;

class InspectionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String A = "2000000001";
    static final String B = "2000000002";

    final List<Post> posts = new ArrayList<>();
    final List<Appointment> appointments = new ArrayList<>();
    final List<Secondment> secondments = new ArrayList<>();
    final Map<UUID, String> teachers = new java.util.HashMap<>();
    Map<String, SchoolFacts> schools = Map.of(A, new SchoolFacts(A, true, true, 10), B, new SchoolFacts(B, true, true, 10));

    List<Detected> inspect() {
        return InspectionRules.inspect(new Snapshot(TODAY, new BigDecimal("0.90"), schools, posts, appointments, secondments, teachers));
    }

    UUID post(String school, String category) {
        UUID id = UUID.randomUUID();
        posts.add(new Post(id, school, category, false));
        return id;
    }

    Appointment appoint(String school, UUID post, String category, LocalDate from) {
        Appointment a = new Appointment(UUID.randomUUID(), UUID.randomUUID(), post, school, category, from);
        appointments.add(a);
        return a;
    }

    @Test
    void aCleanSchoolHasNoFinding() {
        for (int i = 0; i < 9; i++) {
            appoint(A, post(A, "TEACHING"), "TEACHING", TODAY.minusYears(1));
        }
        appoint(A, post(A, "MANAGEMENT"), "MANAGEMENT", TODAY.minusYears(1));
        secondments.add(new Secondment(UUID.randomUUID(), appointments.get(0).teacherId(), A, TODAY.minusMonths(1),
                TODAY.plusMonths(5), "莱编办〔2026〕12号"));
        assertThat(inspect()).isEmpty();
    }

    @Test
    void mixedPostsAPostOfAnotherSchoolAWrongCategoryAndTooFewTeachingPosts() {
        Appointment elsewhere = appoint(A, post(B, "TEACHING"), "TEACHING", TODAY);
        Appointment wrongCategory = appoint(A, post(A, "SUPPORT"), "TEACHING", TODAY);
        for (int i = 0; i < 3; i++) {
            post(B, "TEACHING");
        }
        post(B, "MANAGEMENT");
        post(B, "SUPPORT");
        List<Detected> found = inspect();
        assertThat(found).filteredOn(d -> d.rule().equals(InspectionRules.POST_OF_ANOTHER_SCHOOL)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(FindingKind.MIXED_POSTS);
            assertThat(d.schoolId()).isEqualTo(A);
            assertThat(d.evidence()).contains(new Evidence("appointment", elsewhere.appointmentId().toString()),
                    new Evidence("post", elsewhere.postId().toString()));
        });
        assertThat(found).filteredOn(d -> d.rule().equals(InspectionRules.APPOINTMENT_MATCHES_POST_CATEGORY)).singleElement()
                .satisfies(d -> assertThat(d.evidence()).contains(new Evidence("post", wrongCategory.postId().toString())));
        // B: 2 of its 6 posts are not teaching; 10% of 6 rounds up to 1 allowed
        assertThat(found).filteredOn(d -> d.rule().equals(InspectionRules.TEACHING_POSTS_SHARE)).singleElement().satisfies(d -> {
            assertThat(d.schoolId()).isEqualTo(B);
            assertThat(d.evidence()).hasSize(2).allMatch(e -> e.type().equals("post"));
        });
    }

    @Test
    void quotaOccupiedByTwoAppointmentsAGoneTeacherOrAMergedSchool() {
        UUID teacher = UUID.randomUUID();
        Appointment old = new Appointment(UUID.randomUUID(), teacher, post(A, "TEACHING"), A, "TEACHING", TODAY.minusYears(3));
        Appointment now = new Appointment(UUID.randomUUID(), teacher, post(B, "TEACHING"), B, "TEACHING", TODAY.minusMonths(2));
        appointments.add(old);
        appointments.add(now);
        Appointment retired = appoint(B, post(B, "TEACHING"), "TEACHING", TODAY.minusYears(20));
        teachers.put(retired.teacherId(), "RETIRED");
        List<Detected> found = inspect();
        assertThat(found).filteredOn(d -> d.rule().equals(InspectionRules.ONE_APPOINTMENT_PER_TEACHER)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(FindingKind.QUOTA_OCCUPIED);
            assertThat(d.schoolId()).isEqualTo(A);
        });
        assertThat(found).filteredOn(d -> d.rule().equals(InspectionRules.APPOINTEE_IN_SERVICE)).singleElement()
                .satisfies(d -> assertThat(d.schoolId()).isEqualTo(B));

        schools = Map.of(A, new SchoolFacts(A, true, false, 10), B, new SchoolFacts(B, true, true, 10));
        assertThat(inspect()).filteredOn(d -> d.rule().equals(InspectionRules.STAFF_OF_ACTIVE_SCHOOL)).singleElement()
                .satisfies(d -> assertThat(d.schoolId()).isEqualTo(A));
    }

    @Test
    void secondmentsWithoutApprovalOrPastTheirEndAreIrregular() {
        UUID unapproved = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        UUID openEnded = UUID.randomUUID();
        secondments.add(new Secondment(unapproved, UUID.randomUUID(), A, TODAY.minusMonths(1), TODAY.plusMonths(1), null));
        secondments.add(new Secondment(overdue, UUID.randomUUID(), A, TODAY.minusYears(1), TODAY.minusDays(1), "文号"));
        secondments.add(new Secondment(openEnded, UUID.randomUUID(), B, TODAY.minusYears(1), null, "文号"));
        secondments.add(new Secondment(UUID.randomUUID(), UUID.randomUUID(), B, TODAY.minusYears(1), TODAY, "文号"));
        List<Detected> found = inspect();
        assertThat(found).allMatch(d -> d.kind() == FindingKind.IRREGULAR_SECONDMENT);
        assertThat(found).extracting(Detected::rule, d -> d.evidence().get(0).id()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(InspectionRules.SECONDMENT_APPROVED, unapproved.toString()),
                org.assertj.core.groups.Tuple.tuple(InspectionRules.SECONDMENT_WITHIN_PERIOD, overdue.toString()),
                org.assertj.core.groups.Tuple.tuple(InspectionRules.SECONDMENT_WITHIN_PERIOD, openEnded.toString()));
    }

    @Test
    void appointmentsBeyondTheQuotaOrOnAbolishedPostsAreOffQuotaHiring() {
        schools = Map.of(A, new SchoolFacts(A, true, true, 2));
        appoint(A, post(A, "TEACHING"), "TEACHING", TODAY.minusYears(5));
        appoint(A, post(A, "TEACHING"), "TEACHING", TODAY.minusYears(4));
        Appointment third = appoint(A, post(A, "TEACHING"), "TEACHING", TODAY.minusDays(3));
        UUID abolished = UUID.randomUUID();
        posts.add(new Post(abolished, A, "TEACHING", true));
        Appointment onAbolished = appoint(A, abolished, "TEACHING", TODAY.minusDays(10));
        List<Detected> found = inspect();
        assertThat(found).filteredOn(d -> d.rule().equals(InspectionRules.APPOINTMENTS_WITHIN_QUOTA)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(FindingKind.OFF_QUOTA_HIRING);
            // the two appointed last are beyond the quota of 2
            assertThat(d.evidence()).containsExactly(new Evidence("appointment", onAbolished.appointmentId().toString()),
                    new Evidence("appointment", third.appointmentId().toString()));
        });
        assertThat(found).filteredOn(d -> d.rule().equals(InspectionRules.APPOINTMENT_ON_ESTABLISHED_POST)).hasSize(1);
    }

    @Test
    void theSameIrregularityHasTheSameFingerprintAndSchoolsOutsideTheInspectionAreLeftOut() {
        secondments.add(new Secondment(UUID.randomUUID(), UUID.randomUUID(), A, TODAY.minusMonths(1), TODAY.plusMonths(1), null));
        assertThat(inspect().get(0).fingerprint()).isEqualTo(inspect().get(0).fingerprint());
        schools = Map.of(B, new SchoolFacts(B, true, true, 10));
        assertThat(inspect()).isEmpty();
    }
}
