package org.county.staffing.post.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.review.ReviewCheck;
import org.county.staffing.post.post.LeadershipRules;
import org.county.staffing.post.post.PostCounts;
import org.county.staffing.post.post.PostStatus;
import org.county.staffing.post.post.StructurePolicy;

/**
 * HR's automatic check of the post side of an annual adjustment plan. It reads a snapshot of the
 * schools and posts the plan names and returns one result per rule, failures naming the items:
 *
 * <ul>
 * <li>PLAN_TARGET_POSTS_VACANT: every teacher move and new hire lands on an existing post of the
 * destination school, of the right category and subject, VACANT, or vacated by another move of
 * the same plan (a paired exchange), and no two items land on one post;</li>
 * <li>PLAN_SCHOOLS_WITHIN_QUOTA: after the plan's quota transfers and post changes, no school it
 * touches has more posts than quota. Every post not abolished counts, leadership posts included
 * (they are within the quota), and every post the same plan abolishes is credited, leadership or
 * not; a failure says how many of the posts left are leadership posts;</li>
 * <li>PLAN_POST_CHANGES_VALID: posts are established at active registered schools with a valid
 * shape, and abolished posts exist there, are not held (unless their holder moves away in the
 * plan) and are no item's destination;</li>
 * <li>PLAN_POST_STRUCTURE: where the plan adds management or support posts, the school keeps the
 * structure rules for its quota after the plan (never fewer management posts than its regulation's
 * leadership posts);</li>
 * <li>LEADERSHIP_POSTS_WITHIN_REGULATION: posts an item establishes with a leadership role are
 * MANAGEMENT posts, and with the school's leadership posts of that role (not abolished) and the
 * plan's earlier items stay within the count its latest regulation approves (none while no
 * regulation is known); a failure names {@code items[i].leadershipRole}.</li>
 * </ul>
 */
public final class PlanChecks {

    public static final String TARGET_POSTS_VACANT = "PLAN_TARGET_POSTS_VACANT";
    public static final String SCHOOLS_WITHIN_QUOTA = "PLAN_SCHOOLS_WITHIN_QUOTA";
    public static final String POST_CHANGES_VALID = "PLAN_POST_CHANGES_VALID";
    public static final String POST_STRUCTURE = "PLAN_POST_STRUCTURE";
    public static final String LEADERSHIP_WITHIN_REGULATION = LeadershipRules.LEADERSHIP_POSTS_WITHIN_REGULATION;

    private PlanChecks() {
    }

    /**
     * A school as the check needs it; {@code counts} are its posts that are not abolished,
     * {@code leadershipApproved} the leadership posts its latest regulation approves ({@code null}
     * while none is known) and {@code leadershipPosts} those set up (not abolished), by role.
     */
    public record SchoolState(String schoolId, boolean active, int quota, PostCounts counts,
                              Map<LeadershipRole, Integer> leadershipApproved, Map<LeadershipRole, Integer> leadershipPosts) {

        /** A school with no regulation known and no leadership posts. */
        public SchoolState(String schoolId, boolean active, int quota, PostCounts counts) {
            this(schoolId, active, quota, counts, null, Map.of());
        }
    }

    /** A post as the check needs it; {@code leadershipRole} is null for a post without one. */
    public record PostState(String postId, String schoolId, PostCategory category, String subject, PostStatus status,
                            String teacherId, LeadershipRole leadershipRole) {

        /** A post without a leadership role. */
        public PostState(String postId, String schoolId, PostCategory category, String subject, PostStatus status,
                         String teacherId) {
            this(postId, schoolId, category, subject, status, teacherId, null);
        }
    }

    /** The registered schools of the plan's county and the posts it names (unknown ones absent). */
    public record Snapshot(Map<String, SchoolState> schools, Map<String, PostState> posts) {
    }

    /** One rule's result, as {@code checks[]} of {@code post.plan.decided.v1}. */
    public record Check(String rule, boolean passed, String detail, String detailZh, List<String> itemIds) implements ReviewCheck {
    }

    public static List<Check> check(List<PlanItem> items, Snapshot snapshot, StructurePolicy policy,
                                    Collection<String> subjects) {
        Context c = new Context(items, snapshot);
        return List.of(targetPostsVacant(c), schoolsWithinQuota(c), postChangesValid(c, subjects), postStructure(c, policy),
                leadershipWithinRegulation(items, c));
    }

    /** What several rules share: the plan's items by kind, and the posts it vacates and targets. */
    private static final class Context {
        final Snapshot snapshot;
        final List<PlanItem.TeacherMove> moves = new ArrayList<>();
        final List<PlanItem.NewHire> hires = new ArrayList<>();
        final List<PlanItem.PostChange> changes = new ArrayList<>();
        final List<PlanItem.QuotaTransfer> transfers = new ArrayList<>();
        /** PostService held by a teacher whom the plan moves away. */
        final Set<String> vacatedByPlan = new HashSet<>();
        /** Destination posts and the items landing on them. */
        final Map<String, List<String>> targets = new LinkedHashMap<>();

        Context(List<PlanItem> items, Snapshot snapshot) {
            this.snapshot = snapshot;
            for (PlanItem item : items) {
                if (item instanceof PlanItem.TeacherMove m) {
                    moves.add(m);
                } else if (item instanceof PlanItem.NewHire h) {
                    hires.add(h);
                } else if (item instanceof PlanItem.PostChange p) {
                    changes.add(p);
                } else if (item instanceof PlanItem.QuotaTransfer t) {
                    transfers.add(t);
                }
            }
            for (PlanItem.TeacherMove m : moves) {
                PostState from = m.fromPostId() == null ? null : snapshot.posts().get(m.fromPostId());
                if (from != null && from.status() == PostStatus.OCCUPIED && Objects.equals(from.teacherId(), m.teacherId())) {
                    vacatedByPlan.add(from.postId());
                }
                if (m.toPostId() != null) {
                    targets.computeIfAbsent(m.toPostId(), k -> new ArrayList<>()).add(m.itemId());
                }
            }
            for (PlanItem.NewHire h : hires) {
                if (h.postId() != null) {
                    targets.computeIfAbsent(h.postId(), k -> new ArrayList<>()).add(h.itemId());
                }
            }
        }

        SchoolState school(String id) {
            return id == null ? null : snapshot.schools().get(id);
        }

        PostState post(String id) {
            return id == null ? null : snapshot.posts().get(id);
        }
    }

    /** Collects failures of one rule: item ids and bilingual lines. */
    private static final class Findings {
        final Set<String> itemIds = new LinkedHashSet<>();
        final List<String> en = new ArrayList<>();
        final List<String> zh = new ArrayList<>();

        void add(String itemId, String english, String chinese) {
            if (itemId != null) {
                itemIds.add(itemId);
            }
            en.add(english);
            zh.add(chinese);
        }

        Check result(String rule, String passedEn, String passedZh) {
            if (en.isEmpty()) {
                return new Check(rule, true, passedEn, passedZh, List.of());
            }
            return new Check(rule, false, String.join("; ", en), String.join("；", zh), List.copyOf(itemIds));
        }
    }

    private static Check targetPostsVacant(Context c) {
        Findings f = new Findings();
        for (PlanItem.TeacherMove m : c.moves) {
            landing(c, f, m.itemId(), "teacher " + m.teacherId() + "'s move", "教师 " + m.teacherId() + " 的调动",
                    m.toPostId(), m.toSchoolId(), PostCategory.TEACHING.name(), m.subject());
        }
        for (PlanItem.NewHire h : c.hires) {
            landing(c, f, h.itemId(), "new hire", "新进人员", h.postId(), h.schoolId(), h.category(), h.subject());
        }
        for (Map.Entry<String, List<String>> target : c.targets.entrySet()) {
            if (target.getValue().size() > 1) {
                f.add(target.getValue().get(1), "post " + target.getKey() + " is the destination of several items "
                                + target.getValue(),
                        "岗位 " + target.getKey() + " 同时是多个事项 " + target.getValue() + " 的去向");
            }
        }
        return f.result(TARGET_POSTS_VACANT,
                c.moves.size() + " moves and " + c.hires.size() + " hires land on vacant posts of their category and subject",
                c.moves.size() + " 项调动和 " + c.hires.size() + " 项新进人员均落在学科、类别相符的空缺岗位上");
    }

    private static void landing(Context c, Findings f, String itemId, String what, String whatZh, String postId,
                                String schoolId, String category, String subject) {
        String label = "item " + itemId + " (" + what + ")";
        String labelZh = "事项 " + itemId + "（" + whatZh + "）";
        if (postId == null) {
            f.add(itemId, label + " names no destination post", labelZh + "未指明去向岗位");
            return;
        }
        PostState post = c.post(postId);
        if (post == null) {
            f.add(itemId, label + ": post " + postId + " does not exist", labelZh + "：岗位 " + postId + " 不存在");
            return;
        }
        if (!post.schoolId().equals(schoolId)) {
            f.add(itemId, label + ": post " + postId + " belongs to school " + post.schoolId() + ", not " + schoolId,
                    labelZh + "：岗位 " + postId + " 属于学校 " + post.schoolId() + "，而非 " + schoolId);
            return;
        }
        SchoolState school = c.school(post.schoolId());
        if (school != null && !school.active()) {
            f.add(itemId, label + ": school " + post.schoolId() + " was merged away",
                    labelZh + "：学校 " + post.schoolId() + " 已被合并");
        }
        if (!post.category().name().equals(category)) {
            f.add(itemId, label + ": post " + postId + " is a " + post.category() + " post, not " + category,
                    labelZh + "：岗位 " + postId + " 为 " + post.category() + " 类岗位，而非 " + category);
        } else if (!Objects.equals(post.subject(), subject)) {
            f.add(itemId, label + ": post " + postId + " is for " + post.subject() + ", not " + subject,
                    labelZh + "：岗位 " + postId + " 的学科为 " + post.subject() + "，而非 " + subject);
        }
        boolean free = post.status() == PostStatus.VACANT
                || post.status() == PostStatus.OCCUPIED && c.vacatedByPlan.contains(postId);
        if (!free) {
            String held = post.status() == PostStatus.OCCUPIED ? " (held by teacher " + post.teacherId() + ")" : "";
            String heldZh = post.status() == PostStatus.OCCUPIED ? "（教师 " + post.teacherId() + " 在岗）" : "";
            f.add(itemId, label + ": post " + postId + " is " + post.status() + held + ", not VACANT",
                    labelZh + "：岗位 " + postId + " 状态为 " + post.status() + heldZh + "，并非空缺");
        }
    }

    private static Check schoolsWithinQuota(Context c) {
        Findings f = new Findings();
        Map<String, Integer> quotaDelta = new TreeMap<>();
        Map<String, Integer> postDelta = new TreeMap<>();
        Map<String, Set<String>> itemsBySchool = new HashMap<>();
        for (PlanItem.QuotaTransfer t : c.transfers) {
            if (t.amount() == null || t.amount() < 1) {
                f.add(t.itemId(), "item " + t.itemId() + " transfers no positive amount of quota",
                        "事项 " + t.itemId() + " 调剂的编制数不是正整数");
                continue;
            }
            for (String school : new String[] {t.fromSchoolId(), t.toSchoolId()}) {
                if (c.school(school) == null) {
                    f.add(t.itemId(), "item " + t.itemId() + ": school " + school + " is not registered",
                            "事项 " + t.itemId() + "：学校 " + school + " 未登记");
                }
            }
            quotaDelta.merge(t.fromSchoolId() == null ? "" : t.fromSchoolId(), -t.amount(), Integer::sum);
            quotaDelta.merge(t.toSchoolId() == null ? "" : t.toSchoolId(), t.amount(), Integer::sum);
            itemsBySchool.computeIfAbsent(t.fromSchoolId(), k -> new LinkedHashSet<>()).add(t.itemId());
            itemsBySchool.computeIfAbsent(t.toSchoolId(), k -> new LinkedHashSet<>()).add(t.itemId());
        }
        Map<String, Integer> leadershipDelta = new HashMap<>();
        for (PlanItem.PostChange p : c.changes) {
            int delta = 0;
            if (p.establishes() && p.count() != null && p.count() > 0) {
                delta = p.count();
                if (enumOrNull(LeadershipRole.class, p.leadershipRole()) != null) {
                    leadershipDelta.merge(String.valueOf(p.schoolId()), p.count(), Integer::sum);
                }
            } else if (p.abolishes()) {
                Set<String> abolished = abolishable(c, p);
                delta = -abolished.size();
                int leaders = (int) abolished.stream().filter(id -> c.post(id).leadershipRole() != null).count();
                leadershipDelta.merge(String.valueOf(p.schoolId()), -leaders, Integer::sum);
            }
            if (delta != 0 && p.schoolId() != null) {
                postDelta.merge(p.schoolId(), delta, Integer::sum);
                itemsBySchool.computeIfAbsent(p.schoolId(), k -> new LinkedHashSet<>()).add(p.itemId());
            }
        }
        Set<String> touched = new TreeSet<>(quotaDelta.keySet());
        touched.addAll(postDelta.keySet());
        int checked = 0;
        for (String schoolId : touched) {
            SchoolState school = c.school(schoolId);
            if (school == null) {
                continue;
            }
            checked++;
            int quota = school.quota() + quotaDelta.getOrDefault(schoolId, 0);
            int posts = school.counts().established() + postDelta.getOrDefault(schoolId, 0);
            Set<String> ids = itemsBySchool.getOrDefault(schoolId, Set.of());
            if (quota < 0) {
                ids.forEach(f.itemIds::add);
                f.add(null, "school " + schoolId + " would give away more quota than its " + school.quota(),
                        "学校 " + schoolId + " 调出的编制超过其现有编制 " + school.quota() + " 名");
            } else if (posts > quota) {
                ids.forEach(f.itemIds::add);
                int leaders = school.leadershipPosts().values().stream().mapToInt(Integer::intValue).sum()
                        + leadershipDelta.getOrDefault(schoolId, 0);
                f.add(null, "school " + schoolId + " would end with " + posts + " posts for a quota of " + quota
                                + " (over by " + (posts - quota) + ")"
                                + (leaders > 0 ? ", " + leaders + " of the posts being leadership posts counted within the quota" : ""),
                        "学校 " + schoolId + " 调整后将有岗位 " + posts + " 个，编制 " + quota + " 名（超出 " + (posts - quota) + " 个）"
                                + (leaders > 0 ? "，其中领导职位 " + leaders + " 个计入编制" : ""));
            }
        }
        return f.result(SCHOOLS_WITHIN_QUOTA,
                "the " + checked + " schools the plan's quota transfers and post changes touch end within their quota",
                "方案的编制调剂和岗位调整涉及的 " + checked + " 所学校调整后均不超编");
    }

    /** The posts an ABOLISH item really removes: existing at its school and not yet abolished, once each. */
    private static Set<String> abolishable(Context c, PlanItem.PostChange p) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : p.postIds()) {
            PostState post = c.post(id);
            if (post != null && post.schoolId().equals(p.schoolId()) && post.status() != PostStatus.ABOLISHED) {
                out.add(id);
            }
        }
        return out;
    }

    private static Check postChangesValid(Context c, Collection<String> subjects) {
        Findings f = new Findings();
        Map<String, String> abolishedBy = new HashMap<>();
        int establish = 0;
        int abolish = 0;
        for (PlanItem.PostChange p : c.changes) {
            String label = "item " + p.itemId();
            String labelZh = "事项 " + p.itemId();
            SchoolState school = c.school(p.schoolId());
            if (school == null) {
                f.add(p.itemId(), label + ": school " + p.schoolId() + " is not registered",
                        labelZh + "：学校 " + p.schoolId() + " 未登记");
                continue;
            }
            if (p.establishes()) {
                establish++;
                if (!school.active()) {
                    f.add(p.itemId(), label + ": school " + p.schoolId() + " was merged away; no posts are set up there",
                            labelZh + "：学校 " + p.schoolId() + " 已被合并，不能再设置岗位");
                }
                PostCategory category = enumOrNull(PostCategory.class, p.category());
                if (category == null) {
                    f.add(p.itemId(), label + ": category '" + p.category() + "' is not TEACHING, MANAGEMENT or SUPPORT",
                            labelZh + "：岗位类别 '" + p.category() + "' 无效");
                } else if (category == PostCategory.TEACHING && (p.subject() == null || !subjects.contains(p.subject()))) {
                    f.add(p.itemId(), label + ": a TEACHING post needs a subject of the county, not '" + p.subject() + "'",
                            labelZh + "：专业技术（教学）岗位须注明本县设置的学科，而非 '" + p.subject() + "'");
                } else if (category != PostCategory.TEACHING && p.subject() != null) {
                    f.add(p.itemId(), label + ": a " + category + " post has no subject",
                            labelZh + "：" + category + " 类岗位不设学科");
                }
                if (p.level() != null && enumOrNull(TitleGrade.class, p.level()) == null) {
                    f.add(p.itemId(), label + ": level '" + p.level() + "' is not a title grade",
                            labelZh + "：岗位等级 '" + p.level() + "' 无效");
                }
                if (p.count() == null || p.count() < 1) {
                    f.add(p.itemId(), label + " establishes no positive count of posts", labelZh + "：新设岗位数须为正整数");
                }
            } else if (p.abolishes()) {
                abolish++;
                if (p.postIds().isEmpty()) {
                    f.add(p.itemId(), label + " names no posts to abolish", labelZh + "未列出要撤销的岗位");
                }
                for (String id : p.postIds()) {
                    PostState post = c.post(id);
                    if (post == null || !post.schoolId().equals(p.schoolId())) {
                        f.add(p.itemId(), label + ": post " + id + " is not a post of school " + p.schoolId(),
                                labelZh + "：岗位 " + id + " 不是学校 " + p.schoolId() + " 的岗位");
                        continue;
                    }
                    String earlier = abolishedBy.putIfAbsent(id, p.itemId());
                    if (earlier != null) {
                        f.add(p.itemId(), label + ": post " + id + " is already abolished by item " + earlier,
                                labelZh + "：岗位 " + id + " 已由事项 " + earlier + " 撤销");
                    }
                    if (post.status() == PostStatus.ABOLISHED) {
                        f.add(p.itemId(), label + ": post " + id + " is already abolished", labelZh + "：岗位 " + id + " 已撤销");
                    } else if (post.status() == PostStatus.OCCUPIED && !c.vacatedByPlan.contains(id)) {
                        f.add(p.itemId(), label + ": post " + id + " is held by teacher " + post.teacherId()
                                        + ", who does not move away in the plan",
                                labelZh + "：岗位 " + id + " 由教师 " + post.teacherId() + " 在岗，且方案未将其调出");
                    }
                    if (c.targets.containsKey(id)) {
                        f.add(p.itemId(), label + ": post " + id + " is the destination of item " + c.targets.get(id).get(0),
                                labelZh + "：岗位 " + id + " 是事项 " + c.targets.get(id).get(0) + " 的去向岗位");
                    }
                }
            } else {
                f.add(p.itemId(), label + ": action '" + p.action() + "' is not ESTABLISH or ABOLISH",
                        labelZh + "：操作 '" + p.action() + "' 无效，应为 ESTABLISH 或 ABOLISH");
            }
        }
        return f.result(POST_CHANGES_VALID,
                establish + " establishments and " + abolish + " abolitions are valid",
                establish + " 项新设岗位和 " + abolish + " 项撤销岗位均有效");
    }

    private static Check postStructure(Context c, StructurePolicy policy) {
        Findings f = new Findings();
        Map<String, Map<PostCategory, Integer>> added = new TreeMap<>();
        Map<String, Set<String>> itemsBySchool = new HashMap<>();
        for (PlanItem.PostChange p : c.changes) {
            PostCategory category = enumOrNull(PostCategory.class, p.category());
            if (p.establishes() && category != null && category != PostCategory.TEACHING && p.count() != null
                    && p.count() > 0 && c.school(p.schoolId()) != null) {
                added.computeIfAbsent(p.schoolId(), k -> new HashMap<>()).merge(category, p.count(), Integer::sum);
                itemsBySchool.computeIfAbsent(p.schoolId(), k -> new LinkedHashSet<>()).add(p.itemId());
            }
        }
        for (Map.Entry<String, Map<PostCategory, Integer>> entry : added.entrySet()) {
            String schoolId = entry.getKey();
            SchoolState school = c.school(schoolId);
            // the structure shares never refuse the leadership posts the school's regulation approves
            StructurePolicy at = school.leadershipApproved() == null ? policy : policy.grantingLeadership(
                    school.leadershipApproved().values().stream().mapToInt(Integer::intValue).sum());
            int quota = school.quota();
            for (PlanItem.QuotaTransfer t : c.transfers) {
                if (t.amount() != null && t.amount() > 0) {
                    quota += schoolId.equals(t.toSchoolId()) ? t.amount() : 0;
                    quota -= schoolId.equals(t.fromSchoolId()) ? t.amount() : 0;
                }
            }
            Map<PostCategory, Integer> after = new HashMap<>();
            for (PostCategory category : PostCategory.values()) {
                after.put(category, school.counts().established(category) + entry.getValue().getOrDefault(category, 0));
            }
            for (PlanItem.PostChange p : c.changes) {
                if (p.abolishes() && schoolId.equals(p.schoolId())) {
                    for (String id : abolishable(c, p)) {
                        after.merge(c.post(id).category(), -1, Integer::sum);
                    }
                }
            }
            int management = after.get(PostCategory.MANAGEMENT);
            int nonTeaching = management + after.get(PostCategory.SUPPORT);
            Set<String> ids = itemsBySchool.get(schoolId);
            if (management > at.managementCap(quota)) {
                ids.forEach(f.itemIds::add);
                f.add(null, "school " + schoolId + " would have " + management + " management posts; its quota of " + quota
                                + " allows " + at.managementCap(quota),
                        "学校 " + schoolId + " 调整后管理岗位将达 " + management + " 个，编制 " + quota + " 名最多允许 "
                                + at.managementCap(quota) + " 个");
            }
            if (nonTeaching > at.nonTeachingAllowance(quota)) {
                ids.forEach(f.itemIds::add);
                f.add(null, "school " + schoolId + " would have " + nonTeaching + " management and support posts; teaching posts keep "
                                + at.teachingMinPercent() + "% of its quota of " + quota + ", which leaves "
                                + at.nonTeachingAllowance(quota),
                        "学校 " + schoolId + " 调整后管理和工勤技能岗位将达 " + nonTeaching + " 个；专业技术岗位须不低于编制 " + quota
                                + " 名的 " + at.teachingMinPercent() + "%，其余最多 " + at.nonTeachingAllowance(quota) + " 个");
            }
        }
        return f.result(POST_STRUCTURE,
                "the management and support posts the plan adds keep the structure rules at " + added.size() + " schools",
                "方案新增的管理和工勤技能岗位在 " + added.size() + " 所学校均符合岗位结构比例");
    }

    private static Check leadershipWithinRegulation(List<PlanItem> items, Context c) {
        Findings f = new Findings();
        Map<String, Map<LeadershipRole, Integer>> added = new HashMap<>();
        int checked = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PlanItem.PostChange p) || p.leadershipRole() == null) {
                continue;
            }
            checked++;
            String field = "items[" + i + "].leadershipRole";
            String label = field + " (item " + p.itemId() + ")";
            String labelZh = field + "（事项 " + p.itemId() + "）";
            LeadershipRole role = enumOrNull(LeadershipRole.class, p.leadershipRole());
            if (role == null) {
                f.add(p.itemId(), label + ": '" + p.leadershipRole() + "' is not a leadership role",
                        labelZh + "：'" + p.leadershipRole() + "' 不是领导职务");
                continue;
            }
            if (!p.establishes() || enumOrNull(PostCategory.class, p.category()) != PostCategory.MANAGEMENT) {
                f.add(p.itemId(), label + ": only MANAGEMENT posts an item establishes carry a leadership role",
                        labelZh + "：只有方案新设的管理岗位才可标明领导职务");
                continue;
            }
            SchoolState school = c.school(p.schoolId());
            if (school == null || p.count() == null || p.count() < 1) {
                continue; // PLAN_POST_CHANGES_VALID names it
            }
            int earlier = added.computeIfAbsent(school.schoolId(), k -> new EnumMap<>(LeadershipRole.class))
                    .getOrDefault(role, 0);
            int established = school.leadershipPosts().getOrDefault(role, 0) + earlier;
            try {
                LeadershipRules.requireWithinRegulation(school.schoolId(), role, p.count(), school.leadershipApproved(),
                        established);
            } catch (RuleViolation e) {
                Reason reason = e.violations().get(0).reason();
                f.add(p.itemId(), label + ": " + reason.en(), labelZh + "：" + reason.zh());
            }
            added.get(school.schoolId()).merge(role, p.count(), Integer::sum);
        }
        return f.result(LEADERSHIP_WITHIN_REGULATION,
                checked + " items set up leadership posts within their schools' regulations",
                checked + " 项新设领导职务岗位均在学校机构职能编制规定核定的职数内");
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
