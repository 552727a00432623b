package dev.regintel.app.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.internal.neo4j.SchemaMigrations;
import dev.regintel.app.product.ControlContent;
import dev.regintel.app.requirement.RequirementContent;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * The graph writer against a real Neo4j: the merge policy between curated and observing writers,
 * links, history and refusals. Works on ids of its own and removes them afterwards, so the shared
 * graph other tests read stays as it was.
 */
class GraphWriterIT {

  static final String DOC = "doc:test-writer-standard";
  static final Provenance SEED = Provenance.seed("https://seed.test/writer");
  static final Provenance PAGE =
      new Provenance(
          "https://crawl.test/page", Instant.parse("2026-11-01T00:00:00Z"), Method.CRAWL, null);

  static Graph graph;
  static final GraphWriter writer = new GraphWriter();

  @BeforeAll
  static void setUp() {
    var properties =
        new RegintelProperties(
            "data",
            new RegintelProperties.Neo4j(
                TestNeo4j.boltUri(), "neo4j", null, null, 0, "64m", Duration.ofSeconds(5)),
            new RegintelProperties.Seed(TestNeo4j.SMALL.toString(), false));
    new SchemaMigrations(TestNeo4j.driver(), properties).apply();
    graph = new Graph(TestNeo4j.driver(), null, new SimpleMeterRegistry());
  }

  @BeforeEach
  void reference() {
    write(
        new Writes(Method.SEED)
            .add(new ReferenceWrites.Jurisdiction("ZZ", "Testland", null, null, SEED))
            .add(
                new ReferenceWrites.Publisher(
                    "pub:test-writer-a", "Body A", null, null, null, "ZZ", SEED))
            .add(
                new ReferenceWrites.Publisher(
                    "pub:test-writer-b", "Body B", null, null, null, "ZZ", SEED)));
  }

  @AfterEach
  void removeWhatTheTestWrote() {
    TestNeo4j.driver()
        .executableQuery(
            """
            MATCH (n)
            WHERE n.id STARTS WITH 'doc:test-writer' OR n.id STARTS WITH 'req:test-writer'
               OR n.id STARTS WITH 'pub:test-writer' OR n.id STARTS WITH 'ctl:test-writer'
               OR n.documentId STARTS WITH 'doc:test-writer' OR n.code = 'ZZ'
            DETACH DELETE n""")
        .execute();
  }

  @Test
  void aCuratedRewriteReplacesLinksAndKeepsWhatACrawlFilledIn() {
    write(
        new Writes(Method.SEED)
            .add(document("Curated title", "DRAFT", "pub:test-writer-a", null, SEED)));

    WriteResult crawl =
        write(
            new Writes(Method.CRAWL)
                .add(
                    document(
                        "Crawled title", "DRAFT", "pub:test-writer-a", "Their summary", PAGE)));
    WriteResult again =
        write(
            new Writes(Method.SEED)
                .add(document("Curated title", "DRAFT", "pub:test-writer-b", null, SEED)));

    assertThat(crawl.conflicts())
        .extracting(Conflict::field, Conflict::crawled)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "Crawled title"));
    Record node =
        one(
            "MATCH (d:Document {id: $id})-[:PUBLISHED_BY]->(p) RETURN d.title AS t, d.summary AS s,"
                + " collect(p.id) AS publishers");
    assertThat(node.get("t").asString()).isEqualTo("Curated title");
    assertThat(node.get("s").asString()).isEqualTo("Their summary");
    assertThat(node.get("publishers").asList()).containsExactly("pub:test-writer-b");
    assertThat(again.updated()).isZero(); // only the link changed, no field
    assertThat(kinds()).containsExactlyInAnyOrder("NEW_DOCUMENT", "ENRICHED");
  }

  @Test
  void aCuratedStatusChangeIsRecordedAsAChangeOfTheSeed() {
    write(new Writes(Method.SEED).add(document("T", "DRAFT", "pub:test-writer-a", null, SEED)));
    WriteResult result =
        write(new Writes(Method.SEED).add(document("T", "FINAL", "pub:test-writer-a", null, SEED)));

    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.changes()).isEqualTo(1);
    Record change =
        one(
            "MATCH (c:Change {documentId: $id, kind: 'STATUS_CHANGED'})"
                + " RETURN c.srcMethod AS m, c.runId AS run, c.before AS b, c.after AS a");
    assertThat(change.get("m").asString()).isEqualTo("SEED");
    assertThat(change.get("run").isNull()).isTrue();
    assertThat(change.get("b").asString()).contains("DRAFT");
    assertThat(change.get("a").asString()).contains("FINAL");
  }

  @Test
  void aRequirementMovesToTheParentACuratedWriterNamesAndACrawlAppends() {
    write(
        new Writes(Method.SEED)
            .add(document("T", "FINAL", "pub:test-writer-a", null, SEED))
            .add(requirement("1", null, 0))
            .add(requirement("1.1", "req:test-writer-standard:1", 1)));
    write(
        new Writes(Method.SEED)
            .add(document("T", "FINAL", "pub:test-writer-a", null, SEED))
            .add(requirement("1", null, 0))
            .add(requirement("1.1", null, 1)));
    write(
        new Writes(Method.CRAWL)
            .add(
                new RequirementWrite(
                    "req:test-writer-standard:2",
                    DOC,
                    null,
                    null,
                    content("2", "Two", "Text two.", null, "MANDATORY"),
                    PAGE)));

    assertThat(
            one("MATCH (:Requirement)-[h:HAS_PART]->(:Requirement {documentId: $id}) RETURN count(h) AS n")
                .get("n")
                .asLong())
        .isZero();
    Record added =
        one(
            "MATCH (r:Requirement {id: 'req:test-writer-standard:2'})"
                + " RETURN r.order AS o, r.textIsOfficial AS official, r.srcMethod AS m");
    assertThat(added.get("o").asLong()).isEqualTo(2);
    assertThat(added.get("official").asBoolean()).isTrue();
    assertThat(added.get("m").asString()).isEqualTo("CRAWL");
    assertThat(kinds()).contains("REQUIREMENT_ADDED");
  }

  @Test
  void recordsTheWriterMayNotStoreAreRefusedWithWhy() {
    WriteResult result =
        write(
            new Writes(Method.CRAWL)
                .add(
                    new ControlWrite(
                        "ctl:test-writer-x",
                        new ControlContent("X", null, null, null, null),
                        null,
                        null,
                        PAGE))
                .add(document("T", "FINAL", "pub:test-writer-unknown", null, PAGE))
                .add(
                    new RequirementWrite(
                        "req:test-writer-standard:1",
                        DOC,
                        null,
                        null,
                        content("1", "One", null, null, "SOMETIMES"),
                        PAGE)));

    assertThat(result.rejections())
        .extracting(WriteResult.Rejection::toString)
        .containsExactlyInAnyOrder(
            "ctl:test-writer-x: a crawl writes documents and requirements only",
            DOC + ": unknown publisher pub:test-writer-unknown",
            DOC + " 1: its document " + DOC + " is neither in the graph nor in this write");
    assertThat(
            one("MATCH (n) WHERE n.id IN ['ctl:test-writer-x', $id] RETURN count(n) AS n")
                .get("n")
                .asLong())
        .isZero();
  }

  static DocumentWrite document(
      String title, String status, String publisher, String summary, Provenance provenance) {
    return new DocumentWrite(
        DOC,
        "TEST WRITER 1",
        null,
        null,
        "STANDARD",
        status,
        null,
        PartialDate.parse("2026-01"),
        null,
        null,
        title,
        null,
        summary,
        null,
        "https://seed.test/writer",
        "test-writer",
        null,
        null,
        null,
        publisher,
        List.of("ZZ"),
        null,
        null,
        provenance);
  }

  static RequirementWrite requirement(String ref, String parentId, int order) {
    return new RequirementWrite(
        "req:test-writer-standard:" + ref,
        DOC,
        parentId,
        order,
        content(ref, "Provision " + ref, "Text " + ref + ".", true, "MANDATORY"),
        SEED);
  }

  static RequirementContent content(
      String ref, String title, String text, Boolean official, String obligation) {
    return new RequirementContent(
        ref,
        title,
        null,
        text,
        null,
        official,
        obligation,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static WriteResult write(Writes writes) {
    return graph.write(tx -> writer.write(tx, writes, null));
  }

  static Record one(String cypher) {
    return TestNeo4j.driver()
        .executableQuery(cypher)
        .withParameters(Map.of("id", DOC))
        .execute()
        .records()
        .getFirst();
  }

  static List<String> kinds() {
    return TestNeo4j.driver()
        .executableQuery("MATCH (c:Change {documentId: $id}) RETURN c.kind AS k")
        .withParameters(Map.of("id", DOC))
        .execute()
        .records()
        .stream()
        .map(r -> r.get("k").asString())
        .toList();
  }
}
