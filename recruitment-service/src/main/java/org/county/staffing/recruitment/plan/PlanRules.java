package org.county.staffing.recruitment.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** The annual staffing and personnel adjustment plan (教職工編制和人員調整方案): items, deadline, decisions, execution. */
public final class PlanRules {

    private static final Pattern SCHOOL_ID = Pattern.compile("\\d{10}");
    public static final int MAX_ITEMS = 5000;

    private PlanRules() {
    }

    /**
     * Rule PLAN_ITEM_FIELDS and friends: each item carries the fields of its kind, well formed. Returns
     * the items with ids assigned and subjects canonical. {@code subject} canonicalises a subject or
     * throws SUBJECT_KNOWN for the field it is given.
     */
    public static List<PlanItem> requireItems(List<PlanItem> items, BiFunction<String, String, String> subject) {
        if (items.size() > MAX_ITEMS) {
            throw RuleViolation.badRequest("PLAN_MAX_ITEMS", "items", new Reason(
                    "a plan holds at most " + MAX_ITEMS + " items", "一个方案最多 " + MAX_ITEMS + " 项"));
        }
        List<PlanItem> out = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null || item.kind() == null) {
                throw missing(at, "kind");
            }
            PlanItem checked = requireItem(at, item, subject);
            checked = checked.itemId() == null ? checked.withId(UUID.randomUUID()) : checked;
            if (!ids.add(checked.itemId())) {
                throw RuleViolation.badRequest("PLAN_ITEM_ID_UNIQUE", at + ".itemId", new Reason(
                        "item id " + checked.itemId() + " is used twice", "方案项编号 " + checked.itemId() + " 重复"));
            }
            out.add(checked);
        }
        requireMovesDistinct(out);
        return out;
    }

    static PlanItem requireItem(String at, PlanItem item, BiFunction<String, String, String> subject) {
        if (item.kind() != ItemKind.POST_CHANGE) {
            requireLeadershipRoleOnEstablishedManagementPosts(at, item);
        }
        switch (item.kind()) {
            case QUOTA_TRANSFER -> {
                requireSchool(at, "fromSchoolId", item.fromSchoolId());
                requireSchool(at, "toSchoolId", item.toSchoolId());
                if (item.fromSchoolId().equals(item.toSchoolId())) {
                    throw RuleViolation.unprocessable("QUOTA_TRANSFER_BETWEEN_SCHOOLS", at + ".toSchoolId", new Reason(
                            "a quota transfer moves quota between two different schools", "编制调剂须在两所不同学校之间进行"));
                }
                if (item.amount() == null) {
                    throw missing(at, "amount");
                }
                if (item.amount() < 1) {
                    throw RuleViolation.unprocessable("QUOTA_TRANSFER_POSITIVE", at + ".amount", new Reason(
                            "a quota transfer moves at least one quota", "编制调剂数须至少为1"));
                }
                requireReason(at, item.reason());
                return item;
            }
            case POST_CHANGE -> {
                requireSchool(at, "schoolId", item.schoolId());
                if (item.action() == null) {
                    throw missing(at, "action");
                }
                if (item.category() == null) {
                    throw missing(at, "category");
                }
                requireReason(at, item.reason());
                PlanItem checked = item.subject() == null ? item : item.withSubject(subject.apply(at + ".subject", item.subject()));
                if (item.action() == PostAction.ESTABLISH) {
                    if (item.category() == PostCategory.TEACHING && item.subject() == null) {
                        throw missing(at, "subject");
                    }
                    if (item.count() == null) {
                        throw missing(at, "count");
                    }
                    if (item.count() < 1) {
                        throw RuleViolation.unprocessable("POST_CHANGE_COUNT_POSITIVE", at + ".count", new Reason(
                                "at least one post is established", "设置岗位数须至少为1"));
                    }
                } else if (item.postIds() == null || item.postIds().isEmpty()) {
                    throw missing(at, "postIds");
                }
                requireLeadershipRoleOnEstablishedManagementPosts(at, item);
                return checked;
            }
            case TEACHER_MOVE -> {
                if (item.teacherId() == null) {
                    throw missing(at, "teacherId");
                }
                requireSchool(at, "fromSchoolId", item.fromSchoolId());
                requireSchool(at, "toSchoolId", item.toSchoolId());
                if (item.fromPostId() == null) {
                    throw missing(at, "fromPostId");
                }
                if (item.toPostId() == null) {
                    throw missing(at, "toPostId");
                }
                if (item.fromPostId().equals(item.toPostId())) {
                    throw RuleViolation.unprocessable("TRANSFER_TO_ANOTHER_POST", at + ".toPostId", new Reason(
                            "a move goes to another post", "调动须调往其他岗位"));
                }
                if (item.subject() == null) {
                    throw missing(at, "subject");
                }
                if (item.source() == null) {
                    throw missing(at, "source");
                }
                if (item.termYears() != null && (item.termYears() < 1 || item.termYears() > 6)) {
                    throw RuleViolation.unprocessable("MOVE_TERM_YEARS", at + ".termYears", new Reason(
                            "a rotation term lasts 1 to 6 years", "交流期限为1至6年"));
                }
                if (item.hoursPerWeek() != null && (item.form() != RotationForm.ITINERANT || item.hoursPerWeek() < 1)) {
                    throw RuleViolation.unprocessable("MOVE_HOURS_ITINERANT", at + ".hoursPerWeek", new Reason(
                            "hours per week (at least 1) are given for ITINERANT moves only",
                            "每周课时（至少1）只用于走教（ITINERANT）"));
                }
                return item.withSubject(subject.apply(at + ".subject", item.subject()));
            }
            case NEW_HIRE -> {
                requireSchool(at, "schoolId", item.schoolId());
                if (item.postId() == null) {
                    throw missing(at, "postId");
                }
                if (item.category() == null) {
                    throw missing(at, "category");
                }
                return item.subject() == null ? item : item.withSubject(subject.apply(at + ".subject", item.subject()));
            }
            default -> throw missing(at, "kind");
        }
    }

    /**
     * Rules PLAN_TEACHER_MOVED_ONCE and PLAN_POST_FILLED_ONCE: a teacher moves once per plan; a post
     * receives one teacher. Itinerant teaching is part-time: one teacher may teach at several host
     * schools and a host post may share itinerant teachers (their hours are checked at execution).
     */
    static void requireMovesDistinct(List<PlanItem> items) {
        // teacher or post -> whether every item naming it so far is itinerant
        Map<UUID, Boolean> teachers = new HashMap<>();
        Map<UUID, Boolean> targets = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            boolean itinerant = item.kind() == ItemKind.TEACHER_MOVE && item.form() == RotationForm.ITINERANT;
            UUID target = item.kind() == ItemKind.TEACHER_MOVE ? item.toPostId()
                    : item.kind() == ItemKind.NEW_HIRE ? item.postId() : null;
            if (item.kind() == ItemKind.TEACHER_MOVE && !sharable(teachers.put(item.teacherId(), itinerant), itinerant)) {
                throw RuleViolation.unprocessable("PLAN_TEACHER_MOVED_ONCE", "items[" + i + "].teacherId", new Reason(
                        "teacher " + item.teacherId() + " is moved by two items", "教师 " + item.teacherId() + " 在方案中被调动两次"));
            }
            if (target != null && !sharable(targets.put(target, itinerant), itinerant)) {
                throw RuleViolation.unprocessable("PLAN_POST_FILLED_ONCE", "items[" + i + "]", new Reason(
                        "post " + target + " receives two people in this plan", "岗位 " + target + " 在方案中被安排两人"));
            }
        }
    }

    private static boolean sharable(Boolean earlierAllItinerant, boolean itinerant) {
        return earlierAllItinerant == null || (earlierAllItinerant && itinerant);
    }

    /** The submission deadline of a school year's plan: by default 31 July of its first year. */
    public static LocalDate deadline(SchoolYear year, MonthDay deadline) {
        return deadline.atYear(year.firstYear());
    }

    /** Rules PLAN_EDITABLE: items change only while DRAFT or REJECTED. */
    public static void requireEditable(PlanStatus status) {
        if (!status.editable()) {
            throw RuleViolation.conflict("PLAN_EDITABLE", "planId", new Reason(
                    "the plan is " + status + "; it changes only while DRAFT or after a rejection",
                    "方案状态为 " + status + "，只有草稿或被退回的方案可以修改"));
        }
    }

    /** Rule PLAN_SUBMITTED_ONCE: a version is submitted once; a rejected plan is resubmitted as the next version. */
    public static int versionToSubmit(PlanStatus status, int currentVersion) {
        return switch (status) {
            case DRAFT -> currentVersion;
            case REJECTED -> currentVersion + 1;
            default -> throw RuleViolation.conflict("PLAN_SUBMITTED_ONCE", "planId", new Reason(
                    "the plan is already " + status + "; version " + currentVersion + " was submitted",
                    "方案已处于 " + status + " 状态，第 " + currentVersion + " 版已报送"));
        };
    }

    /** Rule PLAN_HAS_ITEMS. */
    public static void requireItemsPresent(List<PlanItem> items) {
        if (items.isEmpty()) {
            throw RuleViolation.unprocessable("PLAN_HAS_ITEMS", "items", new Reason(
                    "an empty plan is not submitted", "方案没有任何调整项，不能报送"));
        }
    }

    /**
     * Rules PLAN_SUBMISSION_DEADLINE and PLAN_LATE_REASON: after the deadline a plan is submitted only
     * when marked late with a reason. Returns whether the submission is late.
     */
    public static boolean requireOnTime(LocalDate today, LocalDate deadline, boolean markedLate, String lateReason) {
        if (!today.isAfter(deadline)) {
            return false;
        }
        if (!markedLate) {
            throw RuleViolation.unprocessable("PLAN_SUBMISSION_DEADLINE", "late", new Reason(
                    "the deadline " + deadline + " has passed; submit it marked late, with a reason",
                    "报送截止日期 " + deadline + " 已过，须标明逾期报送并说明理由"));
        }
        if (lateReason == null || lateReason.isBlank()) {
            throw RuleViolation.unprocessable("PLAN_LATE_REASON", "lateReason", new Reason(
                    "a late submission states its reason", "逾期报送须说明理由"));
        }
        return true;
    }

    /** Rule PLAN_EFFECTIVE_IN_YEAR: it takes effect between 1 January of the first year and the end of the school year. */
    public static void requireEffectiveDate(SchoolYear year, LocalDate effectiveDate) {
        LocalDate earliest = LocalDate.of(year.firstYear(), 1, 1);
        if (effectiveDate.isBefore(earliest) || effectiveDate.isAfter(year.endsOn())) {
            throw RuleViolation.unprocessable("PLAN_EFFECTIVE_IN_YEAR", "effectiveDate", new Reason(
                    "the plan of " + year + " takes effect between " + earliest + " and " + year.endsOn(),
                    year + " 学年方案的实施日期须在 " + earliest + " 至 " + year.endsOn() + " 之间"));
        }
    }

    /** A department's decision on one version. */
    public record Decision(Department department, boolean approve) {
    }

    public enum Outcome {
        /** The version waits for the other department. */
        WAITING,
        APPROVED,
        REJECTED,
        /** Recorded only: the version was already settled (rejected by the other department) or superseded. */
        RECORDED
    }

    /**
     * The saga's decision step. Rule PLAN_DECIDED_ONCE: a department decides a version once. A
     * version is APPROVED once both departments approved it, in either order; REJECTED as soon as
     * either rejects. Decisions of superseded versions are kept for the record.
     */
    public static Outcome decide(PlanStatus status, int currentVersion, int decidedVersion,
                                 Map<Department, Boolean> alreadyDecided, Decision decision) {
        if (alreadyDecided.containsKey(decision.department())) {
            throw RuleViolation.conflict("PLAN_DECIDED_ONCE", "department", new Reason(
                    decision.department() + " already decided version " + decidedVersion,
                    decision.department() + " 已对第 " + decidedVersion + " 版作出决定"));
        }
        if (decidedVersion > currentVersion || (decidedVersion == currentVersion && status == PlanStatus.DRAFT)) {
            throw RuleViolation.conflict("PLAN_VERSION_SUBMITTED", "version", new Reason(
                    "version " + decidedVersion + " has not been submitted", "第 " + decidedVersion + " 版尚未报送"));
        }
        if (decidedVersion < currentVersion || status != PlanStatus.SUBMITTED) {
            return Outcome.RECORDED;
        }
        if (!decision.approve()) {
            return Outcome.REJECTED;
        }
        Map<Department, Boolean> all = new EnumMap<>(Department.class);
        all.putAll(alreadyDecided);
        all.put(decision.department(), true);
        boolean both = all.size() == Department.values().length && all.values().stream().allMatch(Boolean::booleanValue);
        return both ? Outcome.APPROVED : Outcome.WAITING;
    }

    /** Rules PLAN_APPROVED_BEFORE_EXECUTION and PLAN_EFFECTIVE_DATE_REACHED. */
    public static void requireExecutable(PlanStatus status, LocalDate today, LocalDate effectiveDate) {
        if (status != PlanStatus.APPROVED) {
            throw RuleViolation.conflict("PLAN_APPROVED_BEFORE_EXECUTION", "planId", new Reason(
                    "the plan is " + status + "; it is carried out only once both the staffing office and HR approved it",
                    "方案状态为 " + status + "，须经编办和人社部门均同意后方可组织实施"));
        }
        if (today.isBefore(effectiveDate)) {
            throw RuleViolation.unprocessable("PLAN_EFFECTIVE_DATE_REACHED", "planId", new Reason(
                    "the plan takes effect on " + effectiveDate + "; it is carried out on or after that date",
                    "方案实施日期为 " + effectiveDate + "，不得提前实施"));
        }
    }

    /** A submitted version waiting longer than {@code after} on a decision is overdue. */
    public static boolean overdue(PlanStatus status, OffsetDateTime submittedAt, OffsetDateTime now, Duration after) {
        return status == PlanStatus.SUBMITTED && submittedAt != null && submittedAt.plus(after).isBefore(now);
    }

    /**
     * Rule LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS: only posts an item establishes, of category MANAGEMENT,
     * carry a leadership role of the school's regulation (HR checks the count against the regulation).
     */
    static void requireLeadershipRoleOnEstablishedManagementPosts(String at, PlanItem item) {
        if (item.leadershipRole() == null) {
            return;
        }
        if (item.kind() != ItemKind.POST_CHANGE || item.action() != PostAction.ESTABLISH
                || item.category() != PostCategory.MANAGEMENT) {
            throw RuleViolation.unprocessable("LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS", at + ".leadershipRole", new Reason(
                    "only MANAGEMENT posts an item establishes carry a leadership role (" + item.leadershipRole() + ")",
                    "只有方案设置的管理岗位才可标明领导职务（" + item.leadershipRole() + "）"));
        }
    }

    private static void requireSchool(String at, String field, String value) {
        if (value == null) {
            throw missing(at, field);
        }
        if (!SCHOOL_ID.matcher(value).matches()) {
            throw RuleViolation.badRequest("SCHOOL_ID_FORMAT", at + "." + field, new Reason(
                    "a school id is the 10-digit national school identification code", "学校标识码须为10位数字"));
        }
    }

    private static void requireReason(String at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw missing(at, "reason");
        }
        if (reason.length() > 500) {
            throw RuleViolation.badRequest("PLAN_ITEM_REASON_LENGTH", at + ".reason", new Reason(
                    "a reason has at most 500 characters", "理由最多500个字符"));
        }
    }

    private static RuleViolation missing(String at, String field) {
        return RuleViolation.badRequest("PLAN_ITEM_FIELDS", at + "." + field, new Reason(
                "this kind of item needs '" + field + "'", "该类调整项须填写 '" + field + "'"));
    }

    /** How a teacher move of the plan is carried out, by its form. */
    public enum Execution {
        /** The teacher leaves the home post for the destination post (no form, PAIRED_EXCHANGE). */
        TRANSFER,
        /** The teacher works at the host for a term and keeps the home post (SUPPORT_TEACHING, SHADOWING, ITINERANT). */
        ASSIGNMENT,
        /** The destination post opens as an internal campaign with the teacher invited (COMPETITION). */
        COMPETITION
    }

    public static Execution carriedOutAs(RotationForm form) {
        if (form == null) {
            return Execution.TRANSFER;
        }
        return switch (form) {
            case PAIRED_EXCHANGE -> Execution.TRANSFER;
            case SUPPORT_TEACHING, SHADOWING, ITINERANT -> Execution.ASSIGNMENT;
            case COMPETITION -> Execution.COMPETITION;
        };
    }

    /**
     * Rule PLAN_EXCHANGE_PAIRED: every PAIRED_EXCHANGE move has its partner in the plan, a
     * PAIRED_EXCHANGE move the other way between the same two schools, one to one.
     */
    public static void requireExchangesPaired(List<PlanItem> items) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            if (item.kind() != ItemKind.TEACHER_MOVE || item.form() != RotationForm.PAIRED_EXCHANGE) {
                continue;
            }
            Integer partner = null;
            for (Integer j : open) {
                PlanItem other = items.get(j);
                if (other.fromSchoolId().equals(item.toSchoolId()) && other.toSchoolId().equals(item.fromSchoolId())) {
                    partner = j;
                    break;
                }
            }
            if (partner != null) {
                open.remove(partner);
            } else {
                open.add(i);
            }
        }
        if (!open.isEmpty()) {
            PlanItem lone = items.get(open.get(0));
            throw RuleViolation.unprocessable("PLAN_EXCHANGE_PAIRED", "items[" + open.get(0) + "].form", new Reason(
                    "a paired exchange from " + lone.fromSchoolId() + " to " + lone.toSchoolId()
                            + " has no partner moving the other way in this plan",
                    "结对交流（" + lone.fromSchoolId() + " → " + lone.toSchoolId() + "）在方案中没有反向交流的对方教师"));
        }
    }
}
