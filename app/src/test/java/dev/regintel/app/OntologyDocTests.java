package dev.regintel.app;

import static dev.regintel.app.VocabularyTests.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Label;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.RelType;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/ontology.md} stays true: it describes every label (with its properties) and every
 * relationship type, names every value of every enum of the ontology, every id prefix and
 * provenance property, and every constraint and index of the migrations.
 */
class OntologyDocTests {

  static final Path PAGE = ROOT.resolve("docs/ontology.md");
  static final Path ONTOLOGY = ROOT.resolve("ontology/src/main/java/dev/regintel/ontology");
  static final Path MIGRATIONS = ROOT.resolve("ontology/src/main/resources/neo4j/migrations");

  static String page;

  @BeforeAll
  static void read() throws IOException {
    page = Files.readString(PAGE);
  }

  @Test
  void everyLabelHasItsProperties() {
    assertThat(Label.values())
        .allSatisfy(
            label ->
                assertThat(page).as("properties of %s", label).contains("- **`" + label + "`**"));
  }

  @Test
  void everyRelationshipTypeHasARow() {
    assertThat(RelType.values())
        .allSatisfy(type -> assertThat(page).as("row of %s", type).contains("| `" + type + "` |"));
  }

  @Test
  void everyEnumOfTheOntologyAndEachOfItsValuesAreNamed() throws Exception {
    List<Class<?>> enums = new ArrayList<>();
    try (Stream<Path> sources = Files.list(ONTOLOGY)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = source.getFileName().toString().replace(".java", "");
        if (name.equals("package-info")) {
          continue;
        }
        Class<?> type = Class.forName("dev.regintel.ontology." + name);
        if (type.isEnum()) {
          enums.add(type);
        }
      }
    }
    assertThat(enums).contains(Label.class, RelType.class).hasSizeGreaterThan(10);

    assertThat(enums)
        .allSatisfy(
            type -> {
              assertThat(page)
                  .as("the enum %s", type.getSimpleName())
                  .contains(code(type.getSimpleName()));
              assertThat(type.getEnumConstants())
                  .allSatisfy(
                      value ->
                          assertThat(page)
                              .as("%s.%s", type.getSimpleName(), value)
                              .contains(code(value.toString())));
            });
  }

  @Test
  void everyIdPrefixAndProvenancePropertyIsNamed() throws IllegalAccessException {
    for (Class<?> holder : List.of(Ids.class, Provenance.class)) {
      List<Field> constants =
          Arrays.stream(holder.getFields())
              .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
              .toList();
      assertThat(constants).as(holder.getSimpleName()).isNotEmpty();
      for (Field constant : constants) {
        String value = (String) constant.get(null);
        assertThat(page)
            .as("%s.%s", holder.getSimpleName(), constant.getName())
            .contains("`" + value);
      }
    }
  }

  @Test
  void everyConstraintAndIndexOfTheMigrationsIsNamed() throws IOException {
    Pattern definition = Pattern.compile("CREATE (?:CONSTRAINT|INDEX) (\\w+)");
    List<String> names = new ArrayList<>();
    for (Path migration : VocabularyTests.files(MIGRATIONS, ".cypher")) {
      Matcher m = definition.matcher(Files.readString(migration));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    assertThat(names).hasSizeGreaterThan(10);
    assertThat(names).allSatisfy(name -> assertThat(page).contains(code(name)));
  }

  private static String code(String name) {
    return "`" + name + "`";
  }
}
