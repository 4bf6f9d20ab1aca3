package org.county.staffing.audit.record;

/** A record as the log holds it: its content, the hash of the record before it, and its own hash. */
public record StoredRecord(RecordContent content, String prevHash, String hash) {
}
