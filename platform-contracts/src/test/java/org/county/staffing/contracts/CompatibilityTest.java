package org.county.staffing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record change must not break a consumer of events already in the topics. Each type has a
 * golden sample, a payload as its producer wrote it (src/test/resources/golden/&lt;type&gt;.json,
 * committed): it must still decode with the current record (a new required field, or a changed
 * type, fails here), and writing the decoded record again must give back every field of the
 * sample with the same value (a removed or renamed field fails here). New optional fields are
 * allowed. A breaking change is a new type ({@code .v2}) with a golden sample of its own.
 */
class CompatibilityTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path CANDIDATES = Path.of("target/golden-candidates");
    private static final ObjectMapper MAPPER = EventType.mapper();

    @TestFactory
    Stream<DynamicTest> everyGoldenSampleDecodesAndIsWrittenBackUnchanged() {
        return EventCatalog.all().stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            Path file = GOLDEN.resolve(type.name() + ".json");
            if (!Files.exists(file)) {
                Files.createDirectories(CANDIDATES);
                Path candidate = CANDIDATES.resolve(type.name() + ".json");
                Files.writeString(candidate, MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(SampleValues.of(type.schema(), 0)) + "\n");
                fail("no golden sample for " + type.name() + ": review " + candidate + " (a payload as the producer "
                        + "writes it) and copy it to " + file);
            }
            JsonNode golden = MAPPER.readTree(file.toFile());
            JsonNode again = roundTrip(type, golden);
            assertContains(type.name(), golden, again, "");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenSampleDecodesWithoutItsOptionalFields() {
        // an event written before an optional field was added still decodes
        return EventCatalog.all().stream()
                .filter(type -> Files.exists(GOLDEN.resolve(type.name() + ".json")))
                .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
                    ObjectNode minimal = (ObjectNode) MAPPER.readTree(GOLDEN.resolve(type.name() + ".json").toFile());
                    type.fields().stream().filter(f -> !f.required()).forEach(f -> minimal.remove(f.name()));
                    assertThat(type.decode(minimal)).isNotNull();
                }));
    }

    @Test
    void everyGoldenSampleIsACatalogType() throws IOException {
        Set<String> catalog = EventCatalog.all().stream().map(EventType::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<String> orphans = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(name -> !catalog.contains(name)).toList();
            // a type is never deleted while its events may still be in a topic
            assertThat(orphans).as("golden samples of types missing from EventCatalog").isEmpty();
        }
    }

    @Test
    void anAssignmentWrittenBeforeItsPostShareReadsTheShareOfItsHours() throws IOException {
        ObjectNode old = (ObjectNode) MAPPER.readTree(GOLDEN.resolve(TeacherAssigned.TYPE.name() + ".json").toFile());
        old.remove("postShare");
        assertThat(TeacherAssigned.TYPE.decode(old).postShare()).isEqualByComparingTo("0.5");
        old.putNull("hoursPerWeek");
        assertThat(TeacherAssigned.TYPE.decode(old).postShare()).isEqualByComparingTo("1");
        old.put("hoursPerWeek", 20);
        assertThat(TeacherAssigned.TYPE.decode(old).postShare()).as("at most one post").isEqualByComparingTo("1");
    }

    @Test
    void theCheckCatchesARemovedField() throws IOException {
        // the comparison itself: a field the record no longer writes is reported
        JsonNode golden = MAPPER.readTree("{\"a\":1,\"b\":{\"c\":[{\"d\":\"x\"}]}}");
        JsonNode written = MAPPER.readTree("{\"a\":1,\"b\":{\"c\":[{}]}}");
        try {
            assertContains("test", golden, written, "");
        } catch (AssertionError e) {
            assertThat(e.getMessage()).contains("b.c[0].d");
            return;
        }
        fail("a removed field was not noticed");
    }

    private static <T extends Record> JsonNode roundTrip(EventType<T> type, JsonNode golden) throws IOException {
        T decoded = type.decode(golden);
        // through text, so numbers compare as the consumer's parser reads them
        return MAPPER.readTree(type.encodeToString(decoded));
    }

    private static void assertContains(String type, JsonNode golden, JsonNode written, String path) {
        if (golden.isObject()) {
            if (!written.isObject()) {
                throw new AssertionError(type + ": " + path + " was an object, is now " + written.getNodeType());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = golden.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode now = written.get(field.getKey());
                if (field.getValue().isNull() && (now == null || now.isNull())) {
                    continue; // absent and null are the same to a consumer
                }
                if (now == null || now.isNull()) {
                    throw new AssertionError(type + ": field " + at + " of the golden sample is no longer written "
                            + "(removed or renamed); consumers still read it. Keep it, or publish a new type version");
                }
                assertContains(type, field.getValue(), now, at);
            }
        } else if (golden.isArray()) {
            if (!written.isArray() || written.size() != golden.size()) {
                throw new AssertionError(type + ": " + path + " was an array of " + golden.size() + ", is now " + written);
            }
            for (int i = 0; i < golden.size(); i++) {
                assertContains(type, golden.get(i), written.get(i), path + "[" + i + "]");
            }
        } else if (!golden.equals(written)) {
            throw new AssertionError(type + ": " + path + " was " + golden + ", is now written as " + written);
        }
    }
}
