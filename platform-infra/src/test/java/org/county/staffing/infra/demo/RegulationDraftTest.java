package org.county.staffing.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.junit.jupiter.api.Test;

class RegulationDraftTest {

    private static SchoolSpec school(String kind, List<String> stages) {
        return new SchoolSpec("3706830001", "学校", kind, stages, "URBAN", "D", "ORDINARY", 0, 0, Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of());
    }

    @Test
    void aLargeSecondarySchoolHasAPartyCommitteeWithAFullTimeDeputySecretary() {
        RegulationsStep.Draft draft = RegulationsStep.draft(school("SCHOOL", List.of("SENIOR")), 120);

        assertThat(draft.partyOrganisation()).isEqualTo("PARTY_COMMITTEE");
        assertThat(draft.leadershipPosts()).containsEntry("PRINCIPAL", 1).containsEntry("PARTY_SECRETARY", 1)
                .containsEntry("FULL_TIME_DEPUTY_SECRETARY", 1).containsEntry("DISCIPLINE_SECRETARY", 1).containsEntry("DEPUTY_PRINCIPAL", 3);
        assertThat(draft.functions()).contains("实施普通高中教育");
    }

    @Test
    void aMiddleSizedSchoolHasAGeneralBranchAndASmallOneABranchWithoutADeputySecretary() {
        RegulationsStep.Draft middle = RegulationsStep.draft(school("SCHOOL", List.of("PRIMARY")), 60);
        RegulationsStep.Draft small = RegulationsStep.draft(school("KINDERGARTEN", List.of("KINDERGARTEN")), 8);

        assertThat(middle.partyOrganisation()).isEqualTo("GENERAL_BRANCH");
        assertThat(middle.leadershipPosts()).containsEntry("FULL_TIME_DEPUTY_SECRETARY", 1);
        assertThat(small.partyOrganisation()).isEqualTo("PARTY_BRANCH");
        assertThat(small.leadershipPosts()).doesNotContainKey("FULL_TIME_DEPUTY_SECRETARY").containsEntry("PRINCIPAL", 1);
    }

    @Test
    void theLeadershipPostsNeverExceedTheQuota() {
        for (int quota = 1; quota <= 200; quota++) {
            for (List<String> stages : List.of(List.of("PRIMARY"), List.of("JUNIOR"), List.of("KINDERGARTEN"))) {
                RegulationsStep.Draft draft = RegulationsStep.draft(school("SCHOOL", stages), quota);
                assertThat(draft.leadershipTotal()).as("quota %d %s", quota, stages).isLessThanOrEqualTo(quota);
                assertThat(draft.leadershipPosts()).containsEntry("PRINCIPAL", 1);
            }
        }
    }
}
