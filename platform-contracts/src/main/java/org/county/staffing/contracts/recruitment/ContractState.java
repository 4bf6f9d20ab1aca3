package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

/** What the three contract events carry: the contract as it is after the change. */
public interface ContractState {

    UUID contractId();

    UUID teacherId();

    UUID appointmentId();

    String type();

    LocalDate startsOn();

    LocalDate endsOn();

    String status();

    int renewals();

    LocalDate terminatedOn();

    String reason();
}
