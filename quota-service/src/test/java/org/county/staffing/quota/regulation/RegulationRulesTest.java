package org.county.staffing.quota.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.county.staffing.backbone.contract.LeadershipRole.DEPUTY_PRINCIPAL;
import static org.county.staffing.backbone.contract.LeadershipRole.FULL_TIME_DEPUTY_SECRETARY;
import static org.county.staffing.backbone.contract.LeadershipRole.PARTY_SECRETARY;
import static org.county.staffing.backbone.contract.LeadershipRole.PRINCIPAL;

import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.regulation.RegulationRules.RoleCount;
import org.junit.jupiter.api.Test;

class RegulationRulesTest {

    private static List<RoleCount> posts(int principals, int deputies, int secretaries, int fullTimeDeputySecretaries) {
        return List.of(new RoleCount(PRINCIPAL, principals), new RoleCount(DEPUTY_PRINCIPAL, deputies),
                new RoleCount(PARTY_SECRETARY, secretaries), new RoleCount(FULL_TIME_DEPUTY_SECRETARY, fullTimeDeputySecretaries));
    }

    private static String refusal(PartyOrganisation party, List<RoleCount> posts, int quota) {
        try {
            RegulationRules.approve(party, posts, quota);
            return null;
        } catch (RuleViolation e) {
            return e.rule() + "@" + e.violations().get(0).field();
        }
    }

    @Test
    void aCommitteeOrGeneralBranchHasAFullTimeDeputySecretaryAndABranchHasNone() {
        assertThat(refusal(PartyOrganisation.PARTY_COMMITTEE, posts(1, 2, 1, 0), 50))
                .isEqualTo("FULL_TIME_DEPUTY_SECRETARY_REQUIRED@leadershipPosts");
        assertThat(refusal(PartyOrganisation.GENERAL_BRANCH, posts(1, 2, 1, 0), 50))
                .isEqualTo("FULL_TIME_DEPUTY_SECRETARY_REQUIRED@leadershipPosts");
        assertThat(refusal(PartyOrganisation.PARTY_BRANCH, posts(1, 2, 1, 1), 50))
                .isEqualTo("FULL_TIME_DEPUTY_SECRETARY_REQUIRED@leadershipPosts");
        assertThat(RegulationRules.approve(PartyOrganisation.GENERAL_BRANCH, posts(1, 2, 1, 1), 50))
                .isEqualTo(Map.of(PRINCIPAL, 1, DEPUTY_PRINCIPAL, 2, PARTY_SECRETARY, 1, FULL_TIME_DEPUTY_SECRETARY, 1));
        assertThat(RegulationRules.approve(PartyOrganisation.PARTY_BRANCH, posts(1, 0, 1, 0), 50))
                .as("a role with no posts is left out").isEqualTo(Map.of(PRINCIPAL, 1, PARTY_SECRETARY, 1));
    }

    @Test
    void leadershipPostsAreCountedWithinTheSchoolsQuota() {
        assertThat(RegulationRules.approve(PartyOrganisation.PARTY_COMMITTEE, posts(1, 2, 1, 1), 5)).hasSize(4);
        assertThat(refusal(PartyOrganisation.PARTY_COMMITTEE, posts(1, 2, 1, 1), 4)).isEqualTo("LEADERSHIP_WITHIN_QUOTA@leadershipPosts");
        assertThat(refusal(PartyOrganisation.PARTY_BRANCH, posts(1, 0, 0, 0), 0)).isEqualTo("LEADERSHIP_WITHIN_QUOTA@leadershipPosts");
    }

    @Test
    void onePrincipalAtMostOneSecretaryAndEachRoleOnce() {
        assertThat(refusal(PartyOrganisation.PARTY_BRANCH, posts(0, 1, 1, 0), 50)).isEqualTo("ONE_PRINCIPAL@leadershipPosts");
        assertThat(refusal(PartyOrganisation.PARTY_BRANCH, posts(2, 1, 1, 0), 50)).isEqualTo("ONE_PRINCIPAL@leadershipPosts");
        assertThat(refusal(PartyOrganisation.PARTY_BRANCH, posts(1, 1, 2, 0), 50)).isEqualTo("ONE_PARTY_SECRETARY@leadershipPosts");
        assertThat(refusal(PartyOrganisation.PARTY_BRANCH, List.of(new RoleCount(PRINCIPAL, 1), new RoleCount(PRINCIPAL, 1)), 50))
                .isEqualTo("LEADERSHIP_ROLE_ONCE@leadershipPosts");
    }

    @Test
    void establishedPostsAreComparedRoleByRole() {
        List<RegulationRules.Gap> gaps = RegulationRules.compare(
                Map.of(PRINCIPAL, 1, DEPUTY_PRINCIPAL, 2, FULL_TIME_DEPUTY_SECRETARY, 1),
                Map.of(PRINCIPAL, 1, DEPUTY_PRINCIPAL, 3));
        assertThat(gaps).containsExactly(new RegulationRules.Gap(DEPUTY_PRINCIPAL, 2, 3),
                new RegulationRules.Gap(FULL_TIME_DEPUTY_SECRETARY, 1, 0));
        assertThat(gaps.get(1).lacking()).isTrue();
        assertThat(gaps.get(0).lacking()).isFalse();
    }
}
