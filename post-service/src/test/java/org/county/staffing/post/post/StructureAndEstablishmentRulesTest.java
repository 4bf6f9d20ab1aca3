package org.county.staffing.post.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class StructureAndEstablishmentRulesTest {

    static final StructurePolicy DEFAULTS = new StructurePolicy(85, 10, 1);

    static PostCounts counts(int teaching, int management, int support) {
        return new PostCounts(teaching + management + support, 0, 0,
                Map.of(PostCategory.TEACHING, teaching, PostCategory.MANAGEMENT, management, PostCategory.SUPPORT, support));
    }

    static String rule(Runnable call) {
        try {
            call.run();
        } catch (RuleViolation e) {
            return e.rule() + " " + e.status() + " " + e.violations().get(0).field();
        }
        return "none";
    }

    @Test
    void theStructureIsMeasuredAgainstTheQuota() {
        assertThat(DEFAULTS.managementCap(120)).isEqualTo(12);
        assertThat(DEFAULTS.nonTeachingAllowance(120)).isEqualTo(18);
        // the teaching share is rounded up: 85% of 20 is 17, of 21 is 17.85 -> 18
        assertThat(DEFAULTS.nonTeachingAllowance(20)).isEqualTo(3);
        assertThat(DEFAULTS.nonTeachingAllowance(21)).isEqualTo(3);
        // every school may have its principal's management post, but never more posts than quota
        assertThat(DEFAULTS.managementCap(5)).isEqualTo(1);
        assertThat(DEFAULTS.nonTeachingAllowance(5)).isEqualTo(1);
        assertThat(DEFAULTS.managementCap(0)).isZero();
        assertThat(DEFAULTS.nonTeachingAllowance(0)).isZero();
    }

    @Test
    void theLeadershipPostsOfARegulationAreNeverRefusedByTheShares() {
        StructurePolicy regulated = DEFAULTS.grantingLeadership(5);
        assertThat(regulated.managementCap(20)).isEqualTo(5);
        assertThat(regulated.nonTeachingAllowance(20)).isEqualTo(5);
        // a large school's shares are above its leaders already; never more than the quota
        assertThat(regulated.managementCap(120)).isEqualTo(12);
        assertThat(regulated.managementCap(3)).isEqualTo(3);
        assertThat(DEFAULTS.grantingLeadership(0)).isSameAs(DEFAULTS);
    }

    @Test
    void settingsOutOfRangeAreRefusedAtConstruction() {
        assertThatThrownBy(() -> new StructurePolicy(101, 10, 1)).hasMessageContaining("teaching-min-percent");
        assertThatThrownBy(() -> new StructurePolicy(85, -1, 1)).hasMessageContaining("management-max-percent");
        assertThatThrownBy(() -> new StructurePolicy(85, 10, -1)).hasMessageContaining("management-minimum");
    }

    @Test
    void newPostsFitTheQuota() {
        assertThatCode(() -> EstablishmentRules.requireRoom("s", 10, counts(6, 0, 0), PostCategory.TEACHING, 4, DEFAULTS))
                .doesNotThrowAnyException();
        assertThat(rule(() -> EstablishmentRules.requireRoom("s", 10, counts(6, 0, 0), PostCategory.TEACHING, 5, DEFAULTS)))
                .isEqualTo("POSTS_WITHIN_QUOTA 409 count");
        assertThat(rule(() -> EstablishmentRules.requireRoom("s", 0, PostCounts.none(), PostCategory.TEACHING, 1, DEFAULTS)))
                .isEqualTo("POSTS_WITHIN_QUOTA 409 count");
    }

    @Test
    void anOverEstablishedSchoolTakesNoNewPostsAtAll() {
        assertThat(rule(() -> EstablishmentRules.requireRoom("s", 4, counts(6, 0, 0), PostCategory.TEACHING, 1, DEFAULTS)))
                .isEqualTo("SCHOOL_OVER_ESTABLISHED 409 schoolId");
    }

    @Test
    void frozenPostsCountAgainstTheQuota() {
        PostCounts withFrozen = new PostCounts(1, 1, 2, Map.of(PostCategory.TEACHING, 4));
        assertThat(rule(() -> EstablishmentRules.requireRoom("s", 4, withFrozen, PostCategory.TEACHING, 1, DEFAULTS)))
                .isEqualTo("POSTS_WITHIN_QUOTA 409 count");
    }

    @Test
    void managementPostsAreCappedAndTheTeachingShareKept() {
        assertThat(rule(() -> EstablishmentRules.requireRoom("s", 20, counts(0, 2, 0), PostCategory.MANAGEMENT, 1, DEFAULTS)))
                .isEqualTo("MANAGEMENT_POSTS_CAP 409 count");
        assertThat(rule(() -> EstablishmentRules.requireRoom("s", 20, counts(0, 2, 1), PostCategory.SUPPORT, 1, DEFAULTS)))
                .isEqualTo("TEACHING_POSTS_MIN_SHARE 409 count");
        assertThat(rule(() -> EstablishmentRules.requireRoom("s", 20, counts(0, 2, 1), PostCategory.TEACHING, 17, DEFAULTS)))
                .isEqualTo("none");
        // a small school still gets its principal's post
        assertThat(rule(() -> EstablishmentRules.requireRoom("s", 5, PostCounts.none(), PostCategory.MANAGEMENT, 1, DEFAULTS)))
                .isEqualTo("none");
    }

    @Test
    void teachingPostsNameASubjectAndTheOthersNone() {
        assertThat(rule(() -> PostShape.requireSubjectFitsCategory(PostCategory.TEACHING, null)))
                .isEqualTo("TEACHING_POST_SUBJECT_REQUIRED 422 subject");
        assertThat(rule(() -> PostShape.requireSubjectFitsCategory(PostCategory.SUPPORT, "PE")))
                .isEqualTo("SUBJECT_ONLY_ON_TEACHING_POSTS 422 subject");
        assertThat(rule(() -> PostShape.requireSubjectFitsCategory(PostCategory.MANAGEMENT, "PE")))
                .isEqualTo("SUBJECT_ONLY_ON_TEACHING_POSTS 422 subject");
        assertThat(rule(() -> PostShape.requireSubjectFitsCategory(PostCategory.TEACHING, "PE"))).isEqualTo("none");
        assertThat(rule(() -> PostShape.requireSubjectFitsCategory(PostCategory.SUPPORT, null))).isEqualTo("none");
    }
}
