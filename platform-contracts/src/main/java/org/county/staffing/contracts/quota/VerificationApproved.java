package org.county.staffing.contracts.quota;

import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A quota verification was approved: {@code quota.verification.approved.v1}, subject the verification id.
 */
public record VerificationApproved(
        UUID verificationId,
        String countyId,
        String schoolYear,
        String kind,
        String pool,
        List<School> schools,
        int poolShortfall) {

    public static final EventType<VerificationApproved> TYPE = EventType.of("quota.verification.approved.v1", VerificationApproved.class);

    /** One school of the verification; {@code previous} is its allocation at approval. */
    public record School(
            String schoolId,
            int required,
            int previous,
            int approved,
            int delta) {
    }
}
