package org.county.staffing.quota.plan;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.county.staffing.backbone.review.Verdict;

/** The body of {@code POST /plans/{id}/decision}; {@code version}, when given, must be the pending one. */
public record DecidePlanRequest(
        @NotNull Verdict decision,
        @Size(max = 20) List<@NotNull @Size(max = 1000) String> reasons,
        @Min(1) Integer version) {
}
