package org.county.staffing.audit.record;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule ID_NUMBER_MASKED: a national ID number (居民身份證號碼: 17 digits and a digit or X) is never
 * stored or shown whole. The producing services send only {@code idNumberMasked}; this is the
 * second line of defence for a payload that carries one anyway, in any field. The mask keeps the
 * six-digit region code and the last four characters and hides the birth date, the form the
 * platform uses everywhere ({@code 370683********123X}).
 *
 * <p>Any run of 17 digits and a digit or X that is not part of a longer run of digits is masked,
 * whether or not its check digit is right: a mistyped number is personal data too. An 18-digit
 * number that is no ID number is masked as well; for an audit log that is the safe side.
 */
public final class IdNumberMasking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9Xx])");
    private static final String HIDDEN = "********";

    private IdNumberMasking() {
    }

    /** The text with every ID number in it masked; the same instance when there is none. */
    public static String mask(String text) {
        if (text == null || text.length() < 18) {
            return text;
        }
        Matcher m = ID_NUMBER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, "$1" + HIDDEN + "$2");
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    public static boolean containsIdNumber(String text) {
        return text != null && ID_NUMBER.matcher(text).find();
    }
}
