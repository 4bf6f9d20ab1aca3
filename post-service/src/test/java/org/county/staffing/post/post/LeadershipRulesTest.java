package org.county.staffing.post.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class LeadershipRulesTest {

    private static final Map<LeadershipRole, Integer> APPROVED = Map.of(LeadershipRole.PRINCIPAL, 1,
            LeadershipRole.DEPUTY_PRINCIPAL, 2, LeadershipRole.PARTY_SECRETARY, 1, LeadershipRole.FULL_TIME_DEPUTY_SECRETARY, 1);

    @Test
    void onlyAManagementPostCarriesALeadershipRole() {
        LeadershipRules.requireManagementPost(PostCategory.MANAGEMENT, LeadershipRole.PRINCIPAL);
        LeadershipRules.requireManagementPost(PostCategory.TEACHING, null);
        assertThatThrownBy(() -> LeadershipRules.requireManagementPost(PostCategory.TEACHING, LeadershipRole.PRINCIPAL))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.status()).isEqualTo(422);
                    assertThat(v.violations().get(0).rule()).isEqualTo("LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS");
                    assertThat(v.violations().get(0).field()).isEqualTo("leadershipRole");
                    assertThat(v.violations().get(0).reason().zh()).contains("校长");
                });
    }

    @Test
    void aRoleFillsUpToTheRegulationsCountAndNoFurther() {
        LeadershipRules.requireWithinRegulation("1137068301", LeadershipRole.DEPUTY_PRINCIPAL, 2, APPROVED, 0);
        LeadershipRules.requireWithinRegulation("1137068301", LeadershipRole.DEPUTY_PRINCIPAL, 1, APPROVED, 1);
        assertThatThrownBy(() -> LeadershipRules.requireWithinRegulation("1137068301", LeadershipRole.DEPUTY_PRINCIPAL, 1,
                APPROVED, 2))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.status()).isEqualTo(409);
                    assertThat(v.violations().get(0).rule()).isEqualTo("LEADERSHIP_POSTS_WITHIN_REGULATION");
                    assertThat(v.violations().get(0).reason().en()).contains("2 of the 2");
                    assertThat(v.violations().get(0).reason().zh()).contains("核定 2 个，已设 2 个");
                });
        // a role the regulation does not name has none
        assertThatThrownBy(() -> LeadershipRules.requireWithinRegulation("1137068301", LeadershipRole.UNION_CHAIR, 1,
                APPROVED, 0)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void withoutARegulationNoLeadershipPostIsSetUp() {
        assertThatThrownBy(() -> LeadershipRules.requireWithinRegulation("1137068301", LeadershipRole.PRINCIPAL, 1, null, 0))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.violations().get(0).rule()).isEqualTo("LEADERSHIP_POSTS_WITHIN_REGULATION");
                    assertThat(v.violations().get(0).reason().zh()).contains("尚未下达机构职能编制规定");
                });
    }

    @Test
    void theTallyShowsWhatIsMissingAndWhatIsInExcessRoleByRole() {
        Leadership leadership = Leadership.unregulated(Map.of(LeadershipRole.PRINCIPAL, 1, LeadershipRole.UNION_CHAIR, 1))
                .against(2, "GENERAL_BRANCH", APPROVED);
        assertThat(leadership.regulationVersion()).isEqualTo(2);
        assertThat(leadership.approved()).isEqualTo(5);
        assertThat(leadership.established()).isEqualTo(2);
        assertThat(leadership.missing()).isEqualTo(4);
        assertThat(leadership.excess()).isEqualTo(1);
        assertThat(leadership.roles()).extracting(Leadership.RoleTally::role).containsExactly(LeadershipRole.PRINCIPAL,
                LeadershipRole.DEPUTY_PRINCIPAL, LeadershipRole.PARTY_SECRETARY, LeadershipRole.FULL_TIME_DEPUTY_SECRETARY,
                LeadershipRole.UNION_CHAIR);
        assertThat(leadership.roles().get(4)).isEqualTo(new Leadership.RoleTally(LeadershipRole.UNION_CHAIR, 0, 1, 0, 1));
        assertThat(leadership.roles().get(1)).isEqualTo(new Leadership.RoleTally(LeadershipRole.DEPUTY_PRINCIPAL, 2, 0, 2, 0));

        Leadership unregulated = Leadership.unregulated(Map.of(LeadershipRole.PRINCIPAL, 1));
        assertThat(unregulated.regulationVersion()).isNull();
        assertThat(unregulated.excess()).isEqualTo(1);
    }
}
