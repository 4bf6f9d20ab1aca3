package org.county.staffing.quota.regulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a school's function-and-staffing regulation (机构职能编制规定), as issued. */
@Entity
@Table(name = "regulation")
public class Regulation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column(nullable = false)
    public int version;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_organisation", nullable = false)
    public PartyOrganisation partyOrganisation;

    /** The functions as a JSON array of text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String functions;

    /** Approved leadership posts as a JSON object, role to count (roles with none left out). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "leadership_posts", nullable = false, columnDefinition = "jsonb")
    public String leadershipPosts;

    @Column(name = "leadership_total", nullable = false)
    public int leadershipTotal;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;
}
