package org.county.staffing.backbone.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.SchoolMerged;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A consumer reads a payload through its contract; a payload that breaks it can never be handled. */
class CloudEventDataTest {

    private static final String MERGED = """
            {"schoolId":"1137068302","intoSchoolId":"1137068301","quotaMoved":12,"reason":"two small schools",
             "mergeId":"0b7c1a2e-8f6d-4c55-9a61-3c1e2f4a5b6c","countyId":"370683","addedLater":[1,2]}""";

    private static CloudEvent event(String type, JsonNode data) {
        return new CloudEvent("6f1c1c8e-0000-4000-8000-000000000001", "/quota-service", type, "1137068302",
                OffsetDateTime.parse("2027-07-10T08:30:15Z"), data, "370683", "staffing-office:bianban", "corr-1", null);
    }

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) CloudEventCodec.mapper().readTree(text);
    }

    @Test
    void dataIsThePayloadRecordAndUnknownFieldsAreIgnored() throws Exception {
        CloudEvent event = event(SchoolMerged.TYPE.name(), json(MERGED));
        assertThat(event.is(SchoolMerged.TYPE)).isTrue();
        assertThat(event.is(AllocationChanged.TYPE)).isFalse();
        SchoolMerged merged = event.data(SchoolMerged.TYPE);
        assertThat(merged.intoSchoolId()).isEqualTo("1137068301");
        assertThat(merged.quotaMoved()).isEqualTo(12);
    }

    @Test
    void aPayloadThatBreaksItsContractIsAMalformedEventNamingTheField() throws Exception {
        ObjectNode data = json(MERGED);
        data.remove("intoSchoolId");
        assertThatThrownBy(() -> event(SchoolMerged.TYPE.name(), data).data(SchoolMerged.TYPE))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("quota.school.merged.v1")
                .hasMessageContaining("'intoSchoolId' is required but missing");
        data.put("intoSchoolId", "1137068301").put("quotaMoved", "12");
        assertThatThrownBy(() -> event(SchoolMerged.TYPE.name(), data).data(SchoolMerged.TYPE))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("'quotaMoved' must be a 32-bit integer");
        assertThatThrownBy(() -> event(SchoolMerged.TYPE.name(), null).data(SchoolMerged.TYPE))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void readingAnEventAsAnotherTypeIsAMistakeOfTheHandler() throws Exception {
        CloudEvent event = event(SchoolMerged.TYPE.name(), json(MERGED));
        assertThatThrownBy(() -> event.data(AllocationChanged.TYPE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not quota.allocation.changed.v1");
    }

    @Test
    void aHandlerNamesItsTypesByTheirContracts() {
        EventHandler typed = new EventHandler() {
            @Override
            public List<EventType<?>> types() {
                return List.of(SchoolMerged.TYPE, AllocationChanged.TYPE);
            }

            @Override
            public void handle(CloudEvent event) {
            }
        };
        assertThat(typed.eventTypes()).containsExactlyInAnyOrder("quota.school.merged.v1", "quota.allocation.changed.v1");
        assertThat(typed.handles("quota.school.merged.v1")).isTrue();
        assertThat(typed.handles("quota.school.registered.v1")).isFalse();

        EventHandler everything = new EventHandler() {
            @Override
            public Set<String> eventTypes() {
                return Set.of("*");
            }

            @Override
            public void handle(CloudEvent event) {
            }
        };
        assertThat(everything.handles("rotation.round.proposed.v1")).isTrue();
    }
}
