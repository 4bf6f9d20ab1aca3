package org.county.staffing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The catalog is complete and each type lives where its name says. */
class EventCatalogTest {

    @Test
    void namesAreUniqueAndEachTypeIsItsRecordsConstant() throws Exception {
        assertThat(EventCatalog.all()).extracting(EventType::name).doesNotHaveDuplicates();
        for (EventType<?> type : EventCatalog.all()) {
            Field constant = type.payloadClass().getField("TYPE");
            assertThat(Modifier.isStatic(constant.getModifiers()) && Modifier.isFinal(constant.getModifiers())).isTrue();
            assertThat(constant.get(null)).as(type.name()).isSameAs(type);
            assertThat(type.payloadClass().getPackageName())
                    .as("the record of %s lives in the package of its producer", type.name())
                    .isEqualTo("org.county.staffing.contracts." + type.producer());
            assertThat(EventCatalog.byName(type.name())).containsSame(type);
        }
    }

    @Test
    void everyRecordWithATypeIsInTheCatalog() throws Exception {
        List<String> missing = new ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/county/staffing/contracts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> c = Class.forName(name);
                if (!c.isRecord()) {
                    continue;
                }
                try {
                    Object type = c.getField("TYPE").get(null);
                    if (!EventCatalog.all().contains(type)) {
                        missing.add(c.getName());
                    }
                } catch (NoSuchFieldException nestedRecord) {
                    // a part of a payload, not a payload
                }
            }
        }
        assertThat(missing).as("payload records missing from EventCatalog").isEmpty();
    }

    @Test
    void typesOfOneProducer() throws IOException {
        assertThat(EventCatalog.producedBy("quota")).hasSize(13);
        assertThat(EventCatalog.producedBy("post")).hasSize(7);
        assertThat(EventCatalog.producedBy("recruitment")).hasSize(19);
        assertThat(EventCatalog.producedBy("rotation")).hasSize(9);
        assertThat(EventCatalog.all()).hasSize(48);
    }
}
