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
}
