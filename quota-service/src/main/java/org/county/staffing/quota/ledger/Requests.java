package org.county.staffing.quota.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of the ledger's write endpoints. */
public final class Requests {

    private Requests() {
    }

    /** {@code POST /pools/{pool}/adjustments}: a POOL entry changing the total. */
    public record PoolAdjustment(
            @NotNull
            @Min(value = -100_000, message = "DELTA_RANGE: a change is between -100000 and 100000|变动数须在 -100000 到 100000 之间")
            @Max(value = 100_000, message = "DELTA_RANGE: a change is between -100000 and 100000|变动数须在 -100000 到 100000 之间")
            Integer delta,
            @NotBlank(message = "REASON_REQUIRED: a change of quota states its reason|编制变动须说明理由")
            @Size(max = 500) String reason) {
    }

    /** {@code POST /schools/{id}/quota/adjustments}: an ADJUSTMENT entry of one school. */
    public record SchoolAdjustment(
            @NotNull
            @Min(value = -10_000, message = "DELTA_RANGE: a school's change is between -10000 and 10000|单校变动数须在 -10000 到 10000 之间")
            @Max(value = 10_000, message = "DELTA_RANGE: a school's change is between -10000 and 10000|单校变动数须在 -10000 到 10000 之间")
            Integer delta,
            @NotBlank(message = "REASON_REQUIRED: a change of quota states its reason|编制变动须说明理由")
            @Size(max = 500) String reason,
            @Size(max = 100) String reference) {
    }

    /** {@code POST /transfers}. */
    public record Transfer(
            @NotNull
            @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字")
            String fromSchoolId,
            @NotNull
            @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字")
            String toSchoolId,
            @NotNull
            @Positive(message = "TRANSFER_AMOUNT_POSITIVE: a transfer moves at least one quota|调剂数须为正整数")
            @Max(value = 10_000, message = "TRANSFER_AMOUNT_POSITIVE: a transfer moves at most 10000|单次调剂不超过 10000 名")
            Integer amount,
            @NotBlank(message = "REASON_REQUIRED: a change of quota states its reason|编制变动须说明理由")
            @Size(max = 500) String reason,
            @Size(max = 100) String reference) {
    }
}
