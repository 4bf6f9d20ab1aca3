package org.county.staffing.backbone.review;

/** One submitted version of a plan as a department's review sees it (the department's entity implements it). */
public interface ReviewedVersion {

    int version();

    String countyId();

    ReviewStatus reviewStatus();
}
