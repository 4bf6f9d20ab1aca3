package org.county.staffing.quota.usage;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A teacher seconded away from the school whose quota and post they keep (抽調借用), as recruitment-service announced it. */
@Entity
@Table(name = "known_secondment")
public class KnownSecondment extends PanacheEntityBase {

    @Id
    @Column(name = "secondment_id")
    public UUID secondmentId;

    @Column(name = "county_id")
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "receiving_institution")
    public String receivingInstitution;

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "until_date")
    public LocalDate until;

    /** The approval document; null means the secondment was not approved. */
    @Column(name = "approval_reference")
    public String approvalReference;

    @Column(name = "ended_on")
    public LocalDate endedOn;
}
