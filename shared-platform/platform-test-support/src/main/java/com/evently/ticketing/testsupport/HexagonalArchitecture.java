package com.evently.ticketing.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer rules of docs/architecture.md#hexagon, checked the same way in every service. */
public final class HexagonalArchitecture {

    /** Plain-Java types of the platform that every core may use (InvalidInput and the like). */
    private static final String PLATFORM_DOMAIN = "com.evently.ticketing.platform.domain..";

    /** Fails with ArchUnit's explanation when a class under {@code basePackage} breaks a rule. */
    public static void assertRespectedBy(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);

        noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(basePackage + ".domain..", PLATFORM_DOMAIN, "java..")
                .as("domain depends on nothing but the JDK and the platform's plain-Java types")
                .allowEmptyShould(true)
                .check(classes);

        noClasses().that().resideInAPackage(basePackage + ".application..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        basePackage + ".application..", basePackage + ".domain..", PLATFORM_DOMAIN, "java..")
                .as("application depends on the domain only")
                .allowEmptyShould(true)
                .check(classes);

        // An outbound port is what an adapter implements: were its signature to name a use case's query or
        // outcome, the adapter would depend on the use cases it serves. What a port takes, returns and throws
        // lives in the domain or beside the port.
        noClasses().that().resideInAPackage(basePackage + ".application.port.out..")
                .should().dependOnClassesThat(resideInAPackage(basePackage + ".application..")
                        .and(resideOutsideOfPackage(basePackage + ".application.port.out..")))
                .as("outbound ports depend on the domain only, never on the use cases or their commands and outcomes")
                .allowEmptyShould(true)
                .check(classes);

        noClasses().that().resideOutsideOfPackages(basePackage + ".adapter..", basePackage + ".config..")
                .should().dependOnClassesThat().resideInAPackage("com.evently.ticketing.contracts..")
                .as("integration contracts are used only in adapters")
                .allowEmptyShould(true)
                .check(classes);

        noClasses().that().resideOutsideOfPackages(basePackage + ".adapter..", basePackage + ".config..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".adapter..")
                .as("the core never reaches into an adapter")
                .allowEmptyShould(true)
                .check(classes);

        slices().matching(basePackage + ".adapter.(*).(*)..")
                .should().notDependOnEachOther()
                .as("adapters never depend on each other")
                .allowEmptyShould(true)
                .check(classes);
    }

    private HexagonalArchitecture() {
    }
}
