package org.county.staffing.post.regulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.persistence.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The latest function-and-staffing regulation (机构职能编制规定) the staffing office issued for a
 * school, as quota-service announced it: the leadership posts it approves by role.
 */
@Entity
@Table(name = "known_regulation")
public class KnownRegulation extends PanacheEntityBase {

    private static final TypeReference<Map<LeadershipRole, Integer>> POSTS = new TypeReference<>() {
    };

    @Id
    @Column(name = "school_id")
    public String schoolId;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "regulation_id", nullable = false)
    public UUID regulationId;

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
}
