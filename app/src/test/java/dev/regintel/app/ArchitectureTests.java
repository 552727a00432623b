package dev.regintel.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * Module and package boundaries: the ontology depends on no other module, crawlers never on the app
 * nor on Neo4j, the app's packages form no cycle, and controllers leave the graph to repositories.
 */
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
            DescribedPredicate.describe(
                "are feature controllers",
                c ->
                    c.getSimpleName().endsWith("Controller")
                        && c.getPackageName().startsWith("dev.regintel.app")))
        .check(classes);
  }

  /** Neo4j as a library: the driver, the database, and Spring's support for either. */
  private static final String[] NEO4J = {
    "org.neo4j..",
    "org.springframework.data.neo4j..",
    "org.springframework.boot.neo4j..",
    "org.springframework.boot.data.neo4j.."
  };

  /**
   * Crawlers fetch and parse; what they return reaches the graph only through the app (which they
   * do not see either, see above). Unlike that rule, this one fails when no crawler class is found.
   */
  @Test
  void crawlersNeverSeeNeo4j() {
    noClasses()
        .that()
        .resideInAPackage("dev.regintel.crawlers..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(NEO4J)
        .check(classes);
  }

  /** No cycle between the app's features (a feature with its sub-packages is one slice). */
  @Test
  void appFeaturesFormNoCycle() {
    slices().matching("dev.regintel.app.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** No cycle between single packages either, {@code internal.*} included. */
  @Test
  void appPackagesFormNoCycle() {
    slices().matching("dev.regintel.app.(**)").should().beFreeOfCycles().check(classes);
  }

  /**
   * Controllers cannot run Cypher: the graph ({@code Graph}, {@code Batch}, node values), the
   * driver and Spring Data Neo4j are out of their reach, so queries live in the feature's
   * repository.
   */
  @Test
  void controllersNeverTouchTheGraph() {
    noClasses()
        .that(areControllers())
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.regintel.app.internal.neo4j..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(NEO4J)
        .check(classes);
  }

  /**
   * Nor is Cypher written in a controller and handed to someone else to run: no controller's source
   * holds a Cypher clause.
   */
  @Test
  void controllersHoldNoCypherText() {
    classes().that(areControllers()).should(holdNoCypherInTheirSource()).check(classes);
  }

  private static DescribedPredicate<JavaClass> areControllers() {
    return DescribedPredicate.describe(
        "are controllers",
        c ->
            c.getPackageName().startsWith("dev.regintel.app")
                && (c.getSimpleName().endsWith("Controller")
                    || c.isMetaAnnotatedWith(Controller.class)));
  }

  /** A clause keyword followed by a pattern or an expression, as the app writes Cypher. */
  private static final Pattern CYPHER =
      Pattern.compile(
          "\\b(?:OPTIONAL MATCH|MATCH|MERGE|UNWIND|DETACH DELETE|CREATE|RETURN)\\b\\s*[(\\w$]");

  private static ArchCondition<JavaClass> holdNoCypherInTheirSource() {
    return new ArchCondition<>("hold no Cypher in their source") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (c.isNestedClass() || c.getSource().isEmpty()) {
          return;
        }
        String file = c.getSource().get().getFileName().orElse(c.getSimpleName() + ".java");
        Path source = Path.of("src/main/java", c.getPackageName().replace('.', '/'), file);
        String text;
        try {
          text = Files.readString(source);
        } catch (IOException e) {
          throw new UncheckedIOException("controller source not found: " + source, e);
        }
        Matcher m = CYPHER.matcher(text);
        boolean found = m.find();
        String message =
            found
                ? "%s holds Cypher ('%s') in %s".formatted(c.getName(), m.group().strip(), source)
                : "%s holds no Cypher".formatted(c.getName());
        events.add(new SimpleConditionEvent(c, !found, message));
      }
    };
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
