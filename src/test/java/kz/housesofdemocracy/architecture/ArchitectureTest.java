package kz.housesofdemocracy.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The component graph of docs/architecture.md, kept by the build: components form no cycle, the
 * layers inside a component point one way (boundary → control → entity), web and REST APIs stay at
 * the boundary, demo data is imported by nobody, and only platform and access are shared by all.
 */
@AnalyzeClasses(
        packages = ArchitectureTest.ROOT,
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "kz.housesofdemocracy";

    @ArchTest
    static final ArchRule componentsFormNoCycle =
            slices().matching(ROOT + ".(*)..")
                    .namingSlices("component $1")
                    .should()
                    .beFreeOfCycles()
                    .because("a change in one component must not ripple back to itself");

    @ArchTest
    static final ArchRule entitiesKnowOnlyEntities =
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + ".*.entity..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(ROOT + ".*.control..", ROOT + ".*.boundary..")
                    .because("state and its rules do not call the services that use them");

    @ArchTest
    static final ArchRule controlDoesNotCallBoundary =
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + ".*.control..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + ".*.boundary..")
                    .because("transactions and callers start at the boundary");

    @ArchTest
    static final ArchRule webAndRestStayAtTheBoundary =
            noClasses()
                    .that()
                    .resideInAnyPackage(ROOT + ".*.entity..", ROOT + ".*.control..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..")
                    .because("rules and state must work without a page or an HTTP request");

    @ArchTest
    static final ArchRule nothingImportsDemo =
            noClasses()
                    .that()
                    .resideOutsideOfPackage(ROOT + ".demo..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + ".demo..")
                    .because("demo data may go away without the product noticing");

    @ArchTest
    static final ArchRule nothingButDemoImportsWorkspace =
            noClasses()
                    .that()
                    .resideOutsideOfPackages(ROOT + ".workspace..", ROOT + ".demo..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + ".workspace..")
                    .because(
                            "the staff workspace sits on top, beside demo: it gathers the"
                                    + " components' queues, and none of them knows it");

    @ArchTest
    static final ArchRule nothingButDemoImportsImports =
            noClasses()
                    .that()
                    .resideOutsideOfPackages(ROOT + ".imports..", ROOT + ".demo..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + ".imports..")
                    .because(
                            "imports of files sit on top, beside the workspace: they write through"
                                    + " the components' entities, and none of them knows them");

    @ArchTest
    static final ArchRule platformIsTheBottom =
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + ".platform..")
                    .should()
                    .dependOnClassesThat(
                            resideInAPackage(ROOT + "..")
                                    .and(resideOutsideOfPackage(ROOT + ".platform..")))
                    .because("everything uses platform, so platform uses nothing of ours");

    @ArchTest
    static final ArchRule accessRestsOnPlatformOnly =
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + ".access..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            ROOT + ".accounts..",
                            ROOT + ".audit..",
                            ROOT + ".premises..",
                            ROOT + ".ngos..",
                            ROOT + ".bookings..",
                            ROOT + ".leases..",
                            ROOT + ".events..",
                            ROOT + ".closures..",
                            ROOT + ".reports..",
                            ROOT + ".workspace..",
                            ROOT + ".imports..",
                            ROOT + ".demo..")
                    .because("who may do what is asked by every component");
}
