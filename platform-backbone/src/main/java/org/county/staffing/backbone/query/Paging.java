package org.county.staffing.backbone.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code page} and {@code size} query parameters of every list endpoint:
 * {@code list(@BeanParam Paging paging)}, then {@code paging.page()}, {@code paging.size(default)}
 * and {@code paging.offset(default)}. {@code page} counts from 0; {@code size} is 1 to
 * {@value #MAX_SIZE}. A value that is not a whole number is {@code QUERY_PARAMETER_TYPE}, one out of
 * range {@code PAGING_RANGE}, both naming the parameter.
 */
public class Paging {

    public static final String PAGING_RANGE = "PAGING_RANGE";
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "PAGING_RANGE: page counts from 0|页码从 0 开始")
    @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0",
            description = "page number, from 0")
    Integer page;

    @QueryParam("size")
    @Min(value = 1, message = "PAGING_RANGE: size is 1 to 500 rows|每页行数应在 1 到 500 之间")
    @Max(value = MAX_SIZE, message = "PAGING_RANGE: size is 1 to 500 rows|每页行数应在 1 到 500 之间")
    @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
            description = "rows per page, 1 to 500")
    Integer size;

    public Paging() {
    }

    /** Paging built in code (tests, internal callers); checked like the query parameters. */
    public static Paging of(int page, Integer size) {
        Paging paging = new Paging();
        paging.page = page;
        paging.size = size;
        paging.page();
        paging.size(DEFAULT_SIZE);
        return paging;
    }

    /** The page number, from 0 (0 when absent). */
    public int page() {
        int value = page == null ? 0 : page;
        if (value < 0) {
            throw outOfRange("page", value, "page counts from 0", "页码从 0 开始");
        }
        return value;
    }

    /** The rows per page, or {@code defaultSize} when absent. */
    public int size(int defaultSize) {
        int value = size == null ? defaultSize : size;
        if (value < 1 || value > MAX_SIZE) {
            throw outOfRange("size", value, "size is 1 to " + MAX_SIZE + " rows", "每页行数应在 1 到 " + MAX_SIZE + " 之间");
        }
        return value;
    }

    /** The rows per page, {@value #DEFAULT_SIZE} when absent. */
    public int size() {
        return size(DEFAULT_SIZE);
    }

    /** Rows to skip: {@code page × size}. */
    public long offset(int defaultSize) {
        return (long) page() * size(defaultSize);
    }

    public long offset() {
        return offset(DEFAULT_SIZE);
    }

    /** Whether the client asked for a size (some lists return everything when it did not). */
    public boolean sizeGiven() {
        return size != null;
    }

    private static RuleViolation outOfRange(String field, int value, String en, String zh) {
        return RuleViolation.badRequest(PAGING_RANGE, field, new Reason(en + " (not " + value + ")", zh + "（而不是 " + value + "）"));
    }

    @Override
    public String toString() {
        return "page " + page + ", size " + size;
    }
}
