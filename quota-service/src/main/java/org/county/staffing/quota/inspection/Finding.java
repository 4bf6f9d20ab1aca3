package org.county.staffing.quota.inspection;

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

/** An irregularity an inspection found: OPEN, then RECTIFIED with a note, then CLOSED. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    /** The inspection that raised it. */
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingKind kind;

    @Column(nullable = false)
    public String rule;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    /** JSON list of {type, id}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String evidence;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @Column(name = "description_zh", nullable = false)
    public String descriptionZh;

    @Column(nullable = false)
    public String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "rectification_note")
    public String rectificationNote;

    @Column(name = "rectified_by")
    public String rectifiedBy;

    @Column(name = "rectified_at")
    public OffsetDateTime rectifiedAt;

    @Column(name = "closing_note")
    public String closingNote;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The department that must rectify it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_department", nullable = false)
    public Department responsibleDepartment;

    /** The rectification deadline; null for findings raised before deadlines were set. */
    @Column(name = "rectification_due")
    public LocalDate rectificationDue;

    /** The day it was flagged as overdue (once). */
    @Column(name = "overdue_on")
    public LocalDate overdueOn;
}
