package org.county.staffing.quota.ledger;

import java.util.List;
import java.util.UUID;

/** A transfer: its two entries share the transfer id. */
public record TransferView(UUID transferId, String fromSchoolId, String toSchoolId, int amount, List<EntryView> entries) {
}
