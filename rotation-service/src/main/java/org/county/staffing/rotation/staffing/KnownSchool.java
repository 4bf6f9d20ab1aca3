package org.county.staffing.rotation.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A school as quota-service registered it, with its current quota allocation (read model). */
@Entity
@Table(name = "known_school")
public class KnownSchool extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    /** URBAN, TOWN or RURAL. */
    @Column(nullable = false)
    public String location;

    @Column(nullable = false)
    public String district;

    /** ACTIVE or MERGED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "merged_into")
    public String mergedInto;

    /** The allocation balance of its latest ledger entry; null before the first. */
    public Integer quota;

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
