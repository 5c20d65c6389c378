package dev.ecrkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package graph of the library's own classes (src/main, tests excluded) runs one way (DESIGN.md section 2,
 * issue 18): components ({@code dev.ecrkit}) and the stack program ({@code dev.ecrkit.stack}) use the pure packages,
 * never the reverse. Read from the compiled classes, so fully qualified names and annotations count as imports.
 */
@AnalyzeClasses(packages = "dev.ecrkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The pure packages: plain Java values and logic, tested without the engine. */
    static final String[] PURE = {"dev.ecrkit.lifecycle..", "dev.ecrkit.tagging..", "dev.ecrkit.policy..",
        "dev.ecrkit.naming..", "dev.ecrkit.registry..", "dev.ecrkit.governance..", "dev.ecrkit.observability..",
        "dev.ecrkit.events..", "dev.ecrkit.findings..", "dev.ecrkit.kms..", "dev.ecrkit.validation..",
        "dev.ecrkit.json..", "dev.ecrkit.ecr.."};

    @ArchTest
    static final ArchRule pure_packages_importNoPulumiComponentOrStackClass = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("com.pulumi..", "dev.ecrkit", "dev.ecrkit.stack..")
            .because("pure packages take and return plain Java values (DESIGN.md section 2)");

    @ArchTest
    static final ArchRule registry_doesNotImportTheComponents = noClasses().that().resideInAPackage("dev.ecrkit.registry..")
            .should().dependOnClassesThat().resideInAPackage("dev.ecrkit")
            .because("the components take registry settings, not the other way round");

    @ArchTest
    static final ArchRule findings_doNotImportTheStackProgram = noClasses().that().resideInAPackage("dev.ecrkit.findings..")
            .should().dependOnClassesThat().resideInAPackage("dev.ecrkit.stack..")
            .because("the plan computes findings from planned resources, findings know nothing of the plan's code");

    @ArchTest
    static final ArchRule pure_packages_useOnlyPurePackagesAndTheJdk = classes().that().resideInAnyPackage(PURE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(withJdk(PURE))
            .because("a pure package that uses another ecrkit package (aws, inputs, plugin, testing, ...) reaches"
                    + " com.pulumi through it");

    /** One slice per package directly under {@code dev.ecrkit}, and the root package {@code dev.ecrkit} as its own. */
    static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals("dev.ecrkit")) {
                return SliceIdentifier.of("dev.ecrkit");
            }
            if (!p.startsWith("dev.ecrkit.")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of("dev.ecrkit." + p.substring("dev.ecrkit.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the packages of dev.ecrkit (the root package is one)";
        }
    };

    @ArchTest
    static final ArchRule packages_areFreeOfCycles = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    /** The pure packages, the JDK and gson (the JSON writer and reader of {@code dev.ecrkit.json}). */
    private static String[] withJdk(String[] packages) {
        var all = java.util.Arrays.copyOf(packages, packages.length + 2);
        all[packages.length] = "java..";
        all[packages.length + 1] = "com.google.gson..";
        return all;
    }
}
