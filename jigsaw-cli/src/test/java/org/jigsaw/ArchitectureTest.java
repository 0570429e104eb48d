package org.jigsaw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of Jigsaw's packages, checked on the bytecode of every production class (the
 * command line sees every module): no cycle between top-level packages, and each layer depends
 * only on those below it. Bottom to top: core (area, record, identity, progress, cohort, keys);
 * ingest with quality; link; privacy, which plugs into link and ingest from above; govern and synth
 * beside it; then store, feed, ops, schedule, spark, web, cli and bench.
 */
class ArchitectureTest {

    private static final String[] CORE = pkgs("area", "record", "identity", "progress", "cohort", "keys");
    private static final String[] TOP = pkgs("store", "feed", "ops", "schedule", "spark", "web", "cli", "bench");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.jigsaw");
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching("org.jigsaw.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void coreDependsOnNothingOfJigsawAboveIt() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage(with(TOP, "ingest", "quality", "link", "privacy", "govern", "synth")).check(classes);
    }

    @Test
    void ingestAndQualityKnowNoLinkagePrivacyOrGovernance() {
        noClasses().that().resideInAnyPackage(pkgs("ingest", "quality")).should().dependOnClassesThat()
                .resideInAnyPackage(with(TOP, "link", "privacy", "govern", "synth")).check(classes);
    }

    @Test
    void linkKnowsNoPrivacyOrGovernance() {
        noClasses().that().resideInAnyPackage(pkgs("link")).should().dependOnClassesThat()
                .resideInAnyPackage(with(TOP, "privacy", "govern", "synth")).check(classes);
    }

    @Test
    void privacyPlugsInFromBelowTheApplication() {
        noClasses().that().resideInAnyPackage(pkgs("privacy")).should().dependOnClassesThat()
                .resideInAnyPackage(with(TOP, "govern", "synth")).check(classes);
    }

    @Test
    void governKnowsNoPrivacyOrLinkage() {
        noClasses().that().resideInAnyPackage(pkgs("govern")).should().dependOnClassesThat()
                .resideInAnyPackage(with(TOP, "privacy", "link", "synth")).check(classes);
    }

    @Test
    void synthStandsOnIngestAndCoreOnly() {
        noClasses().that().resideInAnyPackage(pkgs("synth")).should().dependOnClassesThat()
                .resideInAnyPackage(with(TOP, "link", "privacy", "govern")).check(classes);
    }

    /** Synthetic data is for demos, benchmarks and tests: only the command line's demo and bench commands reach it. */
    @Test
    void nothingOnTheProductionPathUsesSynth() {
        noClasses().that().resideOutsideOfPackages(pkgs("synth", "cli", "bench")).should().dependOnClassesThat()
                .resideInAnyPackage(pkgs("synth")).check(classes);
    }

    /** {@code org.jigsaw.name..} for each name. */
    private static String[] pkgs(String... names) {
        return Arrays.stream(names).map(n -> "org.jigsaw." + n + "..").toArray(String[]::new);
    }

    private static String[] with(String[] packages, String... names) {
        return Stream.concat(Arrays.stream(packages), Arrays.stream(pkgs(names))).toArray(String[]::new);
    }
}
