package org.county.staffing.quota.verification;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.county.staffing.quota.pool.Pool;

/**
 * The body of {@code POST /verifications}. {@code pool} defaults to K12; {@code schoolIds} names
 * the schools of an ANNUAL fine adjustment (otherwise those whose enrollment changed beyond the
 * threshold); {@code overrideReason} allows a TRIENNIAL verification before its cycle is over.
 */
public record VerificationRequest(
        @NotNull
        @Pattern(regexp = "\\d{4}-\\d{4}", message = "SCHOOL_YEAR_FORMAT: a school year is written like 2026-2027|学年的格式应为 2026-2027")
        String schoolYear,
        @NotNull VerificationKind kind,
        Pool pool,
        @Size(max = 1000) List<
                @NotNull
                @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字")
                String> schoolIds,
        @Size(max = 500) String overrideReason) {
}
