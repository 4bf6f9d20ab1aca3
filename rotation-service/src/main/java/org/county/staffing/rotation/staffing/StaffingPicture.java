package org.county.staffing.rotation.staffing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.county.staffing.rotation.planner.model.SubjectPosition;

/**
 * Rule STAFFING_PICTURE: a school's staffing from the other departments' data.
 * <ul>
 * <li>staff: teachers appointed there and in service; quota: its allocation; OVER_STAFFED when staff
 * exceeds quota, UNDER_STAFFED when below, BALANCED when equal, UNKNOWN without an allocation;</li>
 * <li>per subject: open teaching posts (not frozen, not abolished), teachers whose main subject it is,
 * vacant posts (open and held by no teacher); SHORTAGE when a post is vacant, SURPLUS when more
 * teachers than posts and no vacancy (rule SURPLUS_NET_OF_VACANCIES), else BALANCED.</li>
 * </ul>
 */
public final class StaffingPicture {

    private StaffingPicture() {
    }

    /** A teacher as the picture needs them. */
    public record StaffMember(String mainSubject, String postId) {
    }

    /** An open teaching post. */
    public record OpenPost(String id, String subject) {
    }

    public record SubjectLine(String subject, int posts, int teachers, int vacancies, List<String> vacantPostIds,
                              int surplus, String status) {

        public SubjectPosition position(String schoolId) {
            return new SubjectPosition(schoolId, subject, posts, teachers, vacancies);
        }
    }

    public record SchoolStaffing(String schoolId, Integer quota, int staff, Integer balance, String status,
                                 List<SubjectLine> subjects) {
    }

    public static SchoolStaffing of(String schoolId, Integer quota, Collection<StaffMember> staff, Collection<OpenPost> posts) {
        Set<String> taken = new java.util.HashSet<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, List<String>> vacant = new TreeMap<>();
        for (StaffMember member : staff) {
            if (member.postId() != null) {
                taken.add(member.postId());
            }
            if (member.mainSubject() != null) {
                counts.computeIfAbsent(member.mainSubject(), k -> new int[2])[1]++;
            }
        }
        for (OpenPost post : posts) {
            if (post.subject() == null) {
                continue;
            }
            counts.computeIfAbsent(post.subject(), k -> new int[2])[0]++;
            if (!taken.contains(post.id())) {
                vacant.computeIfAbsent(post.subject(), k -> new ArrayList<>()).add(post.id());
            }
        }
        List<SubjectLine> lines = new ArrayList<>();
        counts.forEach((subject, c) -> {
            List<String> ids = vacant.getOrDefault(subject, List.of()).stream().sorted().toList();
            SubjectPosition position = new SubjectPosition(schoolId, subject, c[0], c[1], ids.size());
            String status = position.shortage() ? "SHORTAGE" : position.surplus() > 0 ? "SURPLUS" : "BALANCED";
            lines.add(new SubjectLine(subject, c[0], c[1], ids.size(), ids, position.surplus(), status));
        });
        int headcount = staff.size();
        Integer balance = quota == null ? null : quota - headcount;
        String status = quota == null ? "UNKNOWN"
                : headcount > quota ? "OVER_STAFFED" : headcount < quota ? "UNDER_STAFFED" : "BALANCED";
        return new SchoolStaffing(schoolId, quota, headcount, balance, status, lines);
    }
}
