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

    public record CommunityView(UUID communityId, String countyId, String name, String leadSchoolId,
                                List<String> memberSchoolIds, String model, OffsetDateTime createdAt, String createdBy) {
    }

    public record ActivityView(UUID activityId, UUID communityId, ActivityKind kind, String title, LocalDate date,
                               String schoolYear, List<String> schoolIds, int participants) {
    }

    /** Counts of one kind of activity: how many and how many person-times. */
    public record KindCount(int activities, int participants) {
    }

    public record Stats(UUID communityId, String name, String schoolYear, int activities, int participants,
                        int lessonsSent, int trainingPersonTimes, Map<ActivityKind, KindCount> byKind) {
    }

    /** The county's communities together for a school year, the seed's own figures. */
    public record CountyStats(String schoolYear, int communities, int activities, int participants, int lessonsSent,
                              int trainingPersonTimes, List<Stats> perCommunity) {
    }
}
