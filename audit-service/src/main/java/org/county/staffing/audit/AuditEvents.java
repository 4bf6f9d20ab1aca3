package org.county.staffing.audit;

import java.util.List;

import org.county.staffing.backbone.events.Topics;

/**
 * audit-service publishes no events: it is the end of every chain. It follows the topics of all
 * four producing services and records every event type there is.
 */
public final class AuditEvents {

    /** The handler's type filter: every type, including ones this service has never heard of. */
    public static final String EVERY_TYPE = "*";

    /** The topics followed (also {@code mp.messaging.incoming.events.topics}). */
    public static final List<String> FOLLOWED_TOPICS = List.of(Topics.QUOTA, Topics.POST, Topics.RECRUITMENT, Topics.ROTATION);

    private AuditEvents() {
    }
}
