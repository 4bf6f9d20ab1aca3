package org.county.staffing.rotation.input;

/**
 * The constraints of path and query parameters that the backbone's converters do not type: a school id
 * is the 10-digit national school code (as in post-service), and a school year a statistic is of is
 * required. Their rules name the parameter like every converter's refusal.
 */
public final class RequestParameters {

    public static final String SCHOOL_ID = "\\d{10}";
    public static final String SCHOOL_ID_MESSAGE =
            "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字";
    public static final String SCHOOL_YEAR_REQUIRED =
            "SCHOOL_YEAR_REQUIRED: the school year (like 2026-2027) is required|必须指定学年（如 2026-2027）";

    private RequestParameters() {
    }
}
