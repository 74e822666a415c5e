package wirewatch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md: a package imports only the packages below it; the pure core stays pure. */
class ArchitectureTest {
    /** The packages docs/architecture.md calls pure: values in, values out. */
    private static final String[] PURE_CORE = {"wirewatch.match..", "wirewatch.statement..", "wirewatch.event.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("wirewatch");
    }

    @Test
    void layersOnlyReachDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("config").definedBy("wirewatch.config..")
                .layer("feed").definedBy("wirewatch.feed..")
                .layer("match").definedBy("wirewatch.match..")
                .layer("statement").definedBy("wirewatch.statement..")
                .layer("event").definedBy("wirewatch.event..")
                .layer("store").definedBy("wirewatch.store..")
                .layer("alert").definedBy("wirewatch.alert..")
                .layer("app").definedBy("wirewatch.app..")
                .layer("tui").definedBy("wirewatch.tui..")
                .layer("bench").definedBy("wirewatch.bench..")
                .layer("cli").definedBy("wirewatch.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("tui").mayOnlyBeAccessedByLayers("bench", "cli")
                .whereLayer("app").mayOnlyBeAccessedByLayers("tui", "bench", "cli")
                .whereLayer("alert").mayOnlyBeAccessedByLayers("app", "tui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("alert", "app", "tui", "bench", "cli")
                .whereLayer("config").mayNotAccessAnyLayer()
                .check(classes);
    }

    @Test
    void pureCoreDoesNoIo() {
        noClasses().that().resideInAnyPackage(PURE_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.sql..", "com.rometools..",
                        "com.googlecode.lanterna..", "wirewatch.store..", "wirewatch.app..")
                .check(classes);
    }

    @Test
    void pureCoreReadsNoFilesAndRunsNoPools() {
        noClasses().that().resideInAnyPackage(PURE_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.util\\.concurrent\\..*(Executor|ForkJoin).*")
                .because("the pure core takes values and returns values; files and pools live in app and bench")
                .check(classes);
    }

    @Test
    void matchingAndExtractionParseNoJson() {
        // event's job is the JSON shape of DESIGN section 8; match and statement see only values. An annotation
        // naming a value's JSON spelling is allowed: it reads and writes nothing.
        noClasses().that().resideInAnyPackage("wirewatch.match..", "wirewatch.statement..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..",
                        "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.dataformat..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineTouchesStandardStreamsAndExit() {
        noClasses().that().resideOutsideOfPackage("wirewatch.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
