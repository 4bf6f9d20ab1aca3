package org.county.staffing.recruitment.employment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * A resident identity card number (居民身份證號碼, GB 11643-1999): a 6-digit address code, the
 * birth date {@code yyyyMMdd}, a 3-digit sequence whose last digit is odd for men and even for
 * women, and an ISO 7064 MOD 11-2 check character. Refusals never repeat the number.
 */
public final class NationalIdNumber {

    private static final Pattern FORM = Pattern.compile("[1-9]\\d{16}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String number;

    private NationalIdNumber(String number) {
        this.number = number;
    }

    /** Rules ID_NUMBER_FORMAT, ID_NUMBER_BIRTH_DATE_VALID and ID_NUMBER_CHECK_DIGIT. */
    public static NationalIdNumber parse(String field, String raw) {
        String text = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(text).matches()) {
            throw RuleViolation.badRequest("ID_NUMBER_FORMAT", field, new Reason(
                    "an ID number has 18 characters: 17 digits and a check digit or X",
                    "身份证号码应为18位：17位数字加1位校验码（数字或X）"));
        }
        try {
            LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            throw RuleViolation.badRequest("ID_NUMBER_BIRTH_DATE_VALID", field, new Reason(
                    "characters 7 to 14 of the ID number are not a valid birth date",
                    "身份证号码第7至14位不是有效的出生日期"));
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            throw RuleViolation.badRequest("ID_NUMBER_CHECK_DIGIT", field, new Reason(
                    "the check digit of the ID number does not match (GB 11643); the number is mistyped",
                    "身份证号码校验码不符（GB 11643），号码有误"));
        }
        return new NationalIdNumber(text);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    public Gender gender() {
        return (number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Rules ID_NUMBER_MATCHES_BIRTH_DATE and ID_NUMBER_MATCHES_GENDER: the number encodes both. */
    public void requireMatches(String field, LocalDate birthDate, Gender gender) {
        if (birthDate != null && !birthDate.equals(birthDate())) {
            throw RuleViolation.unprocessable("ID_NUMBER_MATCHES_BIRTH_DATE", field, new Reason(
                    "the birth date in the ID number differs from birthDate " + birthDate,
                    "身份证号码中的出生日期与 birthDate（" + birthDate + "）不一致"));
        }
        if (gender != null && gender != gender()) {
            throw RuleViolation.unprocessable("ID_NUMBER_MATCHES_GENDER", field, new Reason(
                    "the ID number is that of a " + gender().name().toLowerCase(Locale.ROOT) + " person, not " + gender,
                    "身份证号码所示性别与 gender（" + gender + "）不一致"));
        }
    }

    /** The form that may be shown: first six and last four characters, e.g. {@code 370683********123X}. */
    public String masked() {
        return number.substring(0, 6) + "********" + number.substring(14);
    }

    /** The whole number; only for hashing and encryption, never for output. */
    String reveal() {
        return number;
    }

    @Override
    public String toString() {
        return masked();
    }
}
