package org.county.staffing.backbone.problem;

/** Why a request was refused, in English and in Chinese (the language of the county's officials). */
public record Reason(String en, String zh) {
}
