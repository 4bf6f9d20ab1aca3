package org.county.staffing.backbone.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One broken rule: the field it concerns (if any), the rule's name, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String field, String rule, Reason reason) {
}
