package org.county.staffing.rotation.community;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the community endpoints, and the event payloads. */
public final class CommunityApi {

    private CommunityApi() {
    }

    public record FormRequest(
            @NotBlank(message = "COMMUNITY_NAME_REQUIRED: a community has a name|共同体须有名称")
            @Size(max = 100, message = "COMMUNITY_NAME_REQUIRED: the name has at most 100 characters|名称不超过 100 字") String name,
            @NotNull(message = "COMMUNITY_LEAD_REQUIRED: the leading school is required|必须指定牵头学校")
            @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字")
            String leadSchoolId,
            @NotEmpty(message = "COMMUNITY_MEMBERS_REQUIRED: a community has at least one member school besides the lead (1+1 or 1+N)|共同体除牵头学校外至少有一所成员学校（1+1 或 1+N）")
            @Size(max = 30, message = "COMMUNITY_MEMBERS_REQUIRED: at most 30 member schools|成员学校不超过 30 所")
            List<@NotNull @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字") String> memberSchoolIds) {
    }

    public record ActivityRequest(
            @NotNull(message = "ACTIVITY_KIND_REQUIRED: the kind (TEACHING_RESEARCH, LECTURE, LESSON_SENT, TRAINING) is required|必须填写活动类型") ActivityKind kind,
            @Size(max = 200, message = "ACTIVITY_TITLE_LENGTH: the title has at most 200 characters|标题不超过 200 字") String title,
            @NotNull(message = "ACTIVITY_DATE_REQUIRED: the date of the activity is required|必须填写活动日期") LocalDate date,
            @NotEmpty(message = "ACTIVITY_SCHOOLS_IN_COMMUNITY: at least one school of the community took part|至少一所共同体学校参加") List<@NotNull String> schoolIds,
            @NotNull(message = "ACTIVITY_PARTICIPANTS_RANGE: the participants (person-times) are required|必须填写参加人次")
            @Min(value = 1, message = "ACTIVITY_PARTICIPANTS_RANGE: at least 1 person-time|参加人次至少为 1")
            @Max(value = 100000, message = "ACTIVITY_PARTICIPANTS_RANGE: at most 100000 person-times|参加人次不超过 100000") Integer participants) {
    }

    /** The bureau or the leading school assigns a teacher of the community to teach part-time at a member school. */
    public record ShareTeacherRequest(
            @NotNull(message = "SHARED_TEACHER_REQUIRED: the teacher is required|必须指定教师") UUID teacherId,
            @NotNull(message = "SHARED_HOST_REQUIRED: the host school is required|必须指定任课学校")
            @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字")
            String hostSchoolId,
            @NotBlank(message = "SHARED_SUBJECT_REQUIRED: the subject taught at the host is required|必须填写任教学科")
            @Size(max = 40, message = "SUBJECT_KNOWN: a subject has at most 40 characters|学科不超过 40 字") String subject,
            @NotNull(message = "SHARED_HOURS_RANGE: the hours a week are required|必须填写每周课时")
            @Min(value = 1, message = "SHARED_HOURS_RANGE: at least 1 hour a week|每周至少 1 课时")
            @Max(value = 40, message = "SHARED_HOURS_RANGE: at most 40 hours a week|每周不超过 40 课时") Integer hoursPerWeek,
            @NotNull(message = "SHARED_TERM_REQUIRED: the first day of the term is required|必须填写开始日期") LocalDate startsOn,
            @NotNull(message = "SHARED_TERM_REQUIRED: the last day of the term is required|必须填写结束日期") LocalDate endsOn) {
    }

    public record SharingView(UUID sharingId, UUID communityId, UUID teacherId, String teacherName, String homeSchoolId,
                              String hostSchoolId, String subject, int hoursPerWeek, LocalDate startsOn, LocalDate endsOn,
                              OffsetDateTime assignedAt, String assignedBy) {
    }

    public record CommunityView(UUID communityId, String countyId, String name, String leadSchoolId,
                                List<String> memberSchoolIds, String model, OffsetDateTime createdAt, String createdBy) {
    }

    public record ActivityView(UUID activityId, UUID communityId, ActivityKind kind, String title, LocalDate date,
                               String schoolYear, List<String> schoolIds, int participants) {
    }

    /** Counts of one kind of activity: how many and how many person-times. */
    public record KindCount(int activities, int participants) {
    }

    /**
     * A community's year: activities and person-times by kind, and its shared teachers (distinct teachers
     * whose sharing term overlaps the year, and their hours a week together).
     */
    public record Stats(UUID communityId, String name, String schoolYear, int activities, int participants,
                        int lessonsSent, int trainingPersonTimes, Map<ActivityKind, KindCount> byKind,
                        int teachersShared, int sharedHoursPerWeek) {
    }

    /** The county's communities together for a school year, the seed's own figures. */
    public record CountyStats(String schoolYear, int communities, int activities, int participants, int lessonsSent,
                              int trainingPersonTimes, int teachersShared, int sharedHoursPerWeek, List<Stats> perCommunity) {
    }
}
