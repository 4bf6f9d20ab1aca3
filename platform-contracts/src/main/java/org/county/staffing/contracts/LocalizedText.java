package org.county.staffing.contracts;

/** A text in English and in Chinese (the language of the county's officials). */
public record LocalizedText(String en, String zh) {
}
