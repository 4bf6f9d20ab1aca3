package org.county.staffing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * docs/events.md is the readable catalog; the records are the contract. This test keeps the two
 * equal: the page has a section ({@code ### `type`}) for exactly the catalog's types, and each
 * section's field table ({@code | field | type | meaning |}) lists exactly the record's fields, in
 * its order, a type ending in {@code ?} exactly for the {@link Nullable} ones. A section may say
 * "the same fields as `type`" instead of repeating a table.
 */
class EventsDocTest {

    private static final Path DOC = Path.of("../docs/events.md");
    private static final Pattern SAME_FIELDS = Pattern.compile("the same fields as `([a-z.-]+\\.v[0-9]+)`");
    private static final Pattern TYPE = Pattern.compile("`([a-z-]+\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+)`");

    /** A documented field: its name and whether the page marks it optional. */
    record DocField(String name, boolean optional) {
    }

    @Test
    void thePageDocumentsExactlyTheCatalogsTypes() throws IOException {
        Map<String, List<DocField>> documented = documented();
        assertThat(documented.keySet())
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventType::name).toList());
    }

    @Test
    void eachTypesFieldTableListsExactlyItsRecordsFields() throws IOException {
        Map<String, List<DocField>> documented = documented();
        List<String> differences = new ArrayList<>();
        for (EventType<?> type : EventCatalog.all()) {
            List<DocField> expected = type.fields().stream().map(f -> new DocField(f.name(), !f.required())).toList();
            List<DocField> actual = documented.get(type.name());
            if (actual != null && !actual.equals(expected)) {
                differences.add(type.name() + "\n   docs:   " + show(actual) + "\n   record: " + show(expected));
            }
        }
        assertThat(differences).as("field tables of docs/events.md that differ from the records (name? = optional)")
                .isEmpty();
    }

    private static String show(List<DocField> fields) {
        return fields.stream().map(f -> f.name() + (f.optional() ? "?" : "")).collect(Collectors.joining(", "));
    }

    /** Type name to the fields of its section's field table (empty when the section has none). */
    static Map<String, List<DocField>> documented() throws IOException {
        Map<String, List<DocField>> result = new LinkedHashMap<>();
        List<String> sectionTypes = new ArrayList<>();
        List<DocField> fields = null;
        boolean inFieldTable = false;
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("#")) {
                inFieldTable = false;
                sectionTypes = new ArrayList<>();
                fields = null;
                if (line.startsWith("### ")) {
                    Matcher m = TYPE.matcher(line);
                    while (m.find()) {
                        sectionTypes.add(m.group(1));
                    }
                    fields = new ArrayList<>();
                    for (String type : sectionTypes) {
                        result.put(type, fields);
                    }
                }
                continue;
            }
            if (fields == null) {
                continue;
            }
            Matcher same = SAME_FIELDS.matcher(line);
            if (same.find() && fields.isEmpty() && result.containsKey(same.group(1))) {
                fields.addAll(result.get(same.group(1)));
            }
            if (line.startsWith("| field |")) {
                inFieldTable = fields.isEmpty();
                continue;
            }
            if (!line.startsWith("|")) {
                inFieldTable = false;
                continue;
            }
            if (inFieldTable && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                String type = cells.length > 2 ? cells[2].trim() : "";
                boolean optional = type.endsWith("?");
                for (String name : cells[1].split(",")) {
                    fields.add(new DocField(name.replace("`", "").trim(), optional));
                }
            }
        }
        return result;
    }
}
