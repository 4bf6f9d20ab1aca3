package org.county.staffing.rotation.staffing;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A post as post-service established it (read model); whether it is taken follows from the teachers. */
@Entity
@Table(name = "known_post")
public class KnownPost extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String FROZEN = "FROZEN";
    public static final String ABOLISHED = "ABOLISHED";

    @Id
    public UUID id;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column(name = "county_id")
    public String countyId;

    @Column(nullable = false)
    public String category;

    public String subject;

    public String level;

    /** OPEN (established, not frozen), FROZEN or ABOLISHED. */
    @Column(nullable = false)
    public String status;
}
