package org.county.staffing.rotation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.rotation.planner.model.Grade;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final SchoolYear YEAR = new SchoolYear(2026);
    final Eligibility.Settings settings = Eligibility.Settings.defaults();

    static Eligibility.Facts teacher(LocalDate since, String gender, LocalDate born, String status, LocalDate rotated,
                                     Grade grade, String manual) {
        return new Eligibility.Facts(UUID.randomUUID(), "张老师", "1137068301", "CHINESE", null, status, gender, born,
                LocalDate.of(2005, 9, 1), since, rotated, grade, manual, false, false);
    }

    @Test
    void sixFullYearsAtTheSchoolOnTheFirstDayOfTheYearMakeATeacherDue() {
        var due = Eligibility.assess(teacher(LocalDate.of(2020, 9, 1), "MALE", LocalDate.of(1985, 1, 1), "ACTIVE", null, Grade.COMPETENT, null), YEAR, settings);
        assertThat(due.yearsAtSchool()).isEqualTo(6);
        assertThat(due.due()).isTrue();
        var notYet = Eligibility.assess(teacher(LocalDate.of(2020, 9, 2), "MALE", LocalDate.of(1985, 1, 1), "ACTIVE", null, null, null), YEAR, settings);
        assertThat(notYet.yearsAtSchool()).isEqualTo(5);
        assertThat(notYet.reachesYears()).isFalse();
        var configured = Eligibility.assess(teacher(LocalDate.of(2021, 9, 1), "MALE", LocalDate.of(1985, 1, 1), "ACTIVE", null, null, null), YEAR,
                new Eligibility.Settings(5, 60, 55, 3, 1, 3, true));
        assertThat(configured.due()).isTrue();
    }

    @Test
    void everyExemptionNamesItsReason() {
        LocalDate since = LocalDate.of(2010, 9, 1);
        // a woman of 52 retires at 55: within three years
        var near = Eligibility.assess(teacher(since, "FEMALE", LocalDate.of(1974, 6, 1), "ACTIVE", null, null, null), YEAR, settings);
        assertThat(near.due()).isFalse();
        assertThat(near.exemptions()).extracting(Eligibility.Exemption::kind).containsExactly(Eligibility.Kind.NEAR_RETIREMENT);
        assertThat(near.exemptions().get(0).zh()).contains("55");
        // a man of 52 does not (60)
        assertThat(Eligibility.assess(teacher(since, "MALE", LocalDate.of(1974, 6, 1), "ACTIVE", null, null, null), YEAR, settings).due()).isTrue();
        assertThat(Eligibility.assess(teacher(since, "MALE", LocalDate.of(1980, 1, 1), "ON_LEAVE", null, null, null), YEAR, settings)
                .exemptions()).extracting(Eligibility.Exemption::kind).containsExactly(Eligibility.Kind.ON_LEAVE);
        assertThat(Eligibility.assess(teacher(since, "MALE", LocalDate.of(1980, 1, 1), "ACTIVE", LocalDate.of(2024, 9, 1), null, null), YEAR, settings)
                .exemptions()).extracting(Eligibility.Exemption::kind).containsExactly(Eligibility.Kind.RECENTLY_ROTATED);
        assertThat(Eligibility.assess(teacher(since, "MALE", LocalDate.of(1980, 1, 1), "ACTIVE", LocalDate.of(2023, 9, 1), null, null), YEAR, settings)
                .exemptions()).isEmpty();
        assertThat(Eligibility.assess(teacher(since, "MALE", LocalDate.of(1980, 1, 1), "ACTIVE", null, Grade.UNQUALIFIED, null), YEAR, settings)
                .exemptions()).extracting(Eligibility.Exemption::kind).containsExactly(Eligibility.Kind.UNQUALIFIED);
        var manual = Eligibility.assess(teacher(since, "MALE", LocalDate.of(1980, 1, 1), "SECONDED", null, null, "病休"), YEAR, settings);
        assertThat(manual.exemptions()).extracting(Eligibility.Exemption::kind).containsExactly(Eligibility.Kind.SECONDED, Eligibility.Kind.MANUAL);
        assertThat(manual.exemptions().get(1).zh()).isEqualTo("病休");
    }
}
