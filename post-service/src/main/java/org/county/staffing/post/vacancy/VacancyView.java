package org.county.staffing.post.vacancy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

/** A vacant post with what recruitment and rotation planning need to know of its school. */
public record VacancyView(
        UUID postId,
        String schoolId,
        String schoolName,
        String location,
        String district,
        PostCategory category,
        String subject,
        TitleGrade level,
        OffsetDateTime vacantSince) {
}
