package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A contract was signed (one with every appointment): {@code recruitment.contract.signed.v1}, subject the contract id.
 * {@code type}: FIXED_TERM, OPEN_ENDED or PROBATION.
 */
public record ContractSigned(
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

    public static final EventType<ContractSigned> TYPE = EventType.of("recruitment.contract.signed.v1", ContractSigned.class);
}
