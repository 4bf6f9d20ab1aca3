package org.county.staffing.recruitment.plan;

/** The two departments whose agreement the plan needs (征得編辦、人社同意後組織實施). */
public enum Department {
    STAFFING_OFFICE,
    HR
}
