package org.county.staffing.recruitment.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The staffing office's school, as its {@code quota.school.*} events describe it. */
@Entity
@Table(name = "known_school")
public class KnownSchool extends PanacheEntityBase {

    @Id
    @Column(name = "school_id")
    public String schoolId;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(nullable = false)
    public String name;

    public String kind;

    @Column(nullable = false)
    public String status;

    @Column(name = "merged_into")
    public String mergedInto;
}
