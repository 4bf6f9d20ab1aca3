package org.county.staffing.post.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.post.school.SchoolStatus;
import org.junit.jupiter.api.Test;

class PostSummaryTest {

    static Post post(PostCategory category, String subject, PostStatus status, FreezeCause cause) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.category = category;
        post.subject = subject;
        post.level = TitleGrade.NONE;
        post.status = status;
        post.freezeCause = cause;
        post.establishedAt = OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        return post;
    }

    @Test
    void theSummaryCountsByStatusCategoryAndSubjectLeavingAbolishedPostsOut() {
        List<Post> posts = List.of(
                post(PostCategory.TEACHING, "MATHEMATICS", PostStatus.OCCUPIED, null),
                post(PostCategory.TEACHING, "MATHEMATICS", PostStatus.VACANT, null),
                post(PostCategory.TEACHING, "CHINESE", PostStatus.FROZEN, FreezeCause.OVER_ESTABLISHMENT),
                post(PostCategory.TEACHING, "CHINESE", PostStatus.ABOLISHED, null),
                post(PostCategory.MANAGEMENT, null, PostStatus.OCCUPIED, null),
                post(PostCategory.SUPPORT, null, PostStatus.OCCUPIED, null));
        PostSummary summary = PostSummary.of("1137068301", "城关第一小学", SchoolStatus.ACTIVE, 4, posts,
                new StructurePolicy(85, 10, 1));
        assertThat(summary.established()).isEqualTo(5);
        assertThat(summary.occupied()).isEqualTo(3);
        assertThat(summary.vacant()).isEqualTo(1);
        assertThat(summary.frozen()).isEqualTo(1);
        assertThat(summary.room()).isZero();
        assertThat(summary.overEstablishedBy()).isEqualTo(1);
        assertThat(summary.mustGoAsPeopleLeave()).isZero();
        assertThat(summary.frozenForOverEstablishment()).isEqualTo(1);
        assertThat(summary.bySubject()).containsOnlyKeys("CHINESE", "MATHEMATICS");
        assertThat(summary.bySubject().get("MATHEMATICS")).isEqualTo(new PostSummary.Tally(2, 1, 1, 0));
        assertThat(summary.bySubject().get("CHINESE")).isEqualTo(new PostSummary.Tally(1, 0, 0, 1));
        assertThat(summary.byCategory().get(PostCategory.MANAGEMENT)).isEqualTo(new PostSummary.Tally(1, 1, 0, 0));
        assertThat(summary.structure().nonTeaching()).isEqualTo(2);
    }
}
