package org.county.staffing.post.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.post.post.PostCounts;
import org.county.staffing.post.post.PostStatus;
import org.county.staffing.post.post.StructurePolicy;
import org.junit.jupiter.api.Test;

class PlanChecksTest {

    static final StructurePolicy POLICY = new StructurePolicy(85, 10, 1);
    static final String A = "1137068301";
    static final String B = "1137068302";
    static final String MERGED = "1137068304";

    final Map<String, PlanChecks.SchoolState> schools = new HashMap<>();
    final Map<String, PlanChecks.PostState> posts = new HashMap<>();

    PlanChecksTest() {
        school(A, true, 10, 6, 1, 0);
        school(B, true, 5, 4, 0, 0);
        school(MERGED, false, 0, 0, 0, 0);
        post("a-math-vacant", A, PostCategory.TEACHING, "MATHEMATICS", PostStatus.VACANT, null);
        post("a-math-held", A, PostCategory.TEACHING, "MATHEMATICS", PostStatus.OCCUPIED, "t-a");
        post("a-chinese-frozen", A, PostCategory.TEACHING, "CHINESE", PostStatus.FROZEN, null);
        post("a-support", A, PostCategory.SUPPORT, null, PostStatus.VACANT, null);
        post("b-math-held", B, PostCategory.TEACHING, "MATHEMATICS", PostStatus.OCCUPIED, "t-b");
        post("b-english-vacant", B, PostCategory.TEACHING, "ENGLISH", PostStatus.VACANT, null);
        post("b-abolished", B, PostCategory.TEACHING, "ENGLISH", PostStatus.ABOLISHED, null);
    }

    void school(String id, boolean active, int quota, int teaching, int management, int support) {
        schools.put(id, new PlanChecks.SchoolState(id, active, quota, new PostCounts(teaching + management + support, 0, 0,
                Map.of(PostCategory.TEACHING, teaching, PostCategory.MANAGEMENT, management, PostCategory.SUPPORT, support))));
    }

    void post(String id, String school, PostCategory category, String subject, PostStatus status, String teacher) {
        posts.put(id, new PlanChecks.PostState(id, school, category, subject, status, teacher));
    }

    static PlanItem move(String id, String teacher, String fromSchool, String fromPost, String toSchool, String toPost,
                         String subject) {
        return new PlanItem.TeacherMove(id, teacher, fromSchool, fromPost, toSchool, toPost, subject);
    }

    static PlanItem hire(String id, String school, String post, String category, String subject) {
        return new PlanItem.NewHire(id, school, post, category, subject);
    }

    static PlanItem transfer(String id, String from, String to, int amount) {
        return new PlanItem.QuotaTransfer(id, from, to, amount);
    }

    static PlanItem establish(String id, String school, String category, String subject, int count) {
        return new PlanItem.PostChange(id, school, "ESTABLISH", category, subject, null, count, List.of(), null);
    }

    static PlanItem abolish(String id, String school, String... postIds) {
        return new PlanItem.PostChange(id, school, "ABOLISH", null, null, null, null, List.of(postIds), null);
    }

    final Map<String, PlanChecks.Check> check(PlanItem... items) {
        Map<String, PlanChecks.Check> byRule = new HashMap<>();
        for (PlanChecks.Check c : PlanChecks.check(List.of(items), new PlanChecks.Snapshot(schools, posts), POLICY,
                Subjects.DEFAULTS)) {
            byRule.put(c.rule(), c);
        }
        assertThat(byRule).containsOnlyKeys(PlanChecks.TARGET_POSTS_VACANT, PlanChecks.SCHOOLS_WITHIN_QUOTA,
                PlanChecks.POST_CHANGES_VALID, PlanChecks.POST_STRUCTURE, PlanChecks.LEADERSHIP_WITHIN_REGULATION);
        return byRule;
    }

    static PlanItem leadership(String id, String school, String category, int count, String role) {
        return new PlanItem.PostChange(id, school, "ESTABLISH", category, null, null, count, List.of(), "领导职数", role);
    }

    @Test
    void leadershipPostsThePlanEstablishesStayWithinTheSchoolsRegulationNamingTheItemsField() {
        schools.put(A, new PlanChecks.SchoolState(A, true, 10, new PostCounts(7, 0, 0, Map.of(PostCategory.TEACHING, 6,
                PostCategory.MANAGEMENT, 1)), Map.of(LeadershipRole.PRINCIPAL, 1, LeadershipRole.DEPUTY_PRINCIPAL, 2),
                Map.of(LeadershipRole.PRINCIPAL, 1)));
        Map<String, PlanChecks.Check> fits = check(transfer("t", B, A, 1),
                leadership("d", A, "MANAGEMENT", 2, "DEPUTY_PRINCIPAL"));
        assertThat(fits.get(PlanChecks.LEADERSHIP_WITHIN_REGULATION).passed()).isTrue();
        // the structure shares leave room for the regulation's three leadership posts
        assertThat(fits.get(PlanChecks.POST_STRUCTURE).passed()).isTrue();

        // a third deputy (two in item 1, one more in item 2), a second principal, a school with no regulation known
        PlanChecks.Check beyond = check(transfer("t", B, A, 1), leadership("d", A, "MANAGEMENT", 2, "DEPUTY_PRINCIPAL"),
                leadership("d3", A, "MANAGEMENT", 1, "DEPUTY_PRINCIPAL"), leadership("p", A, "MANAGEMENT", 1, "PRINCIPAL"),
                leadership("b", B, "MANAGEMENT", 1, "PRINCIPAL")).get(PlanChecks.LEADERSHIP_WITHIN_REGULATION);
        assertThat(beyond.passed()).isFalse();
        assertThat(beyond.blocking()).isTrue();
        assertThat(beyond.itemIds()).containsExactly("d3", "p", "b");
        assertThat(beyond.detail()).contains("items[2].leadershipRole", "items[3].leadershipRole", "items[4].leadershipRole",
                "has 2 of the 2 its regulation approves", "no function-and-staffing regulation");
        assertThat(beyond.detailZh()).contains("items[2].leadershipRole", "副校长");

        // only MANAGEMENT posts an item establishes carry a role, and the role is one of the regulation's
        PlanChecks.Check shape = check(leadership("s", A, "SUPPORT", 1, "UNION_CHAIR"),
                leadership("x", A, "MANAGEMENT", 1, "HEADMASTER")).get(PlanChecks.LEADERSHIP_WITHIN_REGULATION);
        assertThat(shape.itemIds()).containsExactly("s", "x");
        assertThat(shape.detail()).contains("items[0].leadershipRole", "items[1].leadershipRole", "'HEADMASTER'");
    }

    @Test
    void aSoundPlanPassesEveryCheck() {
        Map<String, PlanChecks.Check> checks = check(
                move("m1", "t-b", B, "b-math-held", A, "a-math-vacant", "MATHEMATICS"),
                hire("h1", B, "b-english-vacant", "TEACHING", "ENGLISH"),
                transfer("q1", A, B, 1),
                establish("e1", B, "TEACHING", "ENGLISH", 1),
                abolish("x1", B, "b-math-held"));
        assertThat(checks.values()).allSatisfy(c -> assertThat(c.passed()).as(c.detail()).isTrue());
        assertThat(org.county.staffing.backbone.review.PlanReviewRules.blockingPassed(List.copyOf(checks.values()))).isTrue();
    }

    @Test
    void aPairedExchangeLandsOnThePostsItsTeachersLeave() {
        Map<String, PlanChecks.Check> checks = check(
                move("m1", "t-a", A, "a-math-held", B, "b-math-held", "MATHEMATICS"),
                move("m2", "t-b", B, "b-math-held", A, "a-math-held", "MATHEMATICS"));
        assertThat(checks.get(PlanChecks.TARGET_POSTS_VACANT).passed()).isTrue();
    }

    @Test
    void movesAndHiresMustLandOnAVacantPostOfTheirCategoryAndSubjectAtTheDestination() {
        PlanChecks.Check vacant = check(
                move("held", "t-x", B, "b-english-vacant", A, "a-math-held", "MATHEMATICS"),
                move("frozen", "t-y", B, "b-english-vacant", A, "a-chinese-frozen", "CHINESE"),
                move("subject", "t-z", B, "b-english-vacant", A, "a-math-vacant", "PHYSICS"),
                hire("category", A, "a-support", "TEACHING", "ART"),
                hire("school", B, "a-math-vacant", "TEACHING", "MATHEMATICS"),
                hire("unknown", A, "no-such-post", "TEACHING", "MATHEMATICS"),
                hire("missing", A, null, "TEACHING", "MATHEMATICS")).get(PlanChecks.TARGET_POSTS_VACANT);
        assertThat(vacant.passed()).isFalse();
        assertThat(vacant.itemIds()).containsExactly("held", "frozen", "subject", "category", "school", "unknown", "missing");
        assertThat(vacant.detail()).contains("held by teacher t-a", "is FROZEN", "is for MATHEMATICS, not PHYSICS",
                "is a SUPPORT post, not TEACHING", "belongs to school " + A, "does not exist", "names no destination post");
        assertThat(vacant.detailZh()).contains("并非空缺");
    }

    @Test
    void twoItemsCannotLandOnOnePost() {
        PlanChecks.Check vacant = check(
                hire("h1", A, "a-math-vacant", "TEACHING", "MATHEMATICS"),
                hire("h2", A, "a-math-vacant", "TEACHING", "MATHEMATICS")).get(PlanChecks.TARGET_POSTS_VACANT);
        assertThat(vacant.passed()).isFalse();
        assertThat(vacant.itemIds()).containsExactly("h2");
    }

    @Test
    void noSchoolTheQuotaTransfersAndPostChangesTouchEndsOverItsQuota() {
        // B has 4 posts for 5: taking 2 of its quota leaves it over by 1, unless a post goes
        PlanChecks.Check over = check(transfer("q1", B, A, 2)).get(PlanChecks.SCHOOLS_WITHIN_QUOTA);
        assertThat(over.passed()).isFalse();
        assertThat(over.itemIds()).containsExactly("q1");
        assertThat(over.detail()).contains("school " + B + " would end with 4 posts for a quota of 3");
        assertThat(check(transfer("q1", B, A, 2), abolish("x1", B, "b-english-vacant"))
                .get(PlanChecks.SCHOOLS_WITHIN_QUOTA).passed()).isTrue();
        // an already abolished post frees nothing
        assertThat(check(transfer("q1", B, A, 2), abolish("x1", B, "b-abolished"))
                .get(PlanChecks.SCHOOLS_WITHIN_QUOTA).passed()).isFalse();
        // A has 7 posts for 10
        assertThat(check(establish("e1", A, "TEACHING", "ART", 3)).get(PlanChecks.SCHOOLS_WITHIN_QUOTA).passed()).isTrue();
        assertThat(check(establish("e1", A, "TEACHING", "ART", 4)).get(PlanChecks.SCHOOLS_WITHIN_QUOTA).passed()).isFalse();
    }

    @Test
    void quotaTransfersNeedRegisteredSchoolsAndAPositiveAmountNotMoreThanTheSchoolHas() {
        assertThat(check(transfer("q1", B, "1999999999", 1)).get(PlanChecks.SCHOOLS_WITHIN_QUOTA).detail())
                .contains("school 1999999999 is not registered");
        assertThat(check(transfer("q1", A, B, 0)).get(PlanChecks.SCHOOLS_WITHIN_QUOTA).passed()).isFalse();
        assertThat(check(transfer("q1", B, A, 6)).get(PlanChecks.SCHOOLS_WITHIN_QUOTA).detail())
                .contains("would give away more quota than its 5");
    }

    @Test
    void postChangesMustBeValidAtAnActiveSchool() {
        PlanChecks.Check changes = check(
                establish("merged", MERGED, "TEACHING", "ART", 1),
                establish("no-subject", A, "TEACHING", null, 1),
                establish("subject-on-support", A, "SUPPORT", "PE", 1),
                establish("unknown-subject", A, "TEACHING", "ASTROLOGY", 1),
                establish("no-count", A, "TEACHING", "ART", 0),
                abolish("held", A, "a-math-held"),
                abolish("elsewhere", A, "b-english-vacant"),
                abolish("target", B, "b-english-vacant"),
                hire("h1", B, "b-english-vacant", "TEACHING", "ENGLISH"),
                new PlanItem.PostChange("action", A, "MOVE", null, null, null, null, List.of(), null)).get(PlanChecks.POST_CHANGES_VALID);
        assertThat(changes.passed()).isFalse();
        assertThat(changes.itemIds()).containsExactly("merged", "no-subject", "subject-on-support", "unknown-subject",
                "no-count", "held", "elsewhere", "target", "action");
        assertThat(changes.detail()).contains("was merged away", "does not move away in the plan",
                "is the destination of item h1", "is not ESTABLISH or ABOLISH");
    }

    @Test
    void addedManagementAndSupportPostsKeepTheStructureForTheQuotaAfterThePlan() {
        // A: quota 10, one management post; the cap is max(1, 10% of 10) = 1
        PlanChecks.Check structure = check(establish("e1", A, "MANAGEMENT", null, 1)).get(PlanChecks.POST_STRUCTURE);
        assertThat(structure.passed()).isFalse();
        assertThat(structure.itemIds()).containsExactly("e1");
        // five more quota leave the cap at 1; ten more raise it to 2 (10% of 20)
        assertThat(check(transfer("q1", B, A, 5), establish("e1", A, "MANAGEMENT", null, 1))
                .get(PlanChecks.POST_STRUCTURE).passed()).isFalse();
        school(B, true, 10, 0, 0, 0);
        assertThat(check(transfer("q1", B, A, 10), establish("e1", A, "MANAGEMENT", null, 1))
                .get(PlanChecks.POST_STRUCTURE).passed()).isTrue();
        // teaching posts never break the structure
        assertThat(check(establish("e1", A, "TEACHING", "ART", 3)).get(PlanChecks.POST_STRUCTURE).passed()).isTrue();
    }

    @Test
    void contractItemsAreReadByTheirKindWithBlankValuesAsMissing() {
        UUID hire = UUID.randomUUID();
        UUID post = UUID.randomUUID();
        UUID lease = UUID.randomUUID();
        UUID abolish = UUID.randomUUID();
        List<PlanItem> items = PlanItem.of(List.of(
                new org.county.staffing.contracts.recruitment.PlanItem(hire, "NEW_HIRE", null, null, null, null, A, null,
                        "TEACHING", " ", null, null, null, null, null, null, null, null, null, null, null, null, post),
                new org.county.staffing.contracts.recruitment.PlanItem(lease, "LEASE_CAR", null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                new org.county.staffing.contracts.recruitment.PlanItem(abolish, "POST_CHANGE", null, null, null, null, A,
                        "ABOLISH", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)));
        assertThat(items.get(0)).isEqualTo(new PlanItem.NewHire(hire.toString(), A, post.toString(), "TEACHING", null));
        assertThat(items.get(1)).isEqualTo(new PlanItem.Other(lease.toString(), "LEASE_CAR"));
        assertThat(((PlanItem.PostChange) items.get(2)).postIds()).isEmpty();
        assertThat(PlanItem.of(null)).isEmpty();
    }

    @Test
    void leadershipPostsCountInTheSchoolsPostsAndThoseThePlanAbolishesAreCreditedLikeAnyOther() {
        // the demo's refused plan: a kindergarten with 28 staff and 5 vacant leadership posts (33 posts) on quota 27
        String kindergarten = "1137068357";
        String donor = "1137068358";
        schools.put(kindergarten, new PlanChecks.SchoolState(kindergarten, true, 27, new PostCounts(5, 28, 0,
                Map.of(PostCategory.TEACHING, 28, PostCategory.MANAGEMENT, 5)), Map.of(LeadershipRole.PRINCIPAL, 1,
                LeadershipRole.DEPUTY_PRINCIPAL, 2, LeadershipRole.PARTY_SECRETARY, 1, LeadershipRole.UNION_CHAIR, 1),
                Map.of(LeadershipRole.PRINCIPAL, 1, LeadershipRole.DEPUTY_PRINCIPAL, 2, LeadershipRole.PARTY_SECRETARY, 1,
                        LeadershipRole.UNION_CHAIR, 1)));
        // the donor: quota 40, 30 held, 4 vacant leadership posts and 6 vacant teaching posts
        schools.put(donor, new PlanChecks.SchoolState(donor, true, 40, new PostCounts(10, 30, 0,
                Map.of(PostCategory.TEACHING, 36, PostCategory.MANAGEMENT, 4)), Map.of(LeadershipRole.PRINCIPAL, 1,
                LeadershipRole.DEPUTY_PRINCIPAL, 3), Map.of(LeadershipRole.PRINCIPAL, 1, LeadershipRole.DEPUTY_PRINCIPAL, 3)));
        String[] vacant = new String[6];
        for (int i = 0; i < 6; i++) {
            vacant[i] = "d-vacant-" + i;
            post(vacant[i], donor, PostCategory.TEACHING, "CHINESE", PostStatus.VACANT, null);
        }
        for (int i = 0; i < 2; i++) {
            posts.put("d-deputy-" + i, new PlanChecks.PostState("d-deputy-" + i, donor, PostCategory.MANAGEMENT, null,
                    PostStatus.VACANT, null, LeadershipRole.DEPUTY_PRINCIPAL));
        }

        // quota for its staff alone leaves it 5 posts over, all five being its leadership posts
        PlanChecks.Check staffOnly = check(transfer("q1", donor, kindergarten, 1), abolish("x1", donor, vacant[0]))
                .get(PlanChecks.SCHOOLS_WITHIN_QUOTA);
        assertThat(staffOnly.passed()).isFalse();
        assertThat(staffOnly.itemIds()).containsExactly("q1");
        assertThat(staffOnly.detail()).isEqualTo("school " + kindergarten + " would end with 33 posts for a quota of 28 (over by 5), "
                + "5 of the posts being leadership posts counted within the quota");
        assertThat(staffOnly.detailZh()).contains("其中领导职位 5 个计入编制");

        // the drafting's plan: quota for its kept posts, the donor giving up a vacant teaching post for each quota it gives
        assertThat(check(transfer("q1", donor, kindergarten, 6), abolish("x1", donor, vacant))
                .get(PlanChecks.SCHOOLS_WITHIN_QUOTA).passed()).isTrue();
        // a leadership post the plan abolishes frees its place in the quota like any other
        assertThat(check(transfer("q1", donor, kindergarten, 6), abolish("x1", donor, vacant[0], vacant[1], vacant[2],
                vacant[3], "d-deputy-0", "d-deputy-1")).get(PlanChecks.SCHOOLS_WITHIN_QUOTA).passed()).isTrue();
        // one post short: the donor's finding counts the leadership posts it keeps
        PlanChecks.Check short1 = check(transfer("q1", donor, kindergarten, 6), abolish("x1", donor, vacant[0], vacant[1],
                vacant[2], vacant[3], "d-deputy-0")).get(PlanChecks.SCHOOLS_WITHIN_QUOTA);
        assertThat(short1.passed()).isFalse();
        assertThat(short1.detail()).isEqualTo("school " + donor + " would end with 35 posts for a quota of 34 (over by 1), "
                + "3 of the posts being leadership posts counted within the quota");
    }
}
