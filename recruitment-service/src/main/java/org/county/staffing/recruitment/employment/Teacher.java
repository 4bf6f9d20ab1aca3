package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A teacher employed by the county (a "system person", 系統人), whichever school they work at. */
@Entity
@Table(name = "teacher")
public class Teacher extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    /** HMAC-SHA256 of the ID number: finds the same person again without keeping the number. */
    @Column(name = "id_number_hash", nullable = false)
    public String idNumberHash;

    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;

    /** AES-GCM ciphertext; never leaves the service. */
    @Column(name = "id_number_encrypted", nullable = false)
    public String idNumberEncrypted;

    /** Comma-separated, the main subject first. */
    @Column(nullable = false)
    public String subjects;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TitleGrade title;

    /** The post category the person is employed in; teachers are TEACHING. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostCategory category;

    @Column(name = "first_hire_date", nullable = false)
    public LocalDate firstHireDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeacherStatus status;

    /** 骨幹教師, set by the bureau. */
    @Column(nullable = false)
    public boolean backbone;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public List<String> subjectList() {
        return subjects.isEmpty() ? List.of() : Arrays.asList(subjects.split(","));
    }

    public void subjectList(List<String> list) {
        subjects = String.join(",", list);
    }
}
