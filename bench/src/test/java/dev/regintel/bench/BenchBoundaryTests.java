package dev.regintel.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks build on the service, never the other way: checked here, where the app's classes
 * and the bench's are on one class path (in the app's own tests the bench is absent).
 */
class BenchBoundaryTests {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.regintel");
  }

  @Test
  void theServiceNeverDependsOnTheBench() {
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

  /**
   * Spring Data Neo4j is on the bench's class path for {@code bench products} alone: the service
   * writes through its own layer, and in the bench only the {@code sdn} package uses SDN.
   */
  @Test
  void onlyTheBenchsSdnPackageUsesSpringDataNeo4j() {
    assertThat(classes.containPackage("dev.regintel.app.write")).isTrue();
    assertThat(classes.containPackage("dev.regintel.bench.sdn")).isTrue();
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.regintel.bench.sdn..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework.data.neo4j..", "org.springframework.boot.data.neo4j..")
        .check(classes);
  }
}
