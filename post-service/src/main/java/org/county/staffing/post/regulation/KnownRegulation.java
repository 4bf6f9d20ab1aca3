package org.county.staffing.post.regulation;

import java.time.LocalDate;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.persistence.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A version of the function-and-staffing regulation (机构职能编制规定) the staffing office issued for a
 * school, as quota-service announced it: the leadership posts it approves by role. Every version is
 * kept; the one in force on a day is {@link RegulationRules#inForce}.
 */
@Entity
@Table(name = "known_regulation")
@IdClass(KnownRegulation.Key.class)
public class KnownRegulation extends PanacheEntityBase {

    /** A school's regulation version: the row's key. */
    public static class Key implements Serializable {
        public String schoolId;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(schoolId, k.schoolId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(schoolId, version);
        }
    }

    private static final TypeReference<Map<LeadershipRole, Integer>> POSTS = new TypeReference<>() {
    };

    @Id
    @Column(name = "school_id")
    public String schoolId;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "regulation_id", nullable = false)
    public UUID regulationId;

    @Id
    @Column(nullable = false)
    public int version;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "party_organisation", nullable = false)
    public String partyOrganisation;

    /** The approved leadership posts: JSON object of role to count (a role not named has none). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "leadership_posts", nullable = false, columnDefinition = "jsonb")
    public String leadershipPosts;

    @Column(name = "leadership_total", nullable = false)
    public int leadershipTotal;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The approved count of each role the regulation names. */
    public Map<LeadershipRole, Integer> approved() {
        Map<LeadershipRole, Integer> approved = new EnumMap<>(LeadershipRole.class);
        approved.putAll(StoredJson.read(leadershipPosts, POSTS));
        return approved;
    }

    public void approve(Map<LeadershipRole, Integer> approved) {
        leadershipPosts = StoredJson.write(new EnumMap<>(approved));
    }

    /** Every version received for the school. */
    public static List<KnownRegulation> versionsOf(String schoolId) {
        return list("schoolId", schoolId);
    }

    /** The version of the school's regulation in force on {@code on}, or {@code null}. */
    public static KnownRegulation inForce(String schoolId, java.time.LocalDate on) {
        return RegulationRules.inForce(versionsOf(schoolId), on);
    }

    /** Every version received for the county's schools, by school. */
    public static Map<String, List<KnownRegulation>> versionsIn(String countyId) {
        return KnownRegulation.<KnownRegulation>list("countyId", countyId).stream()
                .collect(Collectors.groupingBy(r -> r.schoolId));
    }
}
