package org.county.staffing.infra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaSourceTest {

    private static final String SOURCE = """
            package org.county.staffing.quota.ledger;

            import java.util.List;
            import java.util.Map;
            import java.util.Set;
            import java.time.LocalDate;
            import jakarta.inject.Inject;
            import static java.util.Objects.requireNonNull;

            /** Uses {@link Set} in its documentation only. */
            @Path("/ledger")
            public class LedgerResource {

                private static final long serialVersionUID = 1L;
                private static final String USED = "Map in a string does not count";
                private final int neverRead = 1;

                @Inject
                SchoolService schools;

                @Inject
                LedgerService ledger;

                // List in a comment does not count either
                public List<String> entries() {
                    return ledger.entries(USED);
                }

                private void helper() {
                }

                private int used() {
                    return 1;
                }

                @PostConstruct
                private void start() {
                    used();
                }

                private void onStart(@Observes StartupEvent event) {
                }
            }
            """;

    @Test
    void unusedImportsPrivateMembersAndInjectionsAreNamedByLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("LedgerResource.java");
        Files.writeString(file, SOURCE);
        List<String> findings = JavaSource.lint(dir).stream().map(f -> f.line() + ": " + f.message()).toList();
        assertThat(findings).containsExactly(
                "4: unused import java.util.Map",
                "6: unused import java.time.LocalDate",
                "8: unused import java.util.Objects.requireNonNull",
                "16: private field 'neverRead' is never used",
                "19: injected field 'schools' is never read",
                "29: private method 'helper' is never used");
        assertThat(JavaSource.lint(dir).get(0).toString()).startsWith(file + ":4: ");
    }

    @Test
    void cleanSourcesHaveNoFindings() {
        assertThat(JavaSource.lint(Path.of("src/main/java/org/county/staffing/infra/testing"))).isEmpty();
    }
}
