package org.county.staffing.recruitment.plan;

import java.util.UUID;

import org.county.staffing.recruitment.campaign.CampaignStatus;
import org.county.staffing.recruitment.campaign.OfferStatus;
import org.county.staffing.recruitment.employment.AssignmentOutcome;

/**
 * What became of one TEACHER_MOVE of an executed plan (the report of the forms' outcomes):
 * {@code item} is its index; {@code assignmentId} or {@code campaignId} name the record that
 * carries it. Outcomes: TRANSFERRED; ON_ASSIGNMENT, RETURNED, CONVERTED, TEACHER_LEFT;
 * COMPETITION_OPEN, COMPETITION_OFFERED, COMPETITION_WON, COMPETITION_DECLINED, COMPETITION_LOST,
 * COMPETITION_POST_FROZEN;
 * NOT_CARRIED_OUT when no record is found.
 */
public record MoveOutcome(int item, UUID teacherId, RotationForm form, String outcome, UUID assignmentId, UUID campaignId) {

    public static final String TRANSFERRED = "TRANSFERRED";
    public static final String ON_ASSIGNMENT = "ON_ASSIGNMENT";
    public static final String NOT_CARRIED_OUT = "NOT_CARRIED_OUT";

    /** An assignment's state: running, or how it ended. */
    public static String ofAssignment(AssignmentOutcome ended) {
        return ended == null ? ON_ASSIGNMENT : ended.name();
    }

    /**
     * A competition by its campaign and the planned teacher's application: open while applications
     * are taken; then offered, won (accepted) or declined; lost once ranked without an offer to them.
     */
    public static String ofCompetition(CampaignStatus campaign, OfferStatus invited) {
        return ofCompetition(campaign, invited, false);
    }

    /**
     * {@code postFrozen}: the destination post was frozen before the offers, so nobody was offered it
     * and the planned teacher stays at home (COMPETITION_POST_FROZEN).
     */
    public static String ofCompetition(CampaignStatus campaign, OfferStatus invited, boolean postFrozen) {
        if (campaign == CampaignStatus.OPEN) {
            return "COMPETITION_OPEN";
        }
        if (postFrozen && (invited == null || invited == OfferStatus.NONE)) {
            return "COMPETITION_POST_FROZEN";
        }
        return switch (invited == null ? OfferStatus.NONE : invited) {
            case OFFERED -> "COMPETITION_OFFERED";
            case ACCEPTED -> "COMPETITION_WON";
            case DECLINED -> "COMPETITION_DECLINED";
            case NONE -> "COMPETITION_LOST";
        };
    }
}
