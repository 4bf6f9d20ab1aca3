package org.county.staffing.recruitment.employment;

/** How an appointment came about. */
public enum AppointmentSource {
    DIRECT,
    OPEN_CAMPAIGN,
    INTERNAL_CAMPAIGN,
    IMPORT,
    /** Started by a transfer (a plan's move, a competition, or the bureau's own). */
    TRANSFER
}
