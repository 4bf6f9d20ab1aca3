package org.county.staffing.recruitment.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.county.staffing.backbone.persistence.StoredJson;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The annual adjustment plan of a county and school year; its submitted versions are kept in {@link PlanVersion}. */
@Entity
@Table(name = "adjustment_plan")
public class Plan extends PanacheEntityBase {

    private static final TypeReference<List<PlanItem>> ITEMS = new TypeReference<>() {
    };

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** The version being prepared or decided: 1, then +1 for each resubmission after a rejection. */
    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String items;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "late_reason")
    public String lateReason;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "overdue_since")
    public OffsetDateTime overdueSince;

    @Column(name = "executed_on")
    public LocalDate executedOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public List<PlanItem> itemList() {
        return StoredJson.read(items, ITEMS);
    }

    public void itemList(List<PlanItem> list) {
        items = StoredJson.write(list);
    }

    static List<PlanItem> readItems(String json) {
        return StoredJson.read(json, ITEMS);
    }
}
