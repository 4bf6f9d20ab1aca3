package org.county.staffing.infra;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The packages of the infrastructure module depend on each other in one direction only: what
 * two packages share (unpacking, process handling) lives below both, never in one of them.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.county.staffing.infra");

    @Test
    void theModulesPackagesHaveNoCycles() {
        slices().matching("org.county.staffing.infra.(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
    }
}
