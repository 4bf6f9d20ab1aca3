package org.county.staffing.recruitment.employment;

public enum Gender {
    MALE,
    FEMALE
}
