package org.county.staffing.quota.verification;

import java.util.List;
import java.util.UUID;

import org.county.staffing.quota.pool.Pool;

/** Payload of {@code quota.verification.approved.v1}. */
public record VerificationApproved(
        UUID verificationId,
        String countyId,
        String schoolYear,
        VerificationKind kind,
        Pool pool,
        List<School> schools,
        int poolShortfall) {

    public record School(String schoolId, int required, int previous, int approved, int delta) {
    }
}
