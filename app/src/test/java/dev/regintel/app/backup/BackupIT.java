package dev.regintel.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.ingest.SeedLoader;
import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.internal.neo4j.SchemaMigrations;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.app.write.GraphWriter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and import against a real Neo4j holding the standard graph (the corpus and the small test
 * set): a round trip keeps every count and every sampled property with its type, and a bad file or
 * a non-empty graph is refused with nothing written.
 */
class BackupIT {

  @TempDir static Path dir;

  static SeedLoader loader;
  static GraphExporter exporter;
  static GraphImporter importer;
  static Path standard;
  static Map<String, Long> standardCounts;
  static List<GraphChanged> announced = new ArrayList<>();

  @BeforeAll
  static void exportTheStandardGraph() {
    var properties =
        new RegintelProperties(
            "data",
            new RegintelProperties.Neo4j(
                TestNeo4j.boltUri(),
                "neo4j",
                null,
                null,
                0,
                "64m",
                java.time.Duration.ofSeconds(5)),
            new RegintelProperties.Seed(TestNeo4j.SMALL.toString(), false));
    new SchemaMigrations(TestNeo4j.driver(), properties).apply();
    Graph graph = new Graph(TestNeo4j.driver(), null, new SimpleMeterRegistry());
    loader = new SeedLoader(graph, new GraphWriter(), event -> {});
    exporter = new GraphExporter(graph, "test");
    importer =
        new GraphImporter(
            graph,
            event -> {
              if (event instanceof GraphChanged changed) {
                announced.add(changed);
              }
            });
    TestNeo4j.restoreStandardGraph(loader);
    standardCounts = counts();
    standard = dir.resolve("standard.jsonl");
    exporter.export(standard);
  }

  /** Other tests in this JVM expect the corpus and the small set in the shared graph. */
  @AfterAll
  static void restoreStandardGraph() {
    TestNeo4j.restoreStandardGraph(loader);
  }

  /** Nodes per label and relationships per type, as Neo4j counts them. */
  static Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    TestNeo4j.driver()
        .executableQuery(
            """
            MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
            RETURN labels(n)[0] AS name, count(*) AS n
            UNION ALL
            MATCH (n)-[r]->() WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
            RETURN type(r) AS name, count(*) AS n""")
        .execute()
        .records()
        .forEach(r -> counts.put(r.get("name").asString(), r.get("n").asLong()));
    return counts;
  }

  /** The properties of one node, with the driver's Java types. */
  static Map<String, Object> properties(String cypher) {
    return TestNeo4j.driver()
        .executableQuery(cypher + " RETURN properties(n) AS p")
        .execute()
        .records()
        .getFirst()
        .get("p")
        .asMap();
  }

  /** The properties of the first mapping in a fixed order, for a sample of a relationship's. */
  static Map<String, Object> firstMapping() {
    return TestNeo4j.driver()
        .executableQuery(
            "MATCH ()-[r:MAPS_TO]->() WITH r ORDER BY r.strength, r.relation, r.rationale LIMIT 1"
                + " RETURN properties(r) AS p")
        .execute()
        .records()
        .getFirst()
        .get("p")
        .asMap();
  }

  /** Nodes whose properties between them hold a value of every type the corpus uses. */
  static final List<String> SAMPLES =
      List.of(
          "MATCH (n:Document) WHERE n.published IS :: DATE AND size(n.aliases) > 0"
              + " WITH n ORDER BY n.id LIMIT 1",
          "MATCH (n:RegintelMeta {key: 'seed'})",
          "MATCH (n:Requirement) WHERE n.textIsOfficial IS :: BOOLEAN AND n.order IS :: INTEGER"
              + " WITH n ORDER BY n.id LIMIT 1",
          "MATCH (n:Jurisdiction {code: 'EU'})",
          "MATCH (n:Change) WITH n ORDER BY n.id LIMIT 1");

  @Test
  void aRoundTripKeepsEveryCountAndEveryPropertyWithItsType() {
    List<Map<String, Object>> before = SAMPLES.stream().map(BackupIT::properties).toList();
    assertThat(before.getFirst().get("published")).isInstanceOf(LocalDate.class);
    assertThat(before.getFirst().get("aliases")).isInstanceOf(List.class);
    assertThat(before.get(1).get("loadedAt")).isInstanceOf(ZonedDateTime.class);
    assertThat(before.get(2).get("textIsOfficial")).isInstanceOf(Boolean.class);
    assertThat(before.get(2).get("order")).isInstanceOf(Long.class);
    Map<String, Object> mapping = firstMapping();
    int announcedBefore = announced.size();

    TestNeo4j.clean();
    GraphImporter.Restored restored = importer.restore(standard, false, System.out);

    assertThat(counts()).isEqualTo(standardCounts);
    assertThat(restored.nodes() + restored.relationships())
        .isEqualTo(standardCounts.values().stream().mapToLong(Long::longValue).sum());
    assertThat(SAMPLES.stream().map(BackupIT::properties).toList()).isEqualTo(before);
    assertThat(firstMapping()).isEqualTo(mapping);
    assertThat(announced).hasSize(announcedBefore + 1);
  }

  @Test
  void aGzipBackupRestoresTheSameGraph() throws IOException {
    Path gzip = dir.resolve("standard.jsonl.gz");
    exporter.export(gzip);
    try (InputStream in = Files.newInputStream(gzip)) {
      assertThat(in.readNBytes(2)).containsExactly(0x1f, 0x8b);
    }
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    importer.restore(gzip, true, new PrintStream(said, true));
    assertThat(said.toString()).startsWith("Replacing the graph: deleting its ");
    assertThat(counts()).isEqualTo(standardCounts);
  }

  @Test
  void aGraphThatIsNotEmptyIsRefusedWithItsCount() {
    long nodes = TestNeo4j.counts()[0];
    assertThatThrownBy(() -> importer.restore(standard, false, System.out))
        .isInstanceOf(RegintelException.class)
        .hasMessageContaining("the graph is not empty: it holds " + nodes + " nodes")
        .hasMessageContaining("--replace");
    assertThat(counts()).isEqualTo(standardCounts);
  }

  /** A copy of the standard backup with one line changed. */
  static Path edited(String name, int index, UnaryOperator<String> edit) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(standard));
    lines.set(index, edit.apply(lines.get(index)));
    return Files.write(dir.resolve(name), lines);
  }

  /** Import refuses {@code file}, even with --replace, and the graph stays as it was. */
  static void assertRefusedAndNothingChanges(Path file, String... message) {
    assertThatThrownBy(() -> importer.restore(file, true, System.out))
        .isInstanceOf(RegintelException.class)
        .message()
        .contains(message);
    assertThat(counts()).isEqualTo(standardCounts);
  }

  @Test
  void aCorruptLineIsRefusedWithItsNumberAndNothingChanges() throws IOException {
    Path corrupt = edited("corrupt.jsonl", 4, line -> line.substring(0, line.length() / 2));
    assertRefusedAndNothingChanges(corrupt, "corrupt.jsonl line 5: not valid JSON");
  }

  @Test
  void aTruncatedFileIsRefused() throws IOException {
    List<String> lines = Files.readAllLines(standard);
    Path truncated =
        Files.write(dir.resolve("truncated.jsonl"), lines.subList(0, lines.size() - 3));
    assertRefusedAndNothingChanges(
        truncated, "line " + (lines.size() - 3) + ": the file ends here", "truncated");
  }

  @Test
  void aLabelOutsideTheOntologyIsRefusedInAFile() throws IOException {
    Path foreign =
        edited(
            "foreign.jsonl",
            1,
            line -> line.replaceFirst("\"label\":\"\\w+\"", "\"label\":\"Spaceship\""));
    assertRefusedAndNothingChanges(
        foreign, "foreign.jsonl line 2: label 'Spaceship' is not in the ontology");
  }

  @Test
  void aLabelOutsideTheOntologyIsRefusedInTheGraph() {
    Path out = dir.resolve("never.jsonl");
    TestNeo4j.driver().executableQuery("CREATE (:Spaceship {id: 'ship:1'})").execute();
    try {
      assertThatThrownBy(() -> exporter.export(out))
          .isInstanceOf(RegintelException.class)
          .hasMessageContaining("labelled 'Spaceship', which is not in the ontology");
      assertThat(out).doesNotExist();
    } finally {
      TestNeo4j.driver().executableQuery("MATCH (n:Spaceship) DELETE n").execute();
    }
  }
}
