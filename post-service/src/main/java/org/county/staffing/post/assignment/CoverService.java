package org.county.staffing.post.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** What the running assignments say about posts: how much of a host post is covered, and which holders are away. */
@ApplicationScoped
public class CoverService {

    /** A post's holder on a temporary or part-time assignment elsewhere: the post is reserved for them. */
    public record Away(UUID assignmentId, String form, String hostSchoolId, UUID hostPostId, double share,
                       LocalDate returnDate) {
    }

    /**
     * A school's running assignments: {@code coveredPosts} is how many posts teachers assigned to it
     * cover (itinerant hours as their share), {@code hosted} how many such teachers it hosts, and
     * {@code away} how many holders of its posts are assigned elsewhere (their posts are reserved).
     */
    public record SchoolCover(double coveredPosts, int hosted, int away) {
        public static final SchoolCover NONE = new SchoolCover(0.0, 0, 0);

        SchoolCover host(double share) {
            return new SchoolCover(coveredPosts + share, hosted + 1, away);
        }

        SchoolCover sendAway() {
            return new SchoolCover(coveredPosts, hosted, away + 1);
        }
    }

    /** The running assignments of each school, hosted or sent away (schools without any are left out). */
    public Map<String, SchoolCover> bySchool(Collection<String> schoolIds) {
        Map<String, SchoolCover> out = new HashMap<>();
        if (schoolIds.isEmpty()) {
            return out;
        }
        for (PostCover c : PostCover.<PostCover>list("(hostSchoolId in ?1 or homeSchoolId in ?1) and endedOn is null",
                schoolIds)) {
            if (schoolIds.contains(c.hostSchoolId)) {
                out.merge(c.hostSchoolId, SchoolCover.NONE.host(c.share), (a, b) -> a.host(c.share));
            }
            if (schoolIds.contains(c.homeSchoolId)) {
                out.merge(c.homeSchoolId, SchoolCover.NONE.sendAway(), (a, b) -> a.sendAway());
            }
        }
        return out;
    }

    /** The share of each post covered by running assignments (posts without any are left out). */
    public Map<UUID, Double> coveredShares(Collection<UUID> postIds) {
        Map<UUID, Double> shares = new HashMap<>();
        if (postIds.isEmpty()) {
            return shares;
        }
        for (PostCover cover : PostCover.<PostCover>list("hostPostId in ?1 and endedOn is null", postIds)) {
            shares.merge(cover.hostPostId, cover.share, Double::sum);
        }
        shares.replaceAll((id, share) -> Math.min(1.0, share));
        return shares;
    }

    /** The running assignment of each post's holder away from it (posts whose holder is at home are left out). */
    public Map<UUID, Away> away(Collection<UUID> homePostIds) {
        Map<UUID, Away> away = new HashMap<>();
        if (homePostIds.isEmpty()) {
            return away;
        }
        List<PostCover> covers = PostCover.list("homePostId in ?1 and endedOn is null order by startsOn", homePostIds);
        for (PostCover c : covers) {
            away.put(c.homePostId, new Away(c.assignmentId, c.form, c.hostSchoolId, c.hostPostId, c.share, c.returnDate));
        }
        return away;
    }
}
