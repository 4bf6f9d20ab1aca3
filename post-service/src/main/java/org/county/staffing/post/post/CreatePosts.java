package org.county.staffing.post.post;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /schools/{schoolId}/posts}: {@code count} identical posts at once.
 * {@code level} defaults to {@code NONE} (an ungraded post). {@code leadershipRole}: MANAGEMENT posts only,
 * a leadership post of the school's function-and-staffing regulation, within the count it approves.
 */
public record CreatePosts(
        @NotNull PostCategory category,
        @Schema(description = "teaching posts only: a subject of the county's catalog (county.subjects)",
                example = "MATHEMATICS")
        String subject,
        @Schema(defaultValue = "NONE")
        TitleGrade level,
        @NotNull
        @Min(value = 1, message = "POST_COUNT_RANGE: at least one post is set up|至少设置 1 个岗位")
        @Max(value = CreatePosts.MAX_COUNT, message = "POST_COUNT_RANGE: at most 500 posts at once|一次最多设置 500 个岗位")
        Integer count,
        @Size(max = 500) String reason,
        @Schema(description = "MANAGEMENT posts only: the leadership post of the school's regulation this post is")
        LeadershipRole leadershipRole) {

    public static final int MAX_COUNT = 500;
}
