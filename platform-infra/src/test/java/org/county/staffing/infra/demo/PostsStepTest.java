package org.county.staffing.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.county.staffing.infra.demo.PostsStep.Lacking;
import org.junit.jupiter.api.Test;

class PostsStepTest {

    @Test
    void leadershipPostsAreSetUpWithinEachSchoolsRoomAndNeverBeyondIt() {
        // a school with room for 2 of its 4 missing leadership posts, one with no room at all
        Lacking some = new Lacking("S1", "K12", 2, List.of("PRINCIPAL", "DEPUTY_PRINCIPAL", "DEPUTY_PRINCIPAL", "UNION_CHAIR"));
        Lacking none = new Lacking("S2", "K12", 0, List.of("PRINCIPAL"));

        Map<String, Map<String, Integer>> setUp = PostsStep.leadershipWithinQuota(List.of(some, none), Map.of("K12", 100));

        assertThat(setUp).containsOnlyKeys("S1");
        assertThat(setUp.get("S1")).containsExactlyInAnyOrderEntriesOf(Map.of("PRINCIPAL", 1, "DEPUTY_PRINCIPAL", 1));
    }

    @Test
    void aPoolsAllowanceIsSharedOnePostAtATimeSoThatEverySchoolGetsItsPrincipalFirst() {
        Lacking big = new Lacking("S1", "OTHER", 10, List.of("PRINCIPAL", "DEPUTY_PRINCIPAL", "DEPUTY_PRINCIPAL", "PARTY_SECRETARY"));
        Lacking small = new Lacking("S2", "OTHER", 10, List.of("PRINCIPAL", "PARTY_SECRETARY"));
        Lacking other = new Lacking("S3", "K12", 10, List.of("PRINCIPAL"));

        Map<String, Map<String, Integer>> setUp = PostsStep.leadershipWithinQuota(List.of(small, big, other),
                Map.of("OTHER", 3, "K12", 0));

        // three posts for pool OTHER: both principals, then the big school's first deputy; none in pool K12
        assertThat(setUp).containsOnlyKeys("S1", "S2");
        assertThat(setUp.get("S1")).containsExactlyInAnyOrderEntriesOf(Map.of("PRINCIPAL", 1, "DEPUTY_PRINCIPAL", 1));
        assertThat(setUp.get("S2")).containsExactlyInAnyOrderEntriesOf(Map.of("PRINCIPAL", 1));
    }
}
