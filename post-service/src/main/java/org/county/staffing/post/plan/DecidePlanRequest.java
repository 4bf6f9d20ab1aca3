package org.county.staffing.post.plan;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.county.staffing.backbone.review.Verdict;

/**
 * The body of {@code POST /plans/{id}/decision}. {@code version}, when given, must be the version
 * under review: a decision meant for an older version is not applied to a newer one.
 */
public record DecidePlanRequest(
        @NotNull Verdict decision,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> reasons,
        @Min(1) Integer version) {
}
