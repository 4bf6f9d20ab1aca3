package org.county.staffing.backbone.testapp;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Widget extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    @Column(name = "county_id")
    public String countyId;
    public int size;
}
