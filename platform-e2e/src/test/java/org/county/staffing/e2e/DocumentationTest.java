package org.county.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.county.staffing.infra.docs.RoleMatrixTable;
import org.junit.jupiter.api.Test;

/** The documents integrators rely on say what the code does. */
class DocumentationTest {

    private static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private static final Pattern EVENT_TYPE = Pattern.compile("\"((quota|post|recruitment|rotation)\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+)\"");

    @Test
    void theReadmeRoleMatrixIsTheServicesRoleMatrices() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String expected = RoleMatrixTable.render(ROOT);
        assertThat(RoleMatrixTable.updated(readme, expected))
                .as("README.md's role matrix is stale: run ./platform roles")
                .isEqualTo(readme);
    }

    @Test
    void theEventCatalogListsEveryTypeTheServicesPublish() throws IOException {
        String catalog = Files.readString(ROOT.resolve("docs/events.md"), StandardCharsets.UTF_8);
        Set<String> published = new TreeSet<>();
        for (String service : RoleMatrixTable.SERVICES) {
            Path sources = ROOT.resolve(service).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith("Events.java")).toList()) {
                    Matcher m = EVENT_TYPE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        published.add(m.group(1));
                    }
                }
            }
        }
        // the event contracts name every type a service publishes
        try (Stream<Path> files = Files.walk(ROOT.resolve("platform-contracts/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = EVENT_TYPE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    published.add(m.group(1));
                }
            }
        }
        assertThat(published).isNotEmpty();
        Set<String> missing = new TreeSet<>();
        for (String type : published) {
            if (!catalog.contains("`" + type + "`")) {
                missing.add(type);
            }
        }
        assertThat(missing).as("event types published but not in docs/events.md").isEmpty();
    }
}
