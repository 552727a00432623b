package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchBenchReportTests {

  static SearchBenchReport.ClassFigures figures(String name, double p95) {
    return new SearchBenchReport.ClassFigures(
        name,
        new Latencies(250, 5, p95, p95 + 5, 6, 40),
        new Latencies(250, 2, 9, 12, 3, 20),
        new BenchReport.PerRequest(1234.5, 90_000),
        new BenchReport.PerRequest(19.5, 20),
        3,
        70,
        50);
  }

  static SearchBenchReport report() {
    List<SearchBenchReport.ClassFigures> classes =
        List.of(
            figures("english", 12),
            figures("japanese", 25),
            figures("mixed", 18),
            figures("code", 8),
            figures("all", 19));
    return new SearchBenchReport(
        new BenchRun(
            "search",
            100,
            42,
            1000,
            200,
            new MachineFacts(2, "cpu", 1L << 34, 1L << 32, "25", "Linux", "Neo4j 2026.08", "2g")),
        new BenchReport.GraphFigures(
            100, 300, Map.of("Requirement", 100L), Map.of("MAPS_TO", 300L), 0.1),
        new BenchReport.LoadFigures(100, 300, 1, 5, 100, 60_000, 3, 10_000, 2),
        new SearchBenchReport.IndexFigures(230_000, 640, 92.5, 2486, 300L << 20),
        classes,
        new BenchReport.Errors(0, null),
        SearchBenchReport.judge(classes));
  }

  @Test
  void theTargetIsJudgedOnAllSearchesAndOnEachClass() {
    assertThat(report().targets())
        .extracting(BenchReport.Target::name, BenchReport.Target::met)
        .containsExactly(
            Tuple.tuple("search p95 all", true),
            Tuple.tuple("search p95 code", true),
            Tuple.tuple("search p95 mixed", true),
            Tuple.tuple("search p95 japanese", false),
            Tuple.tuple("search p95 english", true));
  }

  @Test
  void jsonHoldsEveryFigure() {
    JsonNode json = JsonMapper.builder().build().readTree(report().toJson());
    assertThat(json.path("benchmark").asString()).isEqualTo("search");
    assertThat(json.path("index").path("itemsPerSecond").asDouble()).isEqualTo(2486);
    assertThat(json.path("index").path("bytes").asLong()).isEqualTo(300L << 20);
    assertThat(json.path("classes")).hasSize(5);
    assertThat(json.path("classes").path(1).path("http").path("p95").asDouble()).isEqualTo(25);
    assertThat(json.path("classes").path(4).path("inProcess").path("p50").asDouble()).isEqualTo(2);
    assertThat(json.path("classes").path(4).path("total").path("mean").asDouble())
        .isEqualTo(1234.5);
    assertThat(json.path("targets")).hasSize(5);
  }

  @Test
  void theTableNamesEveryClassTheIndexAndMissedTargets() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report().print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table)
        .contains("english", "japanese", "mixed", "code", "all")
        .contains("230,000 items (640 glossary terms) built in 92.5 s: 2,486 items/s, 300.0 MiB")
        .contains("2.00 / 9.00")
        .contains("70 of 250 searches filtered")
        .contains("MISSED")
        .contains("errors    none");
  }
}
