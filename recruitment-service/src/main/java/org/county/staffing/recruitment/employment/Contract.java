package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The contract of one appointment (合同管理): type, term, renewals, termination. */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "appointment_id", nullable = false)
    public UUID appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractType type;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    /** Null for OPEN_ENDED. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(nullable = false)
    public int renewals;

    @Column(name = "terminated_on")
    public LocalDate terminatedOn;

    @Column(name = "termination_reason")
    public String terminationReason;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
