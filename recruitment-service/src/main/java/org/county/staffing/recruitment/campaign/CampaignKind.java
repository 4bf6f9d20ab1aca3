package org.county.staffing.recruitment.campaign;

public enum CampaignKind {
    /** Unified recruitment of new teachers (統一招聘). */
    OPEN,
    /** Cross-school competition of the county's own teachers (跨校競聘). */
    INTERNAL
}
