package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A contract was renewed: {@code recruitment.contract.renewed.v1}, subject the contract id.
 * {@code type}: FIXED_TERM, OPEN_ENDED or PROBATION.
 */
public record ContractRenewed(
        UUID contractId,
        UUID teacherId,
        UUID appointmentId,
        String type,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        String status,
        int renewals,
        @Nullable LocalDate terminatedOn,
        @Nullable String reason) implements ContractState {

    public static final EventType<ContractRenewed> TYPE = EventType.of("recruitment.contract.renewed.v1", ContractRenewed.class);
}
