package org.county.staffing.post.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.junit.jupiter.api.Test;

class OverEstablishmentTest {

    static OverEstablishment.Slot slot(int day, PostStatus status, FreezeCause cause) {
        return new OverEstablishment.Slot(new UUID(0, day), status, cause, day);
    }

    @Test
    void aQuotaDropFreezesOnlyAsManyVacantPostsAsNeededTheNewestFirst() {
        List<OverEstablishment.Slot> posts = List.of(
                slot(1, PostStatus.OCCUPIED, null), slot(2, PostStatus.VACANT, null), slot(3, PostStatus.OCCUPIED, null),
                slot(4, PostStatus.VACANT, null), slot(5, PostStatus.VACANT, null));
        OverEstablishment.Adjustment adjustment = OverEstablishment.reconcile(3, posts, true);
        assertThat(adjustment.toFreeze()).containsExactly(new UUID(0, 5), new UUID(0, 4));
        assertThat(adjustment.toUnfreeze()).isEmpty();
    }

    @Test
    void occupiedPostsAreNeverFrozenByTheQuota() {
        List<OverEstablishment.Slot> posts = List.of(
                slot(1, PostStatus.OCCUPIED, null), slot(2, PostStatus.OCCUPIED, null), slot(3, PostStatus.VACANT, null));
        assertThat(OverEstablishment.reconcile(1, posts, true).toFreeze()).containsExactly(new UUID(0, 3));
    }

    @Test
    void postsAlreadyFrozenDoNotCountAsUsable() {
        List<OverEstablishment.Slot> posts = List.of(
                slot(1, PostStatus.OCCUPIED, null), slot(2, PostStatus.FROZEN, FreezeCause.HR_DECISION),
                slot(3, PostStatus.VACANT, null));
        assertThat(OverEstablishment.reconcile(2, posts, true).isEmpty()).isTrue();
    }

    @Test
    void aRisingQuotaReleasesOnlyPostsFrozenForOverEstablishmentTheOldestFirst() {
        List<OverEstablishment.Slot> posts = List.of(
                slot(1, PostStatus.OCCUPIED, null), slot(2, PostStatus.FROZEN, FreezeCause.HR_DECISION),
                slot(3, PostStatus.FROZEN, FreezeCause.OVER_ESTABLISHMENT),
                slot(4, PostStatus.FROZEN, FreezeCause.OVER_ESTABLISHMENT));
        OverEstablishment.Adjustment adjustment = OverEstablishment.reconcile(2, posts, true);
        assertThat(adjustment.toUnfreeze()).containsExactly(new UUID(0, 3));
        assertThat(OverEstablishment.reconcile(9, posts, true).toUnfreeze()).containsExactly(new UUID(0, 3), new UUID(0, 4));
    }

    @Test
    void withoutLeaveToFreezeOnlyReleasesAreConsidered() {
        List<OverEstablishment.Slot> posts = new ArrayList<>(List.of(slot(1, PostStatus.VACANT, null), slot(2, PostStatus.VACANT, null)));
        assertThat(OverEstablishment.reconcile(1, posts, false).isEmpty()).isTrue();
    }

    static OverEstablishment.Slot filling(int day, PostStatus status, FreezeCause cause) {
        return new OverEstablishment.Slot(new UUID(0, day), status, cause, day, true, false);
    }

    static OverEstablishment.Slot leavingByPlan(int day) {
        return new OverEstablishment.Slot(new UUID(0, day), PostStatus.OCCUPIED, null, day, false, true);
    }

    @Test
    void aPostAnInternalCampaignIsFillingIsFrozenAfterEveryOtherVacantPost() {
        List<OverEstablishment.Slot> posts = List.of(
                slot(1, PostStatus.OCCUPIED, null), slot(2, PostStatus.VACANT, null), filling(3, PostStatus.VACANT, null),
                slot(4, PostStatus.VACANT, null));
        assertThat(OverEstablishment.reconcile(2, posts, true).toFreeze()).containsExactly(new UUID(0, 4), new UUID(0, 2));
        // with no other vacant post left, the campaign's post is frozen too
        assertThat(OverEstablishment.reconcile(1, posts, true).toFreeze())
                .containsExactly(new UUID(0, 4), new UUID(0, 3), new UUID(0, 2));
    }

    @Test
    void theCampaignsPostStaysOpenWhileTheExcessIsThePostsAnExecutedPlanAbolishesAsTheirHoldersLeave() {
        // the planned teacher's home post goes when the competition is won: the plan counted it as gone
        List<OverEstablishment.Slot> posts = List.of(
                leavingByPlan(1), slot(2, PostStatus.OCCUPIED, null), filling(3, PostStatus.VACANT, null));
        assertThat(OverEstablishment.reconcile(2, posts, true).isEmpty()).isTrue();
        // a cut beyond the plan's departures still freezes it
        assertThat(OverEstablishment.reconcile(1, posts, true).toFreeze()).containsExactly(new UUID(0, 3));
        // an ordinary vacant post is not spared by the plan's departures
        List<OverEstablishment.Slot> ordinary = List.of(leavingByPlan(1), slot(2, PostStatus.OCCUPIED, null),
                slot(3, PostStatus.VACANT, null));
        assertThat(OverEstablishment.reconcile(2, ordinary, true).toFreeze()).containsExactly(new UUID(0, 3));
    }

    @Test
    void aCampaignsPostFrozenBeforeThePlansDeparturesWereKnownIsReleasedOnceTheyAre() {
        // the quota transfer arrived before the plan's execution: the post was frozen, then the home post was marked
        List<OverEstablishment.Slot> posts = List.of(
                leavingByPlan(1), slot(2, PostStatus.OCCUPIED, null),
                filling(3, PostStatus.FROZEN, FreezeCause.OVER_ESTABLISHMENT));
        OverEstablishment.Adjustment withoutFreezing = OverEstablishment.reconcile(2, posts, false);
        assertThat(withoutFreezing.toUnfreeze()).containsExactly(new UUID(0, 3));
        assertThat(withoutFreezing.toFreeze()).isEmpty();
    }

    @Test
    void theCampaignsPostChangesPlacesWithAnOtherFrozenOneOnlyWhenFreezingIsAllowed() {
        List<OverEstablishment.Slot> posts = List.of(
                slot(1, PostStatus.OCCUPIED, null), filling(2, PostStatus.FROZEN, FreezeCause.OVER_ESTABLISHMENT),
                slot(3, PostStatus.VACANT, null));
        OverEstablishment.Adjustment swap = OverEstablishment.reconcile(2, posts, true);
        assertThat(swap.toFreeze()).containsExactly(new UUID(0, 3));
        assertThat(swap.toUnfreeze()).containsExactly(new UUID(0, 2));
        // without leave to freeze, releasing it would put the school over its quota
        assertThat(OverEstablishment.reconcile(2, posts, false).isEmpty()).isTrue();
    }

    @Test
    void postsFrozenAlreadyStayFrozenBeforeAnotherVacantPostIsFrozen() {
        List<OverEstablishment.Slot> posts = List.of(
                slot(1, PostStatus.OCCUPIED, null), slot(2, PostStatus.FROZEN, FreezeCause.OVER_ESTABLISHMENT),
                slot(3, PostStatus.VACANT, null));
        assertThat(OverEstablishment.reconcile(2, posts, true).isEmpty()).isTrue();
    }

    @Test
    void theSummaryCountsWhatMustGo() {
        PostCounts counts = new PostCounts(0, 5, 2, Map.of(PostCategory.TEACHING, 7));
        assertThat(OverEstablishment.overEstablishedBy(4, counts)).isEqualTo(3);
        assertThat(OverEstablishment.mustGoAsPeopleLeave(4, counts)).isEqualTo(1);
        assertThat(OverEstablishment.overEstablishedBy(9, counts)).isZero();
        assertThat(OverEstablishment.mustGoAsPeopleLeave(9, counts)).isZero();
        assertThat(OverEstablishment.freezeOnVacating(4, 5)).isTrue();
        assertThat(OverEstablishment.freezeOnVacating(4, 4)).isFalse();
    }
}
