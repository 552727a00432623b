package dev.regintel.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Module boundaries: the ontology depends on no other module, crawlers never on the app. */
class ArchitectureTests {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.regintel");
  }

  @Test
  void ontologyDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.regintel.ontology..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.regintel.app..", "dev.regintel.crawlers..")
        .check(classes);
  }

  @Test
  void ontologyDependsOnNoLibrary() {
    noClasses()
        .that()
        .resideInAPackage("dev.regintel.ontology..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.regintel.ontology..", "java..")
        .check(classes);
  }

  @Test
  void crawlersNeverDependOnTheApp() {
    noClasses()
        .that()
        .resideInAPackage("dev.regintel.crawlers..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.regintel.app..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void controllersAreCalledOnlyByTheFramework() {
    noClasses()
        .that()
        .resideInAPackage("dev.regintel.app..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are feature controllers",
                c ->
                    c.getSimpleName().endsWith("Controller")
                        && c.getPackageName().startsWith("dev.regintel.app")))
        .check(classes);
  }

  @Test
  void theServiceHoldsAndUsesNoBenchmarkCode() {
    noClasses()
        .that()
        .resideInAPackage("dev.regintel.app..")
        .should()
        .resideInAPackage("dev.regintel.app.bench..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("dev.regintel.bench..")
        .check(classes);
  }
}
