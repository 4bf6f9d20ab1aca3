package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class NationalIdNumberTest {

    /** The specimen number of GB 11643-1999. */
    private static final String SPECIMEN = "11010519491231002X";

    @Test
    void theStandardsSpecimenIsValidAndEncodesBirthDateAndGender() {
        NationalIdNumber number = NationalIdNumber.parse("idNumber", SPECIMEN);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.gender()).isEqualTo(Gender.FEMALE);
        assertThat(number.masked()).isEqualTo("110105********002X");
        assertThat(number.toString()).doesNotContain("19491231");
    }

    @Test
    void aLowerCaseCheckLetterAndSurroundingSpacesAreAccepted() {
        assertThat(NationalIdNumber.parse("idNumber", " 11010519491231002x ").masked()).isEqualTo("110105********002X");
    }

    @Test
    void theCheckCharacterFollowsIso7064Mod112() {
        assertThat(NationalIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(NationalIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void aMistypedDigitFailsTheCheckWithoutRepeatingTheNumber() {
        assertThatThrownBy(() -> NationalIdNumber.parse("idNumber", "11010519491231003X"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_NUMBER_CHECK_DIGIT");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations().get(0).field()).isEqualTo("idNumber");
                    assertThat(e.getMessage()).doesNotContain("11010519491231003X");
                    assertThat(e.violations().get(0).reason().zh()).doesNotContain("1101051949");
                });
    }

    @Test
    void wrongLengthLettersAndALeadingZeroAreNotIdNumbers() {
        for (String bad : new String[] {"1101051949123100", "110105194912310021X", "11010519491231002Y", "01010519491231002X", null}) {
            assertThatThrownBy(() -> NationalIdNumber.parse("idNumber", bad))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("ID_NUMBER_FORMAT"));
        }
    }

    @Test
    void anImpossibleBirthDateIsRefusedEvenWithACorrectCheckCharacter() {
        String first17 = "11010519490231002";
        String number = first17 + NationalIdNumber.checkCharacter(first17);
        assertThatThrownBy(() -> NationalIdNumber.parse("idNumber", number))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("ID_NUMBER_BIRTH_DATE_VALID"));
    }

    @Test
    void theNumberMustAgreeWithTheStatedBirthDateAndGender() {
        NationalIdNumber number = NationalIdNumber.parse("idNumber", SPECIMEN);
        number.requireMatches("idNumber", LocalDate.of(1949, 12, 31), Gender.FEMALE);
        assertThatThrownBy(() -> number.requireMatches("idNumber", LocalDate.of(1949, 12, 30), Gender.FEMALE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_NUMBER_MATCHES_BIRTH_DATE");
                    assertThat(e.status()).isEqualTo(422);
                });
        assertThatThrownBy(() -> number.requireMatches("idNumber", LocalDate.of(1949, 12, 31), Gender.MALE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("ID_NUMBER_MATCHES_GENDER"));
    }
}
