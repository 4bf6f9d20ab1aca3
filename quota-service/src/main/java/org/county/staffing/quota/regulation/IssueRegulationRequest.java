package org.county.staffing.quota.regulation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.county.staffing.backbone.contract.LeadershipRole;

/**
 * {@code PUT /schools/{id}/regulation}: the school's regulation from {@code effectiveFrom}: its
 * functions, its party organisation and its leadership posts by role.
 */
public record IssueRegulationRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull PartyOrganisation partyOrganisation,
        @NotNull
        @Size(min = 1, max = 20, message = "FUNCTIONS_REQUIRED: a regulation states 1 to 20 functions|编制规定须写明 1 至 20 项主要职责")
        List<@NotBlank(message = "FUNCTIONS_REQUIRED: a function is a text|主要职责不能为空") @Size(max = 500) String> functions,
        @NotNull
        @Size(min = 1, max = 6, message = "LEADERSHIP_POSTS_REQUIRED: a regulation lists its leadership roles, each once (1 to 6 roles)|编制规定须列出领导职务，每种一次（1 至 6 种）")
        List<@NotNull @Valid LeadershipPostCount> leadershipPosts) {

    /** The approved count of one leadership role. */
    public record LeadershipPostCount(
            @NotNull LeadershipRole role,
            @NotNull
            @Min(value = 0, message = "LEADERSHIP_COUNT_RANGE: a role has 0 to 10 posts|单项领导职数须为 0 至 10 名")
            @Max(value = 10, message = "LEADERSHIP_COUNT_RANGE: a role has 0 to 10 posts|单项领导职数须为 0 至 10 名")
            Integer count) {
    }
}
