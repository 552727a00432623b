package dev.regintel.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks build on the service, never the other way: checked here, where the app's classes
 * and the bench's are on one class path (in the app's own tests the bench is absent).
 */
class BenchBoundaryTests {

  @Test
  void theServiceNeverDependsOnTheBench() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.regintel");
    assertThat(classes.containPackage("dev.regintel.app.cli")).isTrue();
    assertThat(classes.contain(TraceBenchmark.class)).isTrue();
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.regintel.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.regintel.bench..")
        .check(classes);
  }
}
