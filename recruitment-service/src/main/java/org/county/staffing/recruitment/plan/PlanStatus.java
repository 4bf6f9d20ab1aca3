package org.county.staffing.recruitment.plan;

/** DRAFT -> SUBMITTED -> APPROVED -> EXECUTED; SUBMITTED -> REJECTED -> (revised) SUBMITTED as the next version. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    EXECUTED;

    /** Items may change while the plan is prepared or revised after a rejection. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
