package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.TestNeo4j;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The benchmark end to end at a tiny scale, on the shared test app and Neo4j: the synthetic graph
 * lands as generated, with the loader's labels, properties and provenance, and every series is
 * timed over HTTP and Bolt. (The command itself also starts its own app on an embedded Neo4j; that
 * part is the app's ordinary start, covered by EmbeddedNeo4jIT.) The shared graph is put back
 * afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceBenchmarkIT extends AbstractAppIT {

  static final double SCALE = 0.2;

  @LocalServerPort int port;
  @Autowired Graph graph;
  @Autowired MeterRegistry registry;

  @AfterAll
  void restoreStandardGraph() {
    TestNeo4j.restoreStandardGraph(seedLoader);
  }

  static List<Record> read(String cypher) {
    return TestNeo4j.driver().executableQuery(cypher).execute().records();
  }

  @Test
  void aTinyRunLoadsTheSyntheticGraphAndReportsEveryFigure() {
    TestNeo4j.clean();
    SyntheticGraph synthetic = SyntheticGraph.generate(SCALE, BenchOptions.DEFAULT_SEED);
    // The shared test app walks its mapping index; it stands in for the service restarted with
    // walk=cypher too (MappingIndexIT compares the walks; the command restarts a real service).
    Served served =
        new Served() {
          @Override
          public URI endpoint() {
            return URI.create("http://127.0.0.1:" + port + "/graphql");
          }

          @Override
          public long roundTrips() {
            return graph.roundTrips();
          }

          @Override
          public double gauge(String name) {
            return registry.get(name).gauge().value();
          }
        };
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    BenchReport report =
        new TraceBenchmark(
                new BenchOptions(SCALE, 5, 2, BenchOptions.DEFAULT_SEED, null),
                new PrintStream(progress, true, StandardCharsets.UTF_8))
            .measure(synthetic, 0.1, graph, served, () -> served, "64m");

    assertThat(report.errors().count()).as(progress.toString(StandardCharsets.UTF_8)).isZero();
    whatTheGeneratorCountsIsWhatLands(synthetic, report);
    everyNodeAndRelationshipHasProvenance();
    mappingsAndRulesHaveTheLoadersProperties();
    everySeriesIsTimed(report);
  }

  void whatTheGeneratorCountsIsWhatLands(SyntheticGraph synthetic, BenchReport report) {
    Map<String, Long> labels = new HashMap<>();
    for (Record r :
        read(
            "MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')"
                + " AND NOT n:RegintelMeta" // the graph's generation, counted after the load
                + " UNWIND labels(n) AS label RETURN label, count(*) AS n")) {
      labels.put(r.get("label").asString(), r.get("n").asLong());
    }
    Map<String, Long> types = new HashMap<>();
    for (Record r :
        read(
            "MATCH (a)-[r]->() WHERE none(l IN labels(a) WHERE l STARTS WITH '__Neo4jMigration')"
                + " RETURN type(r) AS type, count(*) AS n")) {
      types.put(r.get("type").asString(), r.get("n").asLong());
    }
    Map<String, Long> expectedTypes = new HashMap<>(synthetic.relationshipCounts());
    expectedTypes.values().removeIf(n -> n == 0);
    assertThat(labels).isEqualTo(synthetic.nodeCounts());
    assertThat(types).isEqualTo(expectedTypes);
    assertThat(report.load().nodes()).isEqualTo(synthetic.nodes());
    assertThat(report.load().relationships()).isEqualTo(synthetic.relationships());
    assertThat(report.graph().nodesByLabel()).isEqualTo(synthetic.nodeCounts());
  }

  void everyNodeAndRelationshipHasProvenance() {
    Record row =
        read("""
            CALL () { MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
                        AND NOT n:RegintelMeta AND (n.srcUrl IS NULL OR n.srcMethod <> 'IMPORT') RETURN count(n) AS nodes }
            CALL () { MATCH (a)-[r]->() WHERE none(l IN labels(a) WHERE l STARTS WITH '__Neo4jMigration')
                        AND (r.srcUrl IS NULL OR r.srcMethod <> 'IMPORT') RETURN count(r) AS rels }
            RETURN nodes, rels""")
            .getFirst();
    assertThat(row.get("nodes").asLong()).isZero();
    assertThat(row.get("rels").asLong()).isZero();
  }

  void mappingsAndRulesHaveTheLoadersProperties() {
    List<String> keys = new ArrayList<>();
    read("MATCH ()-[m:MAPS_TO]->() RETURN DISTINCT keys(m) AS keys")
        .forEach(r -> keys.addAll(r.get("keys").asList(Value::asString)));
    assertThat(keys)
        .containsOnly("relation", "rationale", "strength", "srcUrl", "srcMethod")
        .contains("relation", "rationale", "strength", "srcUrl", "srcMethod");
    Record rule =
        read("""
            MATCH (r:ApplicabilityRule)-[:MAKES_APPLICABLE]->(d:Document)-[:APPLIES_IN]->(j:Jurisdiction)
            WHERE r.jurisdiction = j.code
            RETURN r LIMIT 1""")
            .getFirst();
    var node = rule.get("r").asNode();
    assertThat(node.get("from").asLocalDate()).isNotNull();
    assertThat(node.get("scope").asString()).isIn("PRODUCT", "ENTITY", "VOLUNTARY");
    assertThat(node.get("categories").isNull()).isFalse();
    assertThat(node.get("excludedCategories").isNull()).isFalse();
    assertThat(node.get("reason").asString()).isNotBlank();
  }

  void everySeriesIsTimed(BenchReport report) {
    for (Latencies l :
        List.of(
            report.trace().graphql(),
            report.trace().cypherWalk(),
            report.trace().raw(),
            report.trace().indexRead(),
            report.trace().floor(),
            report.coverage().graphql())) {
      assertThat(l.requests()).isEqualTo(5);
      assertThat(l.p50()).isPositive();
      assertThat(l.p99()).isGreaterThanOrEqualTo(l.p95()).isGreaterThanOrEqualTo(l.p50());
    }
    assertThat(report.trace().ratioP50()).isPositive();
    assertThat(report.trace().ratioP99()).isPositive();
    assertThat(report.trace().roundTrips().mean()).isEqualTo(1.0);
    assertThat(report.trace().cypherRoundTrips().mean()).isEqualTo(1.0);
    assertThat(report.trace().index().bytes()).isPositive();
    assertThat(report.coverage().roundTrips().mean()).isGreaterThanOrEqualTo(1.0);
    assertThat(report.trace().hits().mean()).isPositive();
    assertThat(report.load().relationshipsPerSecond()).isPositive();
    assertThat(report.load().nodesPerSecond()).isPositive();
    assertThat(report.run().machine().cores()).isPositive();
    assertThat(report.run().machine().maxHeapBytes()).isPositive();
    assertThat(report.run().machine().java()).isNotBlank();
    assertThat(report.run().machine().neo4j()).contains("2026");
    assertThat(report.targets()).hasSize(5);
    assertThat(report.toJson())
        .contains("\"ratioP99\"", "\"cypherRatioP99\"", "\"relationshipsPerSecond\"");
  }
}
