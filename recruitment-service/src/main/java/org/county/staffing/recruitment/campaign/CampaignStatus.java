package org.county.staffing.recruitment.campaign;

public enum CampaignStatus {
    /** Taking applications and scores. */
    OPEN,
    /** Ranked; offers go out in rank order until every post is taken or nobody is left. */
    OFFERING,
    CLOSED
}
