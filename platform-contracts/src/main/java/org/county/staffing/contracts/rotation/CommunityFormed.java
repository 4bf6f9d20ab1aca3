package org.county.staffing.contracts.rotation;

import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A development community was formed: {@code rotation.community.formed.v1}, subject the community id; {@code model}: 1+1 or 1+N.
 */
public record CommunityFormed(
        UUID communityId,
        String countyId,
        String name,
        String leadSchoolId,
        List<String> memberSchoolIds,
        String model) {

    public static final EventType<CommunityFormed> TYPE = EventType.of("rotation.community.formed.v1", CommunityFormed.class);
}
