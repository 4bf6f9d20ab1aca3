package org.county.staffing.backbone.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

class StoredJsonTest {

    record Item(String school, int posts, LocalDate from, Instant decidedAt, Optional<String> note) {
    }

    @Test
    void valuesReadBackAsTheyWereWrittenWithIsoDates() {
        Item item = new Item("S-1", 3, LocalDate.of(2026, 9, 1), Instant.parse("2026-08-01T08:00:00Z"), Optional.of("n"));
        String json = StoredJson.write(List.of(item));
        assertThat(json).contains("\"from\":\"2026-09-01\"").contains("\"decidedAt\":\"2026-08-01T08:00:00Z\"");
        assertThat(StoredJson.read(json, new TypeReference<List<Item>>() {
        })).containsExactly(item);
        JsonNode tree = StoredJson.tree(json);
        assertThat(tree.get(0).get("posts").asInt()).isEqualTo(3);
        assertThat(StoredJson.convert(tree.get(0), Item.class)).isEqualTo(item);
    }

    @Test
    void olderRowsWithFieldsSinceRemovedStillReadAndNullStaysNull() {
        assertThat(StoredJson.read("{\"school\":\"S-2\",\"posts\":1,\"retired\":true}", Item.class).school()).isEqualTo("S-2");
        assertThat(StoredJson.write(null)).isNull();
        assertThat(StoredJson.read(null, Item.class)).isNull();
        assertThat(StoredJson.tree(null)).isNull();
    }

    @Test
    void aRowThatDoesNotReadIsADefectNotBadInput() {
        assertThatThrownBy(() -> StoredJson.read("{\"posts\": \"many\"", Item.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stored JSON");
    }
}
