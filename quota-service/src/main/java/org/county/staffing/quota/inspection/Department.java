package org.county.staffing.quota.inspection;

/**
 * The departments that carry out special inspections jointly (联合组织、人社、纪检、巡察等部门):
 * some rectify what is found in their field, the others supervise.
 */
public enum Department {
    /** 组织部门: cadres and secondments of staff to other bodies. */
    ORGANISATION,
    /** 人社部门: posts and hiring in public institutions. */
    HR,
    /** 纪检监察: supervises; rectifies nothing itself. */
    DISCIPLINE_INSPECTION,
    /** 巡察: supervises; rectifies nothing itself. */
    PATROL,
    /** 编办: quotas; runs every inspection. */
    STAFFING_OFFICE
}
