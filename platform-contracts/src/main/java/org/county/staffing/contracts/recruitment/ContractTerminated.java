package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A contract was terminated; {@code reason} is the given one, or TRANSFERRED / the leaving reason: {@code recruitment.contract.terminated.v1}, subject the contract id.
 * {@code type}: FIXED_TERM, OPEN_ENDED or PROBATION.
 */
public record ContractTerminated(
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

    public static final EventType<ContractTerminated> TYPE = EventType.of("recruitment.contract.terminated.v1", ContractTerminated.class);
}
