package org.county.staffing.post.vacancy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

/** A vacant post with what recruitment and rotation planning need to know of its school, and how far it is covered. */
public record VacancyView(
        UUID postId,
        String schoolId,
        String schoolName,
        String location,
        String district,
        PostCategory category,
        String subject,
        TitleGrade level,
        OffsetDateTime vacantSince,
        double coveredShare) {

    /** As the query reads it, before the running assignments are looked at. */
    public VacancyView(UUID postId, String schoolId, String schoolName, String location, String district,
                       PostCategory category, String subject, TitleGrade level, OffsetDateTime vacantSince) {
        this(postId, schoolId, schoolName, location, district, category, subject, level, vacantSince, 0.0);
    }

    /** {@code coveredShare}: how much of the vacancy temporary or part-time assignments cover for their term. */
    VacancyView covered(double share) {
        return new VacancyView(postId, schoolId, schoolName, location, district, category, subject, level, vacantSince, share);
    }
}
