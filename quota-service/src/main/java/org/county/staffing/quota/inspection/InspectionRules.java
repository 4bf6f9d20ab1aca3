package org.county.staffing.quota.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.quota.regulation.RegulationRules;

/**
 * The inspection rules, over a snapshot of the ledger and the usage read model. Each finding names
 * its rule and the ids that prove it; the same irregularity found again has the same fingerprint.
 */
public final class InspectionRules {

    public static final String POST_OF_ANOTHER_SCHOOL = "POST_OF_ANOTHER_SCHOOL";
    public static final String APPOINTMENT_MATCHES_POST_CATEGORY = "APPOINTMENT_MATCHES_POST_CATEGORY";
    public static final String TEACHING_POSTS_SHARE = "TEACHING_POSTS_SHARE";
    public static final String ONE_APPOINTMENT_PER_TEACHER = "ONE_APPOINTMENT_PER_TEACHER";
    public static final String APPOINTEE_IN_SERVICE = "APPOINTEE_IN_SERVICE";
    public static final String STAFF_OF_ACTIVE_SCHOOL = "STAFF_OF_ACTIVE_SCHOOL";
    public static final String SECONDMENT_APPROVED = "SECONDMENT_APPROVED";
    public static final String SECONDMENT_WITHIN_PERIOD = "SECONDMENT_WITHIN_PERIOD";
    public static final String APPOINTMENTS_WITHIN_QUOTA = "APPOINTMENTS_WITHIN_QUOTA";
    public static final String APPOINTMENT_ON_ESTABLISHED_POST = "APPOINTMENT_ON_ESTABLISHED_POST";
    public static final String LEADERSHIP_POSTS_ESTABLISHED = RegulationRules.LEADERSHIP_POSTS_ESTABLISHED;
    public static final String LEADERSHIP_POSTS_WITHIN_REGULATION = RegulationRules.LEADERSHIP_POSTS_WITHIN_REGULATION;

    private static final Set<String> GONE = Set.of("LEFT", "RETIRED");

    /** A school as the rules need it. */
    public record SchoolFacts(String id, boolean k12, boolean active, int allocated) {
    }

    public record Post(UUID postId, String schoolId, String category, boolean abolished) {
    }

    /** A current appointment. */
    public record Appointment(UUID appointmentId, UUID teacherId, UUID postId, String schoolId, String category,
                              LocalDate effectiveFrom) {
    }

    /** A secondment not yet ended. */
    public record Secondment(UUID secondmentId, UUID teacherId, String schoolId, LocalDate from, LocalDate until,
                             String approvalReference) {
    }

    public record Snapshot(LocalDate today, BigDecimal minTeachingPostShare, Map<String, SchoolFacts> schools,
                           List<Post> posts, List<Appointment> appointments, List<Secondment> secondments,
                           Map<UUID, String> teacherStatus) {
    }

    /** The leadership posts by role that the regulation in force approves for a school. */
    public record Regulated(String schoolId, UUID regulationId, int version, Map<LeadershipRole, Integer> approved) {
    }

    /** An established (not abolished) post of a leadership role. */
    public record LeadershipPost(UUID postId, String schoolId, LeadershipRole role) {
    }

    /** A finding before it is recorded. */
    public record Detected(FindingKind kind, String rule, String schoolId, List<Evidence> evidence, Reason description) {

        /** The same irregularity at the same school with the same ids. */
        public String fingerprint() {
            return kind + "|" + rule + "|" + schoolId + "|" + evidence.stream().map(e -> e.type() + ":" + e.id())
                    .sorted().collect(Collectors.joining(","));
        }
    }

    private InspectionRules() {
    }

    /** Every finding of the snapshot, for the schools in it. */
    public static List<Detected> inspect(Snapshot s) {
        List<Detected> out = new ArrayList<>();
        Map<UUID, Post> posts = new HashMap<>();
        s.posts().forEach(p -> posts.put(p.postId(), p));
        mixedPosts(s, posts, out);
        quotaOccupied(s, out);
        irregularSecondments(s, out);
        offQuotaHiring(s, posts, out);
        out.removeIf(d -> !s.schools().containsKey(d.schoolId()));
        return out;
    }

    /**
     * Rules LEADERSHIP_POSTS_ESTABLISHED and LEADERSHIP_POSTS_WITHIN_REGULATION: at a school with a
     * regulation in force, each role has as many established posts as the regulation approves; a
     * role short of them is a finding naming the regulation and the role, a role beyond them a
     * finding naming the regulation, the role and its posts. Schools without a regulation are not
     * judged here.
     */
    public static List<Detected> leadershipPosts(Map<String, Regulated> regulations, List<LeadershipPost> posts) {
        Map<String, List<LeadershipPost>> bySchool = posts.stream()
                .collect(Collectors.groupingBy(LeadershipPost::schoolId, LinkedHashMap::new, Collectors.toList()));
        List<Detected> out = new ArrayList<>();
        for (Regulated regulated : regulations.values()) {
            List<LeadershipPost> established = bySchool.getOrDefault(regulated.schoolId(), List.of());
            Map<LeadershipRole, Integer> counts = new EnumMap<>(LeadershipRole.class);
            established.forEach(p -> counts.merge(p.role(), 1, Integer::sum));
            for (RegulationRules.Gap gap : RegulationRules.compare(regulated.approved(), counts)) {
                List<Evidence> evidence = new ArrayList<>(List.of(ev("regulation", regulated.regulationId()),
                        new Evidence("leadershipRole", gap.role().name())));
                String version = " (regulation version " + regulated.version() + ")";
                if (gap.lacking()) {
                    out.add(new Detected(FindingKind.LEADERSHIP_POSTS, LEADERSHIP_POSTS_ESTABLISHED, regulated.schoolId(), evidence,
                            new Reason("the regulation approves " + gap.approved() + " " + gap.role() + " post(s); " + gap.established()
                                    + " established" + version,
                                    "机构职能编制规定核定 " + gap.role() + " 职数 " + gap.approved() + " 名，实际设置 " + gap.established() + " 个岗位（第 "
                                            + regulated.version() + " 版）")));
                } else {
                    established.stream().filter(p -> p.role() == gap.role()).map(p -> p.postId().toString()).sorted()
                            .forEach(id -> evidence.add(new Evidence("post", id)));
                    out.add(new Detected(FindingKind.LEADERSHIP_POSTS, LEADERSHIP_POSTS_WITHIN_REGULATION, regulated.schoolId(), evidence,
                            new Reason(gap.established() + " " + gap.role() + " posts are established; the regulation approves "
                                    + gap.approved() + version,
                                    "设置 " + gap.role() + " 岗位 " + gap.established() + " 个，超出机构职能编制规定核定的 " + gap.approved() + " 名（第 "
                                            + regulated.version() + " 版）")));
                }
            }
        }
        return out;
    }

    private static void mixedPosts(Snapshot s, Map<UUID, Post> posts, List<Detected> out) {
        for (Appointment a : s.appointments()) {
            Post post = posts.get(a.postId());
            if (post == null) {
                continue;
            }
            if (!post.schoolId().equals(a.schoolId())) {
                out.add(new Detected(FindingKind.MIXED_POSTS, POST_OF_ANOTHER_SCHOOL, a.schoolId(), List.of(
                        ev("appointment", a.appointmentId()), ev("teacher", a.teacherId()), ev("post", a.postId())),
                        new Reason("a teacher appointed at school " + a.schoolId() + " fills post " + a.postId() + " of school " + post.schoolId(),
                                "学校 " + a.schoolId() + " 聘用的教师占用了学校 " + post.schoolId() + " 的岗位 " + a.postId())));
            } else if (post.category() != null && a.category() != null && !post.category().equals(a.category())) {
                out.add(new Detected(FindingKind.MIXED_POSTS, APPOINTMENT_MATCHES_POST_CATEGORY, a.schoolId(), List.of(
                        ev("appointment", a.appointmentId()), ev("teacher", a.teacherId()), ev("post", a.postId())),
                        new Reason("a " + a.category() + " appointment sits on " + post.category() + " post " + a.postId(),
                                a.category() + " 类聘用人员占用了 " + post.category() + " 类岗位 " + a.postId())));
            }
        }
        Map<String, List<Post>> bySchool = s.posts().stream().filter(p -> !p.abolished())
                .collect(Collectors.groupingBy(Post::schoolId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Post>> entry : bySchool.entrySet()) {
            SchoolFacts school = s.schools().get(entry.getKey());
            if (school == null || !school.k12()) {
                continue;
            }
            List<Post> nonTeaching = entry.getValue().stream().filter(p -> p.category() != null && !"TEACHING".equals(p.category()))
                    .sorted(Comparator.comparing(p -> p.postId().toString())).toList();
            int total = entry.getValue().size();
            int allowed = BigDecimal.ONE.subtract(s.minTeachingPostShare()).multiply(BigDecimal.valueOf(total))
                    .setScale(0, RoundingMode.CEILING).intValue();
            if (nonTeaching.size() > allowed) {
                out.add(new Detected(FindingKind.MIXED_POSTS, TEACHING_POSTS_SHARE, school.id(),
                        nonTeaching.stream().map(p -> ev("post", p.postId())).toList(),
                        new Reason(nonTeaching.size() + " of " + total + " posts are not teaching posts; at most " + allowed
                                + " may be (teaching posts at least " + s.minTeachingPostShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%)",
                                total + " 个岗位中有 " + nonTeaching.size() + " 个非专业技术岗位，最多允许 " + allowed + " 个")));
            }
        }
    }

    private static void quotaOccupied(Snapshot s, List<Detected> out) {
        Map<UUID, List<Appointment>> byTeacher = s.appointments().stream()
                .collect(Collectors.groupingBy(Appointment::teacherId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<UUID, List<Appointment>> entry : byTeacher.entrySet()) {
            List<Appointment> held = new ArrayList<>(entry.getValue());
            if (held.size() > 1) {
                // the newest appointment is where the teacher works; the older ones occupy quota elsewhere
                held.sort(Comparator.comparing((Appointment a) -> a.effectiveFrom() == null ? LocalDate.MIN : a.effectiveFrom())
                        .thenComparing(a -> a.appointmentId().toString()));
                Appointment current = held.get(held.size() - 1);
                for (Appointment stale : held.subList(0, held.size() - 1)) {
                    out.add(new Detected(FindingKind.QUOTA_OCCUPIED, ONE_APPOINTMENT_PER_TEACHER, stale.schoolId(), List.of(
                            ev("teacher", entry.getKey()), ev("appointment", stale.appointmentId()),
                            ev("appointment", current.appointmentId())),
                            new Reason("teacher " + entry.getKey() + " still holds appointment " + stale.appointmentId() + " at school "
                                    + stale.schoolId() + " while appointed at school " + current.schoolId(),
                                    "教师 " + entry.getKey() + " 已在学校 " + current.schoolId() + " 任职，仍占用学校 " + stale.schoolId() + " 的编制")));
                }
            }
        }
        for (Appointment a : s.appointments()) {
            String status = s.teacherStatus().get(a.teacherId());
            if (status != null && GONE.contains(status)) {
                out.add(new Detected(FindingKind.QUOTA_OCCUPIED, APPOINTEE_IN_SERVICE, a.schoolId(), List.of(
                        ev("teacher", a.teacherId()), ev("appointment", a.appointmentId())),
                        new Reason("teacher " + a.teacherId() + " is " + status + " but still holds a quota of school " + a.schoolId(),
                                "教师 " + a.teacherId() + " 已" + ("RETIRED".equals(status) ? "退休" : "离职") + "，仍占用学校 " + a.schoolId() + " 的编制")));
            }
            SchoolFacts school = s.schools().get(a.schoolId());
            if (school != null && !school.active()) {
                out.add(new Detected(FindingKind.QUOTA_OCCUPIED, STAFF_OF_ACTIVE_SCHOOL, a.schoolId(), List.of(
                        ev("teacher", a.teacherId()), ev("appointment", a.appointmentId())),
                        new Reason("teacher " + a.teacherId() + " is still appointed at merged school " + a.schoolId(),
                                "教师 " + a.teacherId() + " 仍聘用在已合并的学校 " + a.schoolId())));
            }
        }
    }

    private static void irregularSecondments(Snapshot s, List<Detected> out) {
        for (Secondment m : s.secondments()) {
            List<Evidence> evidence = List.of(ev("secondment", m.secondmentId()), ev("teacher", m.teacherId()));
            if (m.approvalReference() == null || m.approvalReference().isBlank()) {
                out.add(new Detected(FindingKind.IRREGULAR_SECONDMENT, SECONDMENT_APPROVED, m.schoolId(), evidence,
                        new Reason("teacher " + m.teacherId() + " is seconded away from school " + m.schoolId() + " without approval",
                                "教师 " + m.teacherId() + " 未经批准被抽调借用离开学校 " + m.schoolId())));
            }
            if (m.until() == null || m.until().isBefore(s.today())) {
                out.add(new Detected(FindingKind.IRREGULAR_SECONDMENT, SECONDMENT_WITHIN_PERIOD, m.schoolId(), evidence,
                        new Reason(m.until() == null
                                ? "teacher " + m.teacherId() + " is seconded without an end date"
                                : "teacher " + m.teacherId() + " is still seconded after the approved end " + m.until(),
                                m.until() == null ? "教师 " + m.teacherId() + " 的借用没有截止日期"
                                        : "教师 " + m.teacherId() + " 的借用已于 " + m.until() + " 到期，仍未返回")));
            }
        }
    }

    private static void offQuotaHiring(Snapshot s, Map<UUID, Post> posts, List<Detected> out) {
        Map<String, List<Appointment>> bySchool = s.appointments().stream()
                .collect(Collectors.groupingBy(Appointment::schoolId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Appointment>> entry : bySchool.entrySet()) {
            SchoolFacts school = s.schools().get(entry.getKey());
            if (school == null || entry.getValue().size() <= school.allocated()) {
                continue;
            }
            // the appointments made last are the ones beyond the quota
            List<Appointment> ordered = new ArrayList<>(entry.getValue());
            ordered.sort(Comparator.comparing((Appointment a) -> a.effectiveFrom() == null ? LocalDate.MIN : a.effectiveFrom())
                    .thenComparing(a -> a.appointmentId().toString()));
            List<Appointment> beyond = ordered.subList(school.allocated(), ordered.size());
            out.add(new Detected(FindingKind.OFF_QUOTA_HIRING, APPOINTMENTS_WITHIN_QUOTA, school.id(),
                    beyond.stream().map(a -> ev("appointment", a.appointmentId())).toList(),
                    new Reason(ordered.size() + " staff are appointed on a quota of " + school.allocated(),
                            "编制 " + school.allocated() + " 名，实际聘用 " + ordered.size() + " 人，超编 " + beyond.size() + " 人")));
        }
        for (Appointment a : s.appointments()) {
            Post post = posts.get(a.postId());
            if (post != null && post.abolished()) {
                out.add(new Detected(FindingKind.OFF_QUOTA_HIRING, APPOINTMENT_ON_ESTABLISHED_POST, a.schoolId(), List.of(
                        ev("appointment", a.appointmentId()), ev("teacher", a.teacherId()), ev("post", a.postId())),
                        new Reason("teacher " + a.teacherId() + " is appointed on abolished post " + a.postId(),
                                "教师 " + a.teacherId() + " 聘用在已撤销的岗位 " + a.postId() + " 上")));
            }
        }
    }

    /** The schools a set of findings concern, sorted. */
    public static Set<String> schools(List<Detected> findings) {
        return findings.stream().map(Detected::schoolId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Evidence ev(String type, UUID id) {
        return new Evidence(type, id.toString());
    }
}
