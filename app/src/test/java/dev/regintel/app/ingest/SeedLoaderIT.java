package dev.regintel.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.internal.neo4j.SchemaMigrations;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphWriter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed loader against a real Neo4j: validation before writing, all-or-nothing files,
 * idempotence.
 */
class SeedLoaderIT {

  static final Path SMALL = TestNeo4j.SMALL;
  static final Path SMALL_REFERENCE = Path.of("src/test/resources/seed-reference");

  static SeedLoader loader;
  @TempDir Path dir;

  @BeforeAll
  static void setUp() {
    var properties =
        new RegintelProperties(
            "data",
            new RegintelProperties.Neo4j(
                TestNeo4j.boltUri(), "neo4j", null, null, 0, "64m", Duration.ofSeconds(5)),
            new RegintelProperties.Seed(SMALL.toString(), false));
    new SchemaMigrations(TestNeo4j.driver(), properties).apply();
    loader =
        new SeedLoader(
            new Graph(TestNeo4j.driver(), null, new SimpleMeterRegistry()),
            new GraphWriter(),
            event -> {});
  }

  @BeforeEach
  void clean() {
    TestNeo4j.clean();
  }

  /** Other tests in this JVM expect the corpus and the small set in the shared graph. */
  @AfterAll
  static void restoreStandardGraph() {
    TestNeo4j.restoreStandardGraph(loader);
  }

  Path write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return file;
  }

  static final String REFERENCE =
      """
      kind: reference
      jurisdictions:
        - {code: GB, name: United Kingdom, nameJa: 英国, source: {url: "https://www.gov.uk/"}}
      publishers:
        - {id: pub:test, name: Test Body, nameJa: テスト機関, jurisdiction: GB, url: "https://example.org/"}
      """;

  static String document(String id, String requirementsYaml) {
    return """
        kind: document
        document:
          id: %s
          code: Doc %s
          title: A document
          titleJa: 文書
          kind: GUIDANCE
          status: FINAL
          publisher: pub:test
          jurisdictions: [GB]
          url: https://example.org/doc
        requirements:
        %s"""
        .formatted(id, id, requirementsYaml.indent(2));
  }

  @Test
  void validFilesLoadAndASecondLoadChangesNothing() {
    LoadReport first = loader.load(List.of(SMALL_REFERENCE, SMALL));
    assertThat(first.problems()).isEmpty();
    assertThat(first.written()).hasSize(8);
    assertThat(first.nodesCreated()).isEqualTo(19);
    long[] afterFirst = TestNeo4j.counts();

    LoadReport second = loader.load(List.of(SMALL_REFERENCE, SMALL));
    assertThat(second.problems()).isEmpty();
    assertThat(second.nodesCreated()).isZero();
    assertThat(second.relationshipsCreated()).isZero();
    assertThat(TestNeo4j.counts()).containsExactly(afterFirst);
  }

  @Test
  void everyNodeAndRelationshipCarriesProvenance() {
    loader.load(List.of(SMALL_REFERENCE, SMALL));
    var row =
        TestNeo4j.driver()
            .executableQuery(
                """
        CALL () { MATCH (n) WHERE NOT n:RegintelMeta AND none(l IN labels(n) WHERE l STARTS WITH '__')
                  AND (n.srcUrl IS NULL OR n.srcMethod IS NULL) RETURN count(n) AS nodes }
        CALL () { MATCH (a)-[r]->() WHERE none(l IN labels(a) WHERE l STARTS WITH '__')
                  AND (r.srcUrl IS NULL OR r.srcMethod IS NULL) RETURN count(r) AS rels }
        RETURN nodes, rels""")
            .execute()
            .records()
            .getFirst();
    assertThat(row.get("nodes").asLong()).isZero();
    assertThat(row.get("rels").asLong()).isZero();
  }

  @Test
  void yamlSyntaxErrorNamesTheFileAndLine() throws IOException {
    write("broken.yaml", "kind: document\ndocument: [unclosed\n");
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("broken.yaml");
              assertThat(p.location()).startsWith("line ");
              assertThat(p.message()).contains("not valid YAML");
            });
    assertThat(report.written()).isEmpty();
  }

  @Test
  void schemaViolationNamesThePathAndWritesNothingOfThatFile() throws IOException {
    write("a-reference.yaml", REFERENCE);
    write(
        "doc.yaml",
        document(
            "doc:bad",
            """
        - {ref: "1", title: One, titleJa: 一, obligation: MANDATORY}
        - {ref: "2", title: Two, titleJa: 二, obligation: SOMETIMES}
        """));
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("doc.yaml");
              assertThat(p.location()).isEqualTo("/requirements/1/obligation");
              assertThat(p.message()).contains("MANDATORY");
            });
    assertThat(count("MATCH (d:Document {id: 'doc:bad'}) RETURN count(d) AS n")).isZero();
    assertThat(count("MATCH (r:Requirement) RETURN count(r) AS n")).isZero();
    assertThat(count("MATCH (p:Publisher {id: 'pub:test'}) RETURN count(p) AS n")).isOne();
  }

  @Test
  void missingRequiredFieldIsNamed() throws IOException {
    write("doc.yaml", document("doc:x", "- {ref: \"1\", title: One, obligation: MANDATORY}\n"));
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.location()).isEqualTo("/requirements/0");
              assertThat(p.message()).contains("titleJa");
            });
  }

  @Test
  void unknownReferenceRejectsTheFileAndTheFilesThatDependOnIt() throws IOException {
    write("a-reference.yaml", REFERENCE);
    write(
        "doc.yaml",
        document("doc:orphan", "- {ref: \"1\", title: One, titleJa: 一, obligation: MANDATORY}\n")
            .replace("publisher: pub:test", "publisher: pub:nobody"));
    write(
        "controls.yaml",
        """
        kind: controls
        source: {url: "https://example.org/c"}
        controls:
          - id: ctl:x
            name: X
            nameJa: エックス
            description: d
            descriptionJa: 説明
            satisfies:
              - {requirement: "req:orphan:1", fulfilment: FULL, evidence: e}
        """);
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .extracting(SeedProblem::file)
        .containsExactlyInAnyOrder("doc.yaml", "controls.yaml");
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("doc.yaml");
              assertThat(p.location()).isEqualTo("/document/publisher");
              assertThat(p.message()).contains("pub:nobody");
            });
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.location()).isEqualTo("/controls/0/satisfies/0/requirement");
              assertThat(p.message()).contains("req:orphan:1");
            });
    assertThat(count("MATCH (c:Control) RETURN count(c) AS n")).isZero();
  }

  @Test
  void referencesMayPointAtWhatTheGraphAlreadyHolds() throws IOException {
    loader.load(List.of(write("ref/reference.yaml", REFERENCE)));
    LoadReport report =
        loader.load(
            List.of(
                write(
                    "doc/doc.yaml",
                    document(
                        "doc:later",
                        "- {ref: \"1\", title: One, titleJa: 一, obligation: MANDATORY}\n"))));
    assertThat(report.problems()).isEmpty();
    assertThat(
            count(
                "MATCH (:Document {id: 'doc:later'})-[:PUBLISHED_BY]->(:Publisher {id: 'pub:test'}) RETURN count(*) AS n"))
        .isOne();
  }

  @Test
  void aMappingSaysWhoMadeItWithItsEffectAndIsOurOwnJudgementWhenItNamesNoOne() throws IOException {
    write("a-reference.yaml", REFERENCE);
    write(
        "doc.yaml",
        document(
            "doc:pair",
            """
        - {ref: "1", title: One, titleJa: 一, obligation: MANDATORY}
        - {ref: "2", title: Two, titleJa: 二, obligation: MANDATORY}
        - {ref: "3", title: Three, titleJa: 三, obligation: MANDATORY}
        """));
    write(
        "mappings.yaml",
        """
        kind: mappings
        source: {url: "https://example.org/recognition"}
        mappings:
          - {from: "req:pair:1", to: "req:pair:2", relation: EQUAL, rationale: FUNCTIONAL, strength: 9,
             note: Recognised., madeBy: RECOGNITION, effect: Meeting 1 counts as meeting 2.,
             effectJa: 1への適合は2への適合と認められる。}
          - {from: "req:pair:1", to: "req:pair:3", relation: INTERSECTS_WITH, rationale: SEMANTIC,
             strength: 4, note: Our reading.}
        """);
    assertThat(loader.load(List.of(dir)).problems()).isEmpty();

    var rows =
        TestNeo4j.driver()
            .executableQuery(
                """
        MATCH (:Requirement {id: 'req:pair:1'})-[m:MAPS_TO]->(b)
        RETURN b.id AS to, m.madeBy AS madeBy, m.effect AS effect, m.effectJa AS effectJa
        ORDER BY to""")
            .execute()
            .records();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("madeBy").asString()).isEqualTo("RECOGNITION");
    assertThat(rows.get(0).get("effect").asString()).isEqualTo("Meeting 1 counts as meeting 2.");
    assertThat(rows.get(0).get("effectJa").asString()).isEqualTo("1への適合は2への適合と認められる。");
    assertThat(rows.get(1).get("madeBy").asString()).isEqualTo("REGINTEL");
    assertThat(rows.get(1).get("effect").isNull()).isTrue();
  }

  @Test
  void aFileTheWriterRefusesIsLeftOutWholeAndTheFilesWrittenWithItAreKept() throws IOException {
    write("a-reference.yaml", REFERENCE);
    write(
        "doc.yaml",
        document(
            "doc:kept",
            """
        - {ref: "1", title: One, titleJa: 一, obligation: MANDATORY}
        - {ref: "2", title: Two, titleJa: 二, obligation: MANDATORY}
        """));
    write(
        "twin.yaml",
        document("doc:twin", "- {ref: \"1\", title: One, titleJa: 一, obligation: MANDATORY}\n")
            .replace("code: Doc doc:twin", "code: Doc doc:kept"));

    LoadReport report = loader.load(List.of(dir));

    // The three files share a transaction; the writer refuses the second document with the code
    // and version of the first, so they are written again one by one and only its file stays out.
    assertThat(report.problems()).extracting(SeedProblem::file).containsOnly("twin.yaml");
    assertThat(report.problems())
        .extracting(SeedProblem::message)
        .anyMatch(m -> m.contains("is already doc:kept's"));
    assertThat(report.written())
        .extracting(LoadReport.FileResult::file)
        .containsExactly("a-reference.yaml", "doc.yaml");
    assertThat(report.transactions()).hasSize(2);
    assertThat(
            count(
                "MATCH (:Document {id: 'doc:kept'})-[:HAS_REQUIREMENT]->(r) RETURN count(r) AS n"))
        .isEqualTo(2);
    assertThat(count("MATCH (d:Document {id: 'doc:twin'}) RETURN count(d) AS n")).isZero();
  }

  @Test
  void twoRequirementsWithTheSameRefAreRejected() throws IOException {
    write("a-reference.yaml", REFERENCE);
    write(
        "doc.yaml",
        document(
            "doc:dup",
            """
        - {ref: "Art. 1", title: One, titleJa: 一, obligation: MANDATORY}
        - {ref: "art 1", title: Again, titleJa: 再, obligation: MANDATORY}
        """));
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("/requirements/1/ref");
              assertThat(p.message()).contains("req:dup:art-1").contains("/requirements/0");
            });
  }

  @Test
  void theSameIdInTwoFilesIsRejectedInTheSecond() throws IOException {
    write("a-reference.yaml", REFERENCE);
    write("b-one.yaml", document("doc:same", "[]\n"));
    write("c-two.yaml", document("doc:same", "[]\n"));
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("c-two.yaml");
              assertThat(p.message()).contains("doc:same").contains("b-one.yaml");
            });
  }

  @Test
  void impossibleDateIsRejected() throws IOException {
    write("a-reference.yaml", REFERENCE);
    write(
        "doc.yaml",
        document("doc:date", "[]\n")
            .replace("status: FINAL", "status: FINAL\n  published: 2023-02-30"));
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("doc.yaml");
              assertThat(p.message()).contains("2023-02-30");
            });
  }

  @Test
  void aCommentPeriodClosingBeforeItOpensIsRejectedAndNothingIsWritten() throws IOException {
    write("a-reference.yaml", REFERENCE);
    write(
        "doc.yaml",
        document("doc:backwards", "[]\n")
            .replace(
                "status: FINAL",
                "status: DRAFT\n  commentPeriod: {opens: 2026-03-10, closes: 2026-02-01}"));
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("doc.yaml");
              assertThat(p.message()).contains("2026-02-01", "2026-03-10");
            });
    assertThat(
            TestNeo4j.driver()
                .executableQuery("MATCH (d:Document {id: 'doc:backwards'}) RETURN d")
                .execute()
                .records())
        .isEmpty();
  }

  @Test
  void unknownKindIsNamed() throws IOException {
    write("x.yaml", "kind: novel\n");
    LoadReport report = loader.load(List.of(dir));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("/kind");
              assertThat(p.message()).contains("'novel'").contains("document");
            });
  }

  static long count(String cypher) {
    return TestNeo4j.driver()
        .executableQuery(cypher)
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }
}
