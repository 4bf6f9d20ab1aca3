package org.county.staffing.quota.inspection;

/** An id that supports a finding: {@code type} is post, teacher, appointment, secondment or school. */
public record Evidence(String type, String id) {
}
