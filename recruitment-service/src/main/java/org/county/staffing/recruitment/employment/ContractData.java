package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code recruitment.contract.signed/renewed/terminated.v1}, and the API's view of a contract. */
public record ContractData(
        UUID contractId,
        UUID teacherId,
        UUID appointmentId,
        ContractType type,
        LocalDate startsOn,
        LocalDate endsOn,
        ContractStatus status,
        int renewals,
        LocalDate terminatedOn,
        String reason) {

    public static ContractData of(Contract c, String reason) {
        return new ContractData(c.id, c.teacherId, c.appointmentId, c.type, c.startsOn, c.endsOn, c.status, c.renewals,
                c.terminatedOn, reason);
    }
}
