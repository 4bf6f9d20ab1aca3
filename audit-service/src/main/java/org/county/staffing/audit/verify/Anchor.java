package org.county.staffing.audit.verify;

/**
 * A position and hash noted down earlier (from a verification report or an export) and kept
 * outside the database. Recomputing the whole chain after an edit would otherwise go unnoticed;
 * it cannot reproduce a hash somebody wrote down before.
 */
public record Anchor(long chainPosition, String hash) {
}
