package org.county.staffing.post.post;

import java.util.EnumMap;
import java.util.Map;

import org.county.staffing.backbone.contract.PostCategory;

/**
 * How many posts a school has, by status and by category (abolished posts left out).
 */
public record PostCounts(int vacant, int occupied, int frozen, Map<PostCategory, Integer> establishedByCategory) {

    public PostCounts {
        establishedByCategory = Map.copyOf(establishedByCategory);
    }

    public static PostCounts none() {
        return new PostCounts(0, 0, 0, Map.of());
    }

    /** Every post not abolished: what counts against the quota. */
    public int established() {
        return vacant + occupied + frozen;
    }

    /** Vacant and occupied posts: those in use or to be filled. */
    public int usable() {
        return vacant + occupied;
    }

    public int established(PostCategory category) {
        return establishedByCategory.getOrDefault(category, 0);
    }

    public int nonTeaching() {
        return established(PostCategory.MANAGEMENT) + established(PostCategory.SUPPORT);
    }

    /** Counts of posts in the given statuses and categories. */
    public static final class Builder {
        private int vacant;
        private int occupied;
        private int frozen;
        private final Map<PostCategory, Integer> byCategory = new EnumMap<>(PostCategory.class);

        public Builder add(PostStatus status, PostCategory category, int count) {
            switch (status) {
                case VACANT -> vacant += count;
                case OCCUPIED -> occupied += count;
                case FROZEN -> frozen += count;
                case ABOLISHED -> {
                    return this;
                }
            }
            byCategory.merge(category, count, Integer::sum);
            return this;
        }

        public PostCounts build() {
            return new PostCounts(vacant, occupied, frozen, byCategory);
        }
    }
}
