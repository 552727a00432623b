package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartReportTests {

  static StartBenchmark.Start start(String kind, long seed, long data) {
    return new StartBenchmark.Start(kind, Map.of("seed", seed, "total", data), 100, data, data + 1);
  }

  @Test
  void theLoggedPhasesParseInOrder() {
    assertThat(StartBenchmark.parse(" jvm=1100 neo4j=2900 schema=40 total=9000"))
        .containsExactly(
            Map.entry("jvm", 1100L),
            Map.entry("neo4j", 2900L),
            Map.entry("schema", 40L),
            Map.entry("total", 9000L));
  }

  @Test
  void targetsAreJudgedOnTheMedianOfTheRounds() {
    StartReport met =
        new StartReport(
            null,
            List.of(
                start("first", 4_000, 19_000),
                start("restart", 0, 9_000),
                start("first", 9_000, 60_000),
                start("restart", 0, 30_000),
                start("first", 4_500, 18_000),
                start("restart", 0, 8_000)));
    assertThat(met.median("first", "data")).isEqualTo(19_000);
    assertThat(met.median("first", "seed")).isEqualTo(4_500);
    assertThat(met.median("restart", "data")).isEqualTo(9_000);
    assertThat(met.met()).isTrue();

    StartReport missed =
        new StartReport(null, List.of(start("first", 6_000, 19_000), start("restart", 0, 9_000)));
    assertThat(missed.met()).as("the seed load took 6 s").isFalse();
  }

  @Test
  void theSeedIsJudgedOnTheQuietStartsWhenThereAreAny() {
    StartReport report =
        new StartReport(
            new MachineFacts(2, "cpu", 1L << 34, 1L << 32, "25", "Linux", "embedded", "256m"),
            List.of(
                start("first", 6_000, 19_000),
                start("restart", 0, 9_000),
                new StartBenchmark.Start(
                    "quiet", Map.of("seed", 4_000L, "total", 17_000L), -1, -1, -1)));
    assertThat(report.seedKind()).isEqualTo("quiet");
    assertThat(report.met()).as("undisturbed, the seed took 4 s").isTrue();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    report.print(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("seed load judged on the quiet starts")
        .contains("median 6.00 s")
        .containsPattern("quiet\\s.*\\s-\\s+-\\s+-");
    assertThat(report.toJson())
        .contains("\"seedMs\" : 4000")
        .contains("\"seedWhilePolledMs\" : 6000");
  }
}
