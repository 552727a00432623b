package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchReportTests {

  static BenchReport report() {
    BenchReport.TraceFigures trace =
        new BenchReport.TraceFigures(
            new Latencies(1000, 8, 20, 60, 9, 80),
            new Latencies(1000, 12, 30, 70, 14, 90),
            new Latencies(1000, 4, 10, 30, 5, 40),
            new Latencies(1000, 3, 6, 12, 3.5, 20),
            new Latencies(1000, 2, 3, 4, 2.2, 5),
            2.0,
            2.0,
            3.0,
            2.33,
            new BenchReport.PerRequest(1, 1),
            new BenchReport.PerRequest(1, 1),
            new BenchReport.PerRequest(120.5, 400),
            new BenchReport.IndexFigures(45_000_000, 1_500));
    BenchReport.LoadFigures load =
        new BenchReport.LoadFigures(100, 300, 1, 5, 100, 60_000, 3, 10_000, 2);
    return new BenchReport(
        new BenchRun(
            "trace",
            1,
            42,
            1000,
            200,
            new MachineFacts(2, "cpu", 1L << 34, 1L << 32, "25", "Linux", "Neo4j 2026.08", "256m")),
        new BenchReport.GraphFigures(
            100, 300, Map.of("Requirement", 100L), Map.of("MAPS_TO", 300L), 0.1),
        load,
        trace,
        new BenchReport.CoverageFigures(
            new Latencies(1000, 30, 40, 50, 31, 90),
            new BenchReport.PerRequest(1, 1),
            new BenchReport.PerRequest(10, 20)),
        new BenchReport.Errors(0, null),
        BenchReport.judge(trace, load));
  }

  @Test
  void targetsAreJudgedOnTheFigures() {
    assertThat(report().targets())
        .extracting(BenchReport.Target::name, BenchReport.Target::met)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("trace p50", true),
            org.assertj.core.groups.Tuple.tuple("trace p99", false),
            org.assertj.core.groups.Tuple.tuple("GraphQL/raw p50", false),
            org.assertj.core.groups.Tuple.tuple("GraphQL/raw p99", false),
            org.assertj.core.groups.Tuple.tuple("load", true));
  }

  @Test
  void jsonHoldsEveryFigure() {
    JsonNode json = JsonMapper.builder().build().readTree(report().toJson());
    assertThat(json.path("trace").path("graphql").path("p99").asDouble()).isEqualTo(60);
    assertThat(json.path("trace").path("raw").path("p50").asDouble()).isEqualTo(4);
    assertThat(json.path("trace").path("ratioP50").asDouble()).isEqualTo(2);
    assertThat(json.path("trace").path("cypherWalk").path("p50").asDouble()).isEqualTo(12);
    assertThat(json.path("trace").path("cypherRatioP99").asDouble()).isEqualTo(2.33);
    assertThat(json.path("trace").path("index").path("bytes").asLong()).isEqualTo(45_000_000);
    assertThat(json.path("trace").path("hits").path("mean").asDouble()).isEqualTo(120.5);
    assertThat(json.path("coverage").path("roundTrips").path("max").asLong()).isEqualTo(1);
    assertThat(json.path("load").path("relationshipsPerSecond").asDouble()).isEqualTo(60_000);
    assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
    assertThat(json.path("targets")).hasSize(5);
  }

  @Test
  void theTableNamesEverySeriesAndMissedTargets() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report().print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table)
        .contains(
            "trace (GraphQL, index)",
            "trace (GraphQL, cypher)",
            "trace (raw Cypher)",
            "control (GraphQL)",
            "coverage (GraphQL)")
        .contains("p50 2.00, p99 2.00 (walk=cypher: p50 3.00, p99 2.33)")
        .contains("mapping index        about 45.0 MB, built in 1,500 ms")
        .contains("hits per trace       mean 120.50, max 400")
        .contains("MISSED")
        .contains("60,000 relationships/s")
        .contains("errors    none");
  }
}
