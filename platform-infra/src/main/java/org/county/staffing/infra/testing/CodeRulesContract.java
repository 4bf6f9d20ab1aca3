package org.county.staffing.infra.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The code rules of the platform (issue 13), checked on a service's main code. Extend it in the
 * service's tests (a plain JUnit class, no Quarkus needed):
 *
 * <pre>
 * class CodeRulesTest extends CodeRulesContract {
 *     protected String rootPackage() { return "org.county.staffing.quota"; }
 * }
 * </pre>
 *
 * It fails on: a cycle between the packages under the root package; an import of another service's
 * code; an application service, resource, handler or configuration not named by the scheme of
 * {@code docs/development.md}; {@code LocalDate.now()}, {@code Instant.now()} or a system clock in
 * main code (inject {@code PlatformClock}); and, from the sources, unused imports, private members
 * never used and injected fields never read, each named by file and line.
 */
public abstract class CodeRulesContract {

    /** The services; each may import none of the others. */
    public static final Set<String> SERVICES = Set.of("quota", "post", "recruitment", "rotation", "audit");

    /** Names of application services that the naming scheme replaced by {@code <Capability>Service}. */
    public static final List<String> RETIRED_SUFFIXES = List.of(
            "Office", "Desk", "Book", "Registry", "Catalog", "Allocations", "Posts", "PlanReviews", "Occupancy");

    private static final String EVENT_HANDLER = "org.county.staffing.backbone.inbox.EventHandler";
    private static final Set<String> BEAN_SCOPES = Set.of(
            "jakarta.enterprise.context.ApplicationScoped", "jakarta.inject.Singleton",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.Dependent");

    private JavaClasses classes;

    /** The service's root package, e.g. {@code org.county.staffing.quota}. */
    protected abstract String rootPackage();

    /** The main sources the lint reads; {@code src/main/java} of the module under test. */
    protected Path mainSources() {
        return Path.of("src", "main", "java");
    }

    /** The main classes: {@code target/classes} of the module under test (or the root package on the class path). */
    protected JavaClasses mainClasses() {
        if (classes == null) {
            Path compiled = Path.of("target", "classes");
            classes = Files.isDirectory(compiled)
                    ? new ClassFileImporter().importPath(compiled)
                    : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                            .importPackages(rootPackage());
        }
        return classes;
    }

    @Test
    void packagesUnderTheRootPackageHaveNoCycles() {
        packagesFreeOfCycles(rootPackage()).check(mainClasses());
    }

    @Test
    void noServiceImportsAnotherServicesCode() {
        noOtherServiceCode(rootPackage()).check(mainClasses());
    }

    @Test
    void applicationServicesAreNamedService() {
        noRetiredServiceNames(rootPackage()).check(mainClasses());
    }

    @Test
    void namesFollowTheScheme() {
        List<String> broken = new ArrayList<>(namingViolations(mainClasses(), rootPackage()));
        Assertions.assertTrue(broken.isEmpty(), () -> "names outside the naming scheme of docs/development.md:\n  "
                + String.join("\n  ", broken));
    }

    @Test
    void timeComesFromThePlatformClock() {
        noSystemClock(rootPackage()).check(mainClasses());
    }

    @Test
    void noUnusedImportsPrivateMembersOrInjections() {
        List<JavaSource.Finding> findings = JavaSource.lint(mainSources());
        Assertions.assertTrue(findings.isEmpty(), () -> findings.size() + " lint finding(s):\n  "
                + findings.stream().map(JavaSource.Finding::toString).collect(Collectors.joining("\n  ")));
    }

    /** No cycle between the packages directly under {@code root} (each with its subpackages). */
    public static ArchRule packagesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("a package cycle means the capabilities are not separated (move what is shared down, "
                        + "or merge packages that are one capability)")
                .allowEmptyShould(true);
    }

    /** Nothing under {@code root} depends on another service's packages. */
    public static ArchRule noOtherServiceCode(String root) {
        String own = root.substring(root.lastIndexOf('.') + 1);
        String[] others = SERVICES.stream().filter(s -> !s.equals(own))
                .map(s -> "org.county.staffing." + s + "..").sorted().toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share code only through platform-backbone and platform-contracts")
                .allowEmptyShould(true);
    }

    /** CDI beans under {@code root} are not named Office, Desk, Book, Registry, ... (they are Services). */
    public static ArchRule noRetiredServiceNames(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and(describe("are CDI beans", CodeRulesContract::isBean))
                .should(haveRetiredSuffix())
                .because("application services are named <Capability>Service (docs/development.md)")
                .allowEmptyShould(true);
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> haveRetiredSuffix() {
        return new com.tngtech.archunit.lang.ArchCondition<>("have a name ending in one of " + RETIRED_SUFFIXES) {
            @Override
            public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                boolean retired = RETIRED_SUFFIXES.stream().anyMatch(s -> item.getSimpleName().endsWith(s));
                events.add(new com.tngtech.archunit.lang.SimpleConditionEvent(item, retired,
                        item.getName() + (retired ? " is named like a retired application service"
                                : " is named by the scheme")));
            }
        };
    }

    /**
     * The rest of the naming scheme: REST resources end in {@code Resource}; event handlers are
     * {@code On<Event>} or {@code <Source>EventsHandler}; a class named {@code *Events} is a handler
     * family's only (event types live in platform-contracts); configuration mappings are
     * {@code <Service>Config} in a package {@code config}.
     */
    public static List<String> namingViolations(JavaClasses classes, String root) {
        List<String> out = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith(root) || c.isAnonymousClass() || c.getSimpleName().isEmpty()
                    || c.getSimpleName().contains("$")) {
                continue;
            }
            String name = c.getSimpleName();
            if (c.isAnnotatedWith("jakarta.ws.rs.Path") && !c.isInterface() && !name.endsWith("Resource")) {
                out.add(c.getName() + ": a REST resource is named <Capability>Resource");
            }
            boolean handler = c.getAllRawInterfaces().stream().anyMatch(i -> i.getName().equals(EVENT_HANDLER));
            if (handler && !c.isInterface() && !(name.matches("On[A-Z]\\w*") || name.endsWith("EventsHandler"))) {
                out.add(c.getName() + ": an event handler is named On<Event> or <Source>EventsHandler");
            }
            if (name.endsWith("Events") && c.getEnclosingClass().isEmpty()) {
                out.add(c.getName() + ": event types and payloads live in platform-contracts; no *Events classes");
            }
            if (c.isAnnotatedWith("io.smallrye.config.ConfigMapping")
                    && (!name.endsWith("Config") || !c.getPackageName().endsWith(".config"))) {
                out.add(c.getName() + ": configuration is one @ConfigMapping <Service>Config in package config");
            }
        }
        out.sort(null);
        return out;
    }

    /** No {@code LocalDate.now()}, {@code Instant.now()}, system clocks and the like under {@code root}. */
    public static ArchRule noSystemClock(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("time comes from the injected PlatformClock, so that tests can pin the date")
                .allowEmptyShould(true);
    }

    private static boolean isBean(JavaClass c) {
        return c.getAnnotations().stream().anyMatch(a -> BEAN_SCOPES.contains(a.getRawType().getName()));
    }

    /** Rules as plain values, for a module that checks only some of them. */
    public static List<ArchRule> rules(String root) {
        return List.of(packagesFreeOfCycles(root), noOtherServiceCode(root), noRetiredServiceNames(root),
                noSystemClock(root));
    }
}
