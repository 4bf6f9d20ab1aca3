package org.county.staffing.contracts.recruitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A campaign was settled: {@code recruitment.campaign.closed.v1}, subject the campaign id; {@code appointments} are the posts accepted.
 */
public record CampaignClosed(
        UUID campaignId,
        String kind,
        List<UUID> postIds,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        @Nullable UUID roundId,
        List<Appointment> appointments) {

    public static final EventType<CampaignClosed> TYPE = EventType.of("recruitment.campaign.closed.v1", CampaignClosed.class);

    /** A teacher who accepted a post of the campaign. */
    public record Appointment(
            UUID teacherId,
            UUID postId) {
    }
}
