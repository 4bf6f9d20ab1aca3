package org.county.staffing.contracts.recruitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A campaign was settled: {@code recruitment.campaign.closed.v1}, subject the campaign id; {@code appointments} are the posts accepted;
 * {@code reason} says why posts were left unfilled without a ranking deciding it (a post frozen before the offers), else null.
 */
public record CampaignClosed(
        UUID campaignId,
        String kind,
        List<UUID> postIds,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        @Nullable UUID roundId,
        List<Appointment> appointments,
        @Nullable String reason) {

    public static final EventType<CampaignClosed> TYPE = EventType.of("recruitment.campaign.closed.v1", CampaignClosed.class);

    /** A campaign the ranking and the offers settled. */
    public CampaignClosed(UUID campaignId, String kind, List<UUID> postIds, OffsetDateTime opensAt, OffsetDateTime closesAt,
                          UUID roundId, List<Appointment> appointments) {
        this(campaignId, kind, postIds, opensAt, closesAt, roundId, appointments, null);
    }

    /** A teacher who accepted a post of the campaign. */
    public record Appointment(
            UUID teacherId,
            UUID postId) {
    }
}
