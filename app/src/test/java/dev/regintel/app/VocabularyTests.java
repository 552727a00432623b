package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.CypherNames.PropertyValue;
import dev.regintel.ontology.ApplicabilityScope;
import dev.regintel.ontology.ChangeKind;
import dev.regintel.ontology.DatePrecision;
import dev.regintel.ontology.DocumentKind;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Label;
import dev.regintel.ontology.MappingAuthor;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Rationale;
import dev.regintel.ontology.RelType;
import dev.regintel.ontology.Relation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ontology is the one vocabulary of Cypher: every label and relationship type named in a {@code
 * .cypher} file or in a Cypher string of any module's main code is a {@link Label} or {@link
 * RelType}, each of those is used, and every value Cypher compares a property of a value set with
 * is one of the ontology's. (The GraphQL schema and the seed schema are checked in {@link
 * GraphQlVocabularyTests} and {@link SeedSchemaVocabularyTests}.)
 */
class VocabularyTests {

  /** The repository, from the app module the tests run in. */
  static final Path ROOT = Path.of("..");

  /** Properties whose values come from a value set of the ontology, and those values. */
  static final Map<String, Set<String>> VALUE_SETS = valueSets();

  private static Map<String, Set<String>> valueSets() {
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    sets.put("status", names(DocumentStatus.class));
    sets.put("obligation", names(Obligation.class));
    sets.put("fulfilment", names(Fulfilment.class));
    sets.put("relation", names(Relation.class));
    sets.put("rationale", names(Rationale.class));
    sets.put("madeBy", names(MappingAuthor.class));
    sets.put("scope", names(ApplicabilityScope.class));
    sets.put(Provenance.METHOD_KEY, names(Method.class));
    sets.put("publishedPrecision", names(DatePrecision.class));
    sets.put("inForcePrecision", names(DatePrecision.class));
    // Document.kind and Change.kind share the property name; a value must be one or the other.
    Set<String> kinds = new TreeSet<>(names(DocumentKind.class));
    kinds.addAll(names(ChangeKind.class));
    sets.put("kind", kinds);
    return sets;
  }

  @Test
  void everyLabelAndRelationshipTypeOfACypherFileIsInTheOntology() {
    List<Path> files = files(ROOT, ".cypher");
    assertThat(files)
        .as("the schema migrations at least")
        .anyMatch(f -> f.toString().contains("neo4j/migrations"));

    List<String> unknown = new ArrayList<>();
    for (Path file : files) {
      unknown.addAll(CypherNames.notInTheOntology(name(file), read(file)));
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void everyLabelAndRelationshipTypeOfACypherStringInMainCodeIsInTheOntology() {
    Map<Path, List<String>> cypher = cypherInMainCode();
    assertThat(cypher).as("files with Cypher strings").hasSizeGreaterThan(10);

    List<String> unknown = new ArrayList<>();
    cypher.forEach(
        (file, strings) ->
            strings.forEach(s -> unknown.addAll(CypherNames.notInTheOntology(name(file), s))));
    assertThat(unknown).isEmpty();
  }

  @Test
  void everyLabelAndRelationshipTypeOfTheOntologyIsNamedByCypher() {
    List<String> all = new ArrayList<>();
    files(ROOT, ".cypher").forEach(f -> all.add(read(f)));
    cypherInMainCode().values().forEach(all::addAll);

    assertThat(all.stream().flatMap(c -> CypherNames.labels(c).stream()).distinct())
        .as("labels named by Cypher")
        .containsExactlyInAnyOrderElementsOf(names(Label.class));
    assertThat(all.stream().flatMap(c -> CypherNames.relationshipTypes(c).stream()).distinct())
        .as("relationship types named by Cypher")
        .containsExactlyInAnyOrderElementsOf(names(RelType.class));
  }

  @Test
  void everyValueCypherComparesAPropertyOfAValueSetWithIsInTheOntology() {
    List<String> compared = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    cypherInMainCode()
        .forEach(
            (file, strings) -> {
              for (String cypher : strings) {
                for (PropertyValue pv : CypherNames.comparedValues(cypher)) {
                  Set<String> allowed = VALUE_SETS.get(pv.property());
                  if (allowed == null) {
                    continue;
                  }
                  compared.add(pv.property());
                  if (!allowed.contains(pv.value())) {
                    unknown.add(
                        name(file)
                            + ": '"
                            + pv.value()
                            + "' is not a value of "
                            + pv.property()
                            + " in the ontology "
                            + allowed);
                  }
                }
              }
            });
    assertThat(compared).as("properties compared today").contains("status", "obligation");
    assertThat(unknown).isEmpty();
  }

  /** Every Cypher-looking string in the Java main code of every module, by file. */
  static Map<Path, List<String>> cypherInMainCode() {
    Map<Path, List<String>> cypher = new LinkedHashMap<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path main :
          modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        for (Path file : files(main, ".java")) {
          List<String> strings =
              CypherNames.javaStrings(read(file)).stream()
                  .filter(CypherNames::looksLikeCypher)
                  .toList();
          if (!strings.isEmpty()) {
            cypher.put(file, strings);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cypher;
  }

  /** Files under {@code dir} whose name ends with {@code suffix}, outside build output. */
  static List<Path> files(Path dir, String suffix) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
              String n = d.getFileName().toString();
              boolean skipped = !d.equals(dir) && (n.equals("target") || n.startsWith("."));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (file.getFileName().toString().endsWith(suffix)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found.stream().sorted().toList();
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's path inside the repository, for messages. */
  static String name(Path file) {
    return ROOT.toAbsolutePath()
        .normalize()
        .relativize(file.toAbsolutePath().normalize())
        .toString();
  }

  static Set<String> names(Class<? extends Enum<?>> values) {
    return Arrays.stream(values.getEnumConstants())
        .map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
