package org.county.staffing.audit.verify;

import org.county.staffing.backbone.problem.Reason;

/**
 * The first place a county's chain does not hold, and why.
 *
 * @param chainPosition the position at which the break was found
 * @param eventId       the event of the record found there (null when the chain ends early)
 * @param rule          RECORD_MISSING, CHAIN_LINK_BROKEN, RECORD_ALTERED, CHAIN_TRUNCATED,
 *                      CHAIN_HEAD_MISMATCH or ANCHOR_MISMATCH
 */
public record ChainBreak(long chainPosition, String eventId, String rule, Reason reason) {
}
