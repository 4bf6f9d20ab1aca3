package org.county.staffing.recruitment.employment;

import java.time.LocalDate;

/** The contract an appointment is made with; both fields optional (FIXED_TERM of the configured term). */
public record ContractTerms(ContractType type, LocalDate endsOn) {

    public static final ContractTerms DEFAULT = new ContractTerms(null, null);
}
