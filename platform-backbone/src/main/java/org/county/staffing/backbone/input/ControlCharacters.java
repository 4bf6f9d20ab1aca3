package org.county.staffing.backbone.input;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * Rule {@value #RULE}: text from a client carries no C0 control characters (U+0000 to U+001F).
 * PostgreSQL refuses NUL in text outright (the request would end in a 500), and the others have no
 * place in a name, an id or a reason. JSON strings may hold tab, CR and LF (a multi-line reason);
 * path and query parameters hold none.
 */
public final class ControlCharacters {

    public static final String RULE = "CONTROL_CHARACTER";

    private ControlCharacters() {
    }

    /** The index of the first control character not allowed in a path or query parameter, or -1. */
    public static int inParameter(String value) {
        return first(value, false);
    }

    /** The index of the first control character not allowed in a JSON string (tab, CR, LF are), or -1. */
    public static int inText(String value) {
        return first(value, true);
    }

    private static int first(String value, boolean lineBreaksAllowed) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }

    /** The 400 naming {@code field} and the offending character. */
    public static RuleViolation violation(String where, String field, String value, int index) {
        String code = String.format("U+%04X", (int) value.charAt(index));
        String name = field == null ? "a text " + where : where + " '" + field + "'";
        String nameZh = ("parameter".equals(where) ? "参数" : "字段") + (field == null ? "" : " '" + field + "'");
        return RuleViolation.badRequest(RULE, field, new Reason(
                name + " contains the control character " + code + " at position " + index
                        + "; control characters are not accepted",
                nameZh + " 在第 " + index + " 个字符处含有控制字符 " + code + "，不接受控制字符"));
    }
}
