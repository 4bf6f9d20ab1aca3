package org.county.staffing.recruitment.teacher;

public enum Gender {
    MALE,
    FEMALE
}
