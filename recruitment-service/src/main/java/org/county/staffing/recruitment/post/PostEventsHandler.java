package org.county.staffing.recruitment.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.recruitment.RecruitmentEvents;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keeps the post read model. Events of one post arrive in order (the post id is the record key);
 * a change for a post not seen yet still records what it says, so nothing is lost.
 */
@ApplicationScoped
public class PostEventsHandler implements EventHandler {

    @Override
    public Set<String> eventTypes() {
        return Set.of(RecruitmentEvents.POST_ESTABLISHED, RecruitmentEvents.POST_ABOLISHED,
                RecruitmentEvents.POST_FROZEN, RecruitmentEvents.POST_UNFROZEN);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        UUID postId = uuid(event, data, "postId", true);
        KnownPost post = KnownPost.findById(postId);
        if (post == null) {
            post = new KnownPost();
            post.postId = postId;
        }
        String schoolId = text(data, "schoolId");
        if (schoolId != null) {
            post.schoolId = schoolId;
        }
        if (post.schoolId == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no schoolId");
        }
        String county = text(data, "countyId");
        post.countyId = county != null ? county : post.countyId != null ? post.countyId : event.countyId();
        String category = text(data, "category");
        if (category != null) {
            try {
                post.category = PostCategory.valueOf(category);
            } catch (IllegalArgumentException e) {
                throw new MalformedEventException(event.type() + " " + event.id() + " has unknown category " + category);
            }
        }
        if (post.category == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no category");
        }
        if (data.has("subject")) {
            post.subject = text(data, "subject");
        }
        switch (event.type()) {
            case RecruitmentEvents.POST_ESTABLISHED -> {
                post.established = true;
                post.level = text(data, "level");
                post.planId = uuid(event, data, "planId", false);
            }
            case RecruitmentEvents.POST_ABOLISHED -> post.abolished = true;
            case RecruitmentEvents.POST_FROZEN -> post.frozen = true;
            case RecruitmentEvents.POST_UNFROZEN -> post.frozen = false;
            default -> {
            }
        }
        post.updatedAt = event.time() != null ? event.time().withOffsetSameInstant(ZoneOffset.UTC) : OffsetDateTime.now(ZoneOffset.UTC);
        post.persist();
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static UUID uuid(CloudEvent event, JsonNode data, String field, boolean required) {
        String value = text(data, field);
        if (value == null) {
            if (required) {
                throw new MalformedEventException(event.type() + " " + event.id() + " names no " + field);
            }
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + ": " + field + " is not a UUID");
        }
    }
}
