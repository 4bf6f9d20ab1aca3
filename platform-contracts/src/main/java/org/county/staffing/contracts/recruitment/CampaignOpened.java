package org.county.staffing.contracts.recruitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A recruitment campaign opened: {@code recruitment.campaign.opened.v1}, subject the campaign id; {@code kind}: OPEN or INTERNAL.
 */
public record CampaignOpened(
        UUID campaignId,
        String kind,
        List<UUID> postIds,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        @Nullable UUID roundId) {

    public static final EventType<CampaignOpened> TYPE = EventType.of("recruitment.campaign.opened.v1", CampaignOpened.class);
}
