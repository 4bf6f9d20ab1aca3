package org.county.staffing.post.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.recruitment.CampaignClosed;
import org.county.staffing.contracts.recruitment.CampaignOpened;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanItem;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Rule CAMPAIGN_POST_FROZEN_LAST, from recruitment's campaign events to the posts' freezes. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class CampaignPostFlowTest {

    static UUID open(String postId) {
        UUID campaignId = UUID.randomUUID();
        Fixtures.publishRecruitment(CampaignOpened.TYPE, campaignId.toString(), new CampaignOpened(campaignId, "INTERNAL",
                List.of(UUID.fromString(postId)), Fixtures.EVENT_TIME, Fixtures.EVENT_TIME.plusDays(14), null));
        Fixtures.awaitPost(postId, p -> campaignId.toString().equals(p.path("fillingCampaignId").asText()));
        return campaignId;
    }

    static void close(UUID campaignId, String postId, List<CampaignClosed.Appointment> appointments) {
        Fixtures.publishRecruitment(CampaignClosed.TYPE, campaignId.toString(), new CampaignClosed(campaignId, "INTERNAL",
                List.of(UUID.fromString(postId)), Fixtures.EVENT_TIME, Fixtures.EVENT_TIME.plusDays(14), null, appointments));
    }

    /** The school's first post is held by {@code first}, the second by a colleague. */
    static void holdFirstTwo(String school, List<String> posts, String first) {
        Fixtures.appoint(first, posts.get(0), school);
        Fixtures.appoint(UUID.randomUUID().toString(), posts.get(1), school);
        Fixtures.awaitPostStatus(posts.get(0), "OCCUPIED");
        Fixtures.awaitPostStatus(posts.get(1), "OCCUPIED");
    }

    @Test
    void theSchoolsOtherVacantPostsAreFrozenFirstThenTheCampaignsPostWhichAClosedCampaignLeavesToTheQuota() {
        String school = Fixtures.schoolWithQuota(4);
        List<String> posts = Fixtures.createPosts(school, "TEACHING", "CHINESE", 4);
        holdFirstTwo(school, posts, UUID.randomUUID().toString());
        // the newest post is the one a competition fills
        UUID campaign = open(posts.get(3));

        Fixtures.setQuota(school, 4, 3);
        Fixtures.awaitPostStatus(posts.get(2), "FROZEN");
        assertThat(Fixtures.post(posts.get(3)).path("status").asText()).isEqualTo("VACANT");

        // no other vacant post is left: the campaign's post goes too, and says why
        Fixtures.setQuota(school, 3, 2);
        JsonNode frozen = Fixtures.awaitPostStatus(posts.get(3), "FROZEN");
        assertThat(frozen.path("freezeCause").asText()).isEqualTo("OVER_ESTABLISHMENT");
        assertThat(frozen.path("statusReason").asText()).contains("internal campaign " + campaign);

        // the quota rises by one: the campaign's post is released before the older post
        Fixtures.setQuota(school, 2, 3);
        Fixtures.awaitPostStatus(posts.get(3), "VACANT");
        assertThat(Fixtures.post(posts.get(2)).path("status").asText()).isEqualTo("FROZEN");

        // the campaign closes unfilled: an ordinary vacant post, the oldest one frozen stays frozen
        close(campaign, posts.get(3), List.of());
        Fixtures.awaitPost(posts.get(3), p -> p.path("fillingCampaignId").isNull());
        assertThat(Fixtures.post(posts.get(3)).path("status").asText()).isEqualTo("VACANT");
        JsonNode summary = Fixtures.summary(school);
        assertThat(summary.path("occupied").asInt() + summary.path("vacant").asInt()).isEqualTo(3);
    }

    @Test
    void aCompetitionsPostStaysOpenWhileThePlannedTeachersHomePostAwaitsItsAbolitionWhateverTheOrderOfTheEvents() {
        // school A: the planned teacher's home post (abolished by the plan when they leave), a colleague, and the
        // post of a competition another school's teacher was planned for; the plan gives one of A's quota away
        String school = Fixtures.schoolWithQuota(3);
        List<String> posts = Fixtures.createPosts(school, "TEACHING", "CHINESE", 3);
        String planned = UUID.randomUUID().toString();
        holdFirstTwo(school, posts, planned);
        UUID campaign = open(posts.get(2));

        // the quota transfer arrives first: nothing else is vacant, the campaign's post is frozen for now
        Fixtures.setQuota(school, 3, 2);
        Fixtures.awaitPostStatus(posts.get(2), "FROZEN");

        // then the plan's execution: the home post goes when its holder leaves, so the campaign's post is open again
        UUID planId = UUID.randomUUID();
        PlanItem abolish = new PlanItem(UUID.randomUUID(), "POST_CHANGE", null, null, null, "竞聘调出", school, "ABOLISH",
                "TEACHING", null, null, null, List.of(UUID.fromString(posts.get(0))), null, null, null, null, null, null,
                null, null, null, null);
        Fixtures.publishRecruitment(PlanExecuted.TYPE, planId.toString(), new PlanExecuted(planId, 1, "2026-2027",
                Fixtures.TERM_START, List.of(abolish)));
        Fixtures.awaitPostStatus(posts.get(2), "VACANT");
        assertThat(Fixtures.post(posts.get(0)).path("abolishWhenVacatedPlan").asText()).isEqualTo(planId.toString());

        // another quota event (a new balance of the same school) changes nothing
        Fixtures.setQuota(school, 2, 2);
        assertThat(Fixtures.post(posts.get(2)).path("status").asText()).isEqualTo("VACANT");

        // a colleague of another school wins the competition; the planned teacher wins elsewhere and leaves
        String winner = UUID.randomUUID().toString();
        String otherSchool = Fixtures.schoolWithQuota(1);
        String winnersPost = Fixtures.createPosts(otherSchool, "TEACHING", "CHINESE", 1).get(0);
        Fixtures.appoint(winner, winnersPost, otherSchool);
        Fixtures.awaitPostStatus(winnersPost, "OCCUPIED");
        close(campaign, posts.get(2), List.of(new CampaignClosed.Appointment(UUID.fromString(winner),
                UUID.fromString(posts.get(2)))));
        Fixtures.transfer(winner, winnersPost, otherSchool, posts.get(2), school, null);
        JsonNode filled = Fixtures.awaitPostStatus(posts.get(2), "OCCUPIED");
        assertThat(filled.path("fillingCampaignId").isNull()).isTrue();
        String elsewhere = Fixtures.schoolWithQuota(1);
        String plannedPost = Fixtures.createPosts(elsewhere, "TEACHING", "CHINESE", 1).get(0);
        Fixtures.transfer(planned, posts.get(0), school, plannedPost, elsewhere, planId.toString());
        Fixtures.awaitPostStatus(posts.get(0), "ABOLISHED");
        JsonNode summary = Fixtures.summary(school);
        assertThat(summary.path("occupied").asInt()).isEqualTo(2);
        assertThat(summary.path("overEstablishedBy").asInt()).isZero();
    }
}
