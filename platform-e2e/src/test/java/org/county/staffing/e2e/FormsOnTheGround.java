package org.county.staffing.e2e;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.CountyUsers;
import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an executed plan's moves, carried out by their form, must look like in every service: where
 * each teacher holds a post, that a kept home post is no vacancy, that the hosts' covered hours count
 * in the staffing office's usage and HR's summaries, and that the audit log holds each step.
 */
final class FormsOnTheGround {

    private final PlatformDatabases platform;
    private final Api api;
    private final CountyUsers users;

    FormsOnTheGround(PlatformDatabases platform, Api api, CountyUsers users) {
        this.platform = platform;
        this.api = api;
        this.users = users;
    }

    /**
     * @param returned the assignments' return date has passed: every assignment ended RETURNED, the
     *                 teachers are back on their home posts and no host is covered any more
     */
    void check(String planId, boolean returned, SoftAssertions soft) {
        String bureau = users.educationBureau();
        JsonNode plan = api.get(Service.RECRUITMENT, "/plans/" + planId, bureau);
        Map<String, JsonNode> items = new HashMap<>();
        plan.path("items").forEach(i -> {
            if ("TEACHER_MOVE".equals(i.path("kind").asText())) {
                items.put(i.path("teacherId").asText(), i);
            }
        });
        Map<String, JsonNode> assignments = new HashMap<>();
        api.get(Service.RECRUITMENT, "/assignments", bureau).forEach(a -> {
            if (planId.equals(a.path("planId").asText())) {
                assignments.put(a.path("assignmentId").asText(), a);
            }
        });
        Set<String> vacant = new HashSet<>();
        api.get(Service.POST, "/vacancies?category=TEACHING", users.hr()).forEach(v -> vacant.add(v.path("postId").asText()));
        Map<String, Double> coveredAt = new HashMap<>();
        Map<String, Integer> awayFrom = new HashMap<>();
        int competitions = 0;
        for (JsonNode o : plan.path("moveOutcomes")) {
            String teacherId = o.path("teacherId").asText();
            JsonNode item = items.get(teacherId);
            String outcome = o.path("outcome").asText();
            String holds = api.get(Service.RECRUITMENT, "/teachers/" + teacherId, bureau).path("currentAppointment").path("postId").asText();
            String home = item.path("fromPostId").asText();
            String destination = item.path("toPostId").asText();
            switch (outcome) {
                case "TRANSFERRED", "COMPETITION_WON", "CONVERTED" ->
                        soft.assertThat(holds).as("%s %s: holds the destination post", outcome, teacherId).isEqualTo(destination);
                case "COMPETITION_LOST", "COMPETITION_DECLINED", "COMPETITION_POST_FROZEN" -> {
                    soft.assertThat(holds).as("%s %s: still holds the home post", outcome, teacherId).isEqualTo(home);
                    JsonNode post = api.get(Service.POST, "/posts/" + destination, users.hr());
                    soft.assertThat(post.path("status").asText()).as("the competition's post went to the next in rank").isEqualTo("OCCUPIED");
                    soft.assertThat(post.path("teacherId").asText()).as("the competition's post is not the planned teacher's").isNotEqualTo(teacherId);
                }
                case "ON_ASSIGNMENT", "RETURNED" -> {
                    soft.assertThat(outcome).as("assignment of %s after the return date", teacherId)
                            .isEqualTo(returned ? "RETURNED" : "ON_ASSIGNMENT");
                    soft.assertThat(holds).as("%s %s: keeps the home post", outcome, teacherId).isEqualTo(home);
                    JsonNode homePost = api.get(Service.POST, "/posts/" + home, users.hr());
                    soft.assertThat(homePost.path("status").asText()).as("home post of %s", teacherId).isEqualTo("OCCUPIED");
                    soft.assertThat(vacant).as("the kept home post of %s is no vacancy", teacherId).doesNotContain(home);
                    soft.assertThat(homePost.path("holderAway").isNull() || homePost.path("holderAway").isMissingNode())
                            .as("home post of %s: holder away while on assignment only", teacherId).isEqualTo(returned);
                    JsonNode assignment = assignments.get(o.path("assignmentId").asText());
                    soft.assertThat(assignment).as("assignment of %s", teacherId).isNotNull();
                    if (assignment != null && !returned) {
                        coveredAt.merge(assignment.path("hostSchoolId").asText(), assignment.path("postShare").asDouble(), Double::sum);
                        awayFrom.merge(assignment.path("homeSchoolId").asText(), 1, Integer::sum);
                    }
                }
                default -> soft.fail("move of %s: unexpected outcome %s", teacherId, outcome);
            }
            competitions += outcome.startsWith("COMPETITION_") ? 1 : 0;
        }
        soft.assertThat(assignments.values()).as("assignments of the plan that ended otherwise than by their return")
                .allSatisfy(a -> soft.assertThat(a.path("outcome").isNull() ? "RUNNING" : a.path("outcome").asText())
                        .isEqualTo(returned ? "RETURNED" : "RUNNING"));
        coveredHoursCount(coveredAt, awayFrom, soft);
        auditTrail(planId, assignments.keySet(), competitions, returned, soft);
    }

    /** The staffing office's usage and HR's summaries count the running assignments, host and home. */
    private void coveredHoursCount(Map<String, Double> coveredAt, Map<String, Integer> awayFrom, SoftAssertions soft) {
        double usageCovered = 0;
        int usageAway = 0;
        for (JsonNode q : api.get(Service.QUOTA, "/quotas", users.staffingOffice())) {
            String school = q.path("schoolId").asText();
            BigDecimal covered = q.path("coveredByAssignments").decimalValue();
            soft.assertThat(covered.doubleValue()).as("quota usage: posts of %s covered by assignments", school)
                    .isCloseTo(coveredAt.getOrDefault(school, 0.0), org.assertj.core.data.Offset.offset(0.001));
            soft.assertThat(q.path("assignedOut").asInt()).as("quota usage: teachers of %s on assignment", school)
                    .isEqualTo(awayFrom.getOrDefault(school, 0));
            usageCovered += covered.doubleValue();
            usageAway += q.path("assignedOut").asInt();
        }
        for (JsonNode s : api.get(Service.POST, "/post-summaries", users.hr())) {
            String school = s.path("schoolId").asText();
            soft.assertThat(s.path("assignments").path("coveredPosts").asDouble()).as("post summary: posts of %s covered", school)
                    .isCloseTo(coveredAt.getOrDefault(school, 0.0), org.assertj.core.data.Offset.offset(0.001));
            soft.assertThat(s.path("assignments").path("away").asInt()).as("post summary: holders of %s away", school)
                    .isEqualTo(awayFrom.getOrDefault(school, 0));
        }
        soft.assertThat(usageAway).as("teachers on assignment in the quota usage")
                .isEqualTo(awayFrom.values().stream().mapToInt(Integer::intValue).sum());
        soft.assertThat(usageCovered).as("posts covered in the quota usage")
                .isCloseTo(coveredAt.values().stream().mapToDouble(Double::doubleValue).sum(), org.assertj.core.data.Offset.offset(0.001));
    }

    /** Each step in the audit log: the assignments, their returns, the competitions' campaigns closed. */
    private void auditTrail(String planId, Set<String> assignments, int competitions, boolean returned, SoftAssertions soft) {
        String county = users.countyId();
        soft.assertThat(platform.count("audit", "select count(*) from audit_record where county_id = ? and type = ? and data->>'planId' = ?",
                county, "recruitment.teacher.assigned.v1", planId)).as("teacher.assigned in the audit log").isEqualTo(assignments.size());
        soft.assertThat(platform.count("audit", "select count(*) from audit_record where county_id = ? and type = ? and data->>'planId' = ?",
                county, "recruitment.plan.executed.v1", planId)).as("plan.executed in the audit log").isEqualTo(1);
        long closed = platform.count("recruitment", "select count(*) from campaign where plan_id = ?::uuid and status = 'CLOSED'", planId);
        soft.assertThat(closed).as("the competitions' campaigns closed").isEqualTo(competitions);
        soft.assertThat(platform.count("audit", """
                select count(*) from audit_record a where a.county_id = ? and a.type = 'recruitment.campaign.closed.v1'
                and a.data->>'campaignId' in (%s)""".formatted(quoted(platform.strings("recruitment",
                "select id::text from campaign where plan_id = ?::uuid", planId))), county))
                .as("campaign.closed of the competitions in the audit log").isEqualTo(closed);
        long ended = platform.count("audit", """
                select count(*) from audit_record where county_id = ? and type = 'recruitment.assignment.ended.v1'
                and data->>'assignmentId' in (%s) and data->>'outcome' = 'RETURNED'""".formatted(quoted(assignments)), county);
        soft.assertThat(ended).as("assignment.ended RETURNED in the audit log").isEqualTo(returned ? assignments.size() : 0);
    }

    /** Ids as an SQL list of text literals (they are UUIDs the services gave). */
    private static String quoted(java.util.Collection<String> ids) {
        StringBuilder list = new StringBuilder("''");
        ids.forEach(id -> list.append(",'").append(id).append('\''));
        return list.toString();
    }
}
