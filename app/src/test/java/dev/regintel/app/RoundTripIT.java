package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.ingest.SeedLoader;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.support.Quiet;
import dev.regintel.app.support.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Nested fields are batched: the number of Bolt round trips does not grow with the number of items.
 */
class RoundTripIT extends AbstractAppIT {

  static final int EXTRA_DOCUMENTS = 40;

  @LocalServerPort int port;
  @Autowired Graph graph;
  @Autowired SeedLoader loader;
  @TempDir Path dir;

  long roundTrips(String document, Map<String, Object> variables) {
    GraphQlClient client = new GraphQlClient(port);
    long before = Quiet.roundTrips(graph::roundTrips);
    JsonNode body = client.execute(document, variables);
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    return graph.roundTrips() - before;
  }

  /** Forty more documents, each with a parent and child requirement, a mapping and a control. */
  void loadExtraDocuments() throws IOException {
    for (int i = 0; i < EXTRA_DOCUMENTS; i++) {
      Files.writeString(
          dir.resolve("extra-" + i + ".yaml"),
          """
          kind: document
          document:
            id: doc:extra-%1$d
            code: EXTRA %1$d
            title: Extra document %1$d
            titleJa: 追加文書 %1$d
            kind: GUIDANCE
            status: FINAL
            publisher: pub:etsi
            jurisdictions: [EU]
            url: https://example.org/extra/%1$d
            supersedes: [doc:test-standard:v1]
          requirements:
            - ref: "1"
              title: Parent
              titleJa: 親
              obligation: INFORMATIVE
              children:
                - {ref: "1.1", title: Child, titleJa: 子, obligation: MANDATORY}
          """
              .formatted(i));
      Files.writeString(
          dir.resolve("extra-" + i + "-links.yaml"),
          """
          kind: controls
          source: {url: "https://example.org/extra"}
          controls:
            - id: ctl:extra-%1$d
              name: Extra control %1$d
              nameJa: 追加対策 %1$d
              description: d
              descriptionJa: 説明
              satisfies:
                - {requirement: "req:extra-%1$d:1.1", fulfilment: PARTIAL, evidence: e}
          """
              .formatted(i));
      Files.writeString(
          dir.resolve("extra-" + i + "-map.yaml"),
          """
          kind: mappings
          source: {url: "https://example.org/extra"}
          mappings:
            - {from: "req:extra-%1$d:1.1", to: "req:test-law:sch-1-para-1", relation: INTERSECTS_WITH, rationale: SEMANTIC, strength: 3, note: n}
          """
              .formatted(i));
    }
    assertThat(loader.load(List.of(dir)).problems()).isEmpty();
  }

  @AfterEach
  void removeExtraDocuments() {
    TestNeo4j.driver()
        .executableQuery(
            """
        MATCH (n) WHERE n.id STARTS WITH 'doc:extra-' OR n.id STARTS WITH 'req:extra-' OR n.id STARTS WITH 'ctl:extra-'
        DETACH DELETE n""")
        .execute();
  }

  @Test
  void nestedDocumentQueryCostsTheSameWithFortyMoreDocuments() throws IOException {
    // Every document of the shared graph (about 130) fits in one page of 200, and so do the forty
    // more: the second query reads forty more documents with five nested items each.
    long few = roundTrips("allDocumentsNested", Map.of("first", 200));
    loadExtraDocuments();
    long many = roundTrips("allDocumentsNested", Map.of("first", 200));
    // One query per field level: documents, publisher, its jurisdiction, jurisdictions, versions,
    // supersedes, supersededBy, requirements, and per requirement document, parent, children,
    // mappings, satisfiedBy, satisfies: 14. The data loader may split a level into two dispatches
    // when results arrive at different times, and the counter is process-wide, so allow a few more;
    // what must not happen is growth with the number of items: an N+1 here would cost well over
    // a hundred queries (forty documents, each adding five nested items).
    assertThat(few).isBetween(14L, 20L);
    assertThat(many).isBetween(14L, 20L);
  }

  @Test
  void deviceQueryIsBatchedPerLevel() {
    assertThat(roundTrips("deviceWithControls", Map.of("id", "dev:example-camera")))
        .isLessThanOrEqualTo(8);
  }
}
