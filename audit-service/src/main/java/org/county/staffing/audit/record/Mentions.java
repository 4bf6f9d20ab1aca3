package org.county.staffing.audit.record;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rule TIMELINE_MENTIONS: the ids an event is about, so that the timeline of a school, post,
 * teacher or plan finds it: the subject, and every id the payload names at any depth, in a member
 * called {@code id}, ending in {@code Id} or {@code Ids} ({@code teacherId}, {@code fromSchoolId},
 * {@code memberSchoolIds}, {@code evidence[].id}), or {@code reference} and {@code mergedInto}.
 * The county id is not a mention: every event of the county would be on its timeline.
 */
public final class Mentions {

    /** Ids are short; a longer value is prose or data, not an id to look up. */
    static final int MAX_ID_LENGTH = 200;
    /** Ample for a county's annual plan with every move and hire named. */
    static final int MAX_MENTIONS = 10_000;
    private static final Set<String> ALSO_IDS = Set.of("reference", "mergedInto");

    private Mentions() {
    }

    /** Sorted and distinct, so that the stored array (and its hash) is the same for the same event. */
    public static List<String> of(String subject, JsonNode data) {
        TreeSet<String> ids = new TreeSet<>();
        add(ids, subject);
        collect(data, ids);
        return List.copyOf(ids);
    }

    static boolean namesAnId(String member) {
        return !"countyId".equals(member)
                && ("id".equals(member) || member.endsWith("Id") || member.endsWith("Ids") || ALSO_IDS.contains(member));
    }

    private static void collect(JsonNode node, TreeSet<String> ids) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (namesAnId(field.getKey())) {
                    if (value.isTextual()) {
                        add(ids, value.textValue());
                    } else if (value.isArray()) {
                        value.forEach(element -> {
                            if (element.isTextual()) {
                                add(ids, element.textValue());
                            }
                        });
                    }
                }
                collect(value, ids);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, ids));
        }
    }

    private static void add(TreeSet<String> ids, String id) {
        if (id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH && ids.size() < MAX_MENTIONS) {
            ids.add(id);
        }
    }
}
