package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.UUID;


/**
 * One transfer to carry out: the teacher leaves their post (which must be {@code expectedFromPostId}
 * when given) for {@code toPostId}. The plan, rotation and campaign references travel into the event.
 */
public record Move(UUID teacherId, UUID expectedFromPostId, UUID toPostId, LocalDate effectiveFrom, UUID planId,
                   UUID moveId, UUID roundId, String form, LocalDate returnDate, UUID campaignId, ContractTerms contract,
                   String field) {

    public static Move direct(UUID teacherId, UUID toPostId, LocalDate effectiveFrom, ContractTerms contract) {
        return new Move(teacherId, null, toPostId, effectiveFrom, null, null, null, null, null, null, contract, "toPostId");
    }
}
