package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphWriter;
import dev.regintel.bench.ProductsReport.WayFigures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The product-write benchmark end to end on the shared test app and Neo4j, with a tiny product set:
 * the writing layer, SDN's repositories and the writing layer on SDN's Neo4jClient each write
 * exactly the set (the benchmark checks every round and fails otherwise), and the figures say how.
 * The shared graph is put back after each test (the next one starts from the test seed set).
 */
class ProductsBenchmarkIT extends AbstractAppIT {

  static final ProductSet.Sizes SIZES = new ProductSet.Sizes(3, 12, 30, 2, 8, 40);

  @Autowired Driver driver;
  @Autowired GraphWriter writer;
  @Autowired Graph graph;

  @AfterEach
  void restoreStandardGraph() {
    TestNeo4j.restoreStandardGraph(seedLoader);
  }

  ProductsReport measure(int rounds) {
    TestNeo4j.clean();
    ProductsBenchmark.Options options =
        new ProductsBenchmark.Options(SIZES, 5, rounds, 1, 42, null);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    return new ProductsBenchmark(options, new PrintStream(progress, true, StandardCharsets.UTF_8))
        .measure(driver, writer, graph, "64m");
  }

  @Test
  void everyWayWritesTheSameProductSetAndIsCounted() {
    ProductsReport report = measure(2);
    ProductSet set = ProductSet.generate(SIZES, 42);

    assertThat(report.ways())
        .extracting(WayFigures::name)
        .containsExactly("GraphWriter", "SDN repositories", "GraphWriter on Neo4jClient");
    report
        .written()
        .nodes()
        .forEach((label, t) -> assertThat(t.count()).isEqualTo(set.nodes().get(label)));
    report
        .written()
        .relationships()
        .forEach((type, t) -> assertThat(t.count()).isEqualTo(set.relationships().get(type)));
    WayFigures writer = report.ways().get(0);
    WayFigures sdn = report.ways().get(1);
    WayFigures client = report.ways().get(2);
    // 12 devices in batches of 5: 3 batches a round, 2 rounds.
    assertThat(writer.deviceBatches().requests()).isEqualTo(6);
    assertThat(sdn.updateBatches().requests()).isEqualTo(6);
    // The same statements, through the driver or through Neo4jClient.
    assertThat(client.createStatements()).isEqualTo(writer.createStatements());
    assertThat(client.updateTransactions()).isEqualTo(writer.updateTransactions());
    // A device batch is 4 statements for the writing layer; SDN sends some per device.
    assertThat(writer.updateStatements().median()).isEqualTo(3 * 4);
    assertThat(sdn.updateStatements().median()).isGreaterThan(12 * 4);
    assertThat(report.toJson()).contains("\"ways\"", "\"deviceBatches\"", "\"machine\"");
  }

  @Test
  void aRoundThatDoesNotLeaveExactlyTheSetFails() {
    measure(1);
    ProductSet set = ProductSet.generate(SIZES, 42);
    ProductChecks checks = new ProductChecks(graph, set);
    ProductWay way = new GraphWriterWay("GraphWriter", graph, writer);
    checks.afterCreate(way);
    graph.write(
        tx -> tx.run("MATCH (:Device)-[r:IMPLEMENTS]->() WITH r LIMIT 1 DELETE r", Map.of()));
    assertThatThrownBy(() -> checks.afterCreate(way))
        .isInstanceOf(RegintelException.class)
        .hasMessageContaining("IMPLEMENTS");
  }
}
