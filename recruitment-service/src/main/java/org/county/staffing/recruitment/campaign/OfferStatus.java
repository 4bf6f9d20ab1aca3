package org.county.staffing.recruitment.campaign;

public enum OfferStatus {
    /** Not (yet) offered the post. */
    NONE,
    OFFERED,
    ACCEPTED,
    DECLINED
}
