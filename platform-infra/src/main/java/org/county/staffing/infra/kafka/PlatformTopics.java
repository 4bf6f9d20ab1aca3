package org.county.staffing.infra.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every topic the platform uses, with the settings {@code deploy/kubernetes/base/kafka-topics.yaml}
 * gives them: one event topic per producing service (keyed by aggregate, partitions let several
 * instances of a consumer share the work, two weeks' retention outlives a long outage of a consumer)
 * and one dead-letter topic per consuming service (one partition, kept 90 days for a person to read).
 */
public final class PlatformTopics {

    public static final List<String> EVENT_TOPICS = List.of("quota.events", "post.events", "recruitment.events", "rotation.events");
    public static final List<String> CONSUMERS = List.of("quota-service", "post-service", "recruitment-service", "rotation-service",
            "audit-service");
    static final String EVENT_RETENTION_MS = "1209600000";
    static final String DEAD_LETTER_RETENTION_MS = "7776000000";

    /** A topic to create: name, partitions and topic-level settings. */
    public record Topic(String name, int partitions, Map<String, String> config) {
    }

    private PlatformTopics() {
    }

    /** The event topics with {@code partitions} each and every consumer's dead-letter topic. */
    public static List<Topic> all(int partitions, int minInSyncReplicas) {
        List<Topic> topics = new ArrayList<>();
        String minInSync = Integer.toString(minInSyncReplicas);
        for (String name : EVENT_TOPICS) {
            topics.add(new Topic(name, partitions, Map.of("retention.ms", EVENT_RETENTION_MS, "cleanup.policy", "delete",
                    "min.insync.replicas", minInSync)));
        }
        for (String consumer : CONSUMERS) {
            topics.add(new Topic(consumer + ".dead-letter", 1, Map.of("retention.ms", DEAD_LETTER_RETENTION_MS,
                    "cleanup.policy", "delete", "min.insync.replicas", minInSync)));
        }
        return List.copyOf(topics);
    }
}
