package org.county.staffing.recruitment.plan;

import static org.awaitility.Awaitility.await;
import static org.county.staffing.recruitment.Fixtures.asBureau;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.contracts.post.PostPlanDecided;
import org.county.staffing.contracts.quota.QuotaPlanDecided;
import org.county.staffing.recruitment.Fixtures;

/**
 * What the plan tests set up alike: teachers holding posts, plan items, and the staffing office's
 * and HR's decisions as the events those services publish.
 */
final class PlanFixtures {

    private PlanFixtures() {
    }

    /** A teacher appointed to a post. */
    record Holder(UUID teacher, UUID post) {
    }

    /** A new teaching post of {@code subject} at {@code school}, held since {@code since} by a new teacher. */
    static Holder holder(String school, String subject, LocalDate since) {
        UUID post = Fixtures.establishPost(school, "TEACHING", subject);
        UUID teacher = Fixtures.registerTeacher(subject);
        Fixtures.appoint(teacher, post, since);
        return new Holder(teacher, post);
    }

    static Map<String, Object> item(Object... pairs) {
        Map<String, Object> item = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], pairs[i + 1]);
        }
        return item;
    }

    /** A rotation move of {@code form}; {@code more} adds fields as name, value pairs. */
    static Map<String, Object> move(UUID teacher, String fromSchool, UUID fromPost, String toSchool, UUID toPost,
                                    String subject, String form, Object... more) {
        Map<String, Object> item = item(more);
        item.putAll(Map.of("kind", "TEACHER_MOVE", "teacherId", teacher.toString(), "fromSchoolId", fromSchool,
                "fromPostId", fromPost.toString(), "toSchoolId", toSchool, "toPostId", toPost.toString(),
                "subject", subject, "form", form, "source", "ROTATION"));
        return item;
    }

    static String staffingOfficeDecides(String planId, int version, String decision, List<String> reasons) {
        return Fixtures.publish(QuotaPlanDecided.TYPE, planId, new QuotaPlanDecided(UUID.fromString(planId), version,
                "STAFFING_OFFICE", decision, reasons, List.of(new QuotaPlanDecided.Check("TOTAL_WITHIN_QUOTA",
                        !"REJECT".equals(decision), true, "county total unchanged", null, List.of())),
                Fixtures.COUNTY, null, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    static String hrDecides(String planId, int version, String decision, List<String> reasons) {
        return Fixtures.publish(PostPlanDecided.TYPE, planId, new PostPlanDecided(UUID.fromString(planId), version, "HR",
                decision, reasons, List.of(new PostPlanDecided.Check("POSTS_WITHIN_ESTABLISHMENT", !"REJECT".equals(decision),
                        "county total unchanged", null, List.of())), null));
    }

    static void awaitPlan(String planId, String status, int version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<String, Object> plan = asBureau().get("/plans/" + planId).then().statusCode(200).extract().jsonPath().getMap("$");
            return status.equals(plan.get("status")) && Integer.valueOf(version).equals(plan.get("version"));
        });
    }

    /** Both offices approve version 1 of a submitted plan. */
    static void bothApprove(String planId) {
        staffingOfficeDecides(planId, 1, "APPROVE", List.of());
        hrDecides(planId, 1, "APPROVE", List.of());
        awaitPlan(planId, "APPROVED", 1);
    }
}
