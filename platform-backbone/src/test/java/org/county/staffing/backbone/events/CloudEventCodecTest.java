package org.county.staffing.backbone.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class CloudEventCodecTest {

    private static CloudEvent event(OffsetDateTime time) {
        return new CloudEvent("6f1c1c8e-0000-4000-8000-000000000001", "/quota-service", "quota.school.registered.v1",
                "1370683001", time, JsonNodeFactory.instance.objectNode().put("name", "城关小学"),
                "370683", "staffing-office:bianban", "corr-1", null);
    }

    @Test
    void timeIsWrittenWithSecondsEvenWhenTheyAreZero() {
        byte[] json = CloudEventCodec.encode(event(OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC)));
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"time\":\"2026-09-01T08:00:00Z\"");
    }

    @Test
    void whatIsWrittenIsReadBackUnchanged() {
        CloudEvent original = event(OffsetDateTime.of(2026, 9, 1, 8, 30, 15, 123456000, ZoneOffset.UTC));
        assertThat(CloudEventCodec.decode(CloudEventCodec.encode(original))).isEqualTo(original);
    }

    @Test
    void invalidEventsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> CloudEventCodec.decode("{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("'type' is missing");
        assertThatThrownBy(() -> CloudEventCodec.decode(("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\","
                + "\"type\":\"Quota Changed\"}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("is not <service>.<aggregate>.<verb>.v<n>");
        assertThatThrownBy(() -> CloudEventCodec.decode(("{\"specversion\":\"0.3\",\"id\":\"1\",\"source\":\"/x\","
                + "\"type\":\"a.b.c.v1\"}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("specversion");
        assertThatThrownBy(() -> CloudEventCodec.decode(("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\","
                + "\"type\":\"a.b.c.v1\",\"time\":\"yesterday\"}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("RFC 3339");
    }
}
