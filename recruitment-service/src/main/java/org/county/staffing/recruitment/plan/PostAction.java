package org.county.staffing.recruitment.plan;

public enum PostAction {
    ESTABLISH,
    ABOLISH
}
