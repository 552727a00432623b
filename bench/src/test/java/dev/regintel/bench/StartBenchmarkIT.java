package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench start} on the shipped seed data, one round: a first start that loads the seed and a
 * restart that does not, each with the service's phases and the three answers in their order. The
 * figures themselves are not judged here (a test is no benchmark).
 */
class StartBenchmarkIT {

  @TempDir Path data;

  @Test
  void aFirstStartLoadsTheSeedAndARestartDoesNotAndBothSayHowLongEachPhaseTook() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    List<StartBenchmark.Start> starts =
        new StartBenchmark(
                Path.of("../seed-data"), new PrintStream(progress, true, StandardCharsets.UTF_8))
            .run(1, data);

    assertThat(starts)
        .extracting(StartBenchmark.Start::kind)
        .containsExactly("first", "restart", "quiet");
    StartBenchmark.Start quiet = starts.get(2);
    assertThat(quiet.phases().get("seed"))
        .as("the quiet start loads the seed data too")
        .isGreaterThan(starts.get(1).phases().get("seed"));
    assertThat(quiet.dataMs()).as("nothing was asked of the quiet start").isEqualTo(-1);
    for (StartBenchmark.Start start : starts) {
      assertThat(start.phases())
          .containsOnlyKeys("jvm", "neo4j", "schema", "spring", "seed", "index", "total");
      assertThat(start.phases().get("neo4j")).isPositive();
      if (start == quiet) {
        continue;
      }
      assertThat(start.firstAnswerMs()).isPositive().isLessThanOrEqualTo(start.dataMs());
      assertThat(start.dataMs()).isLessThanOrEqualTo(start.searchMs());
    }
    StartBenchmark.Start first = starts.get(0);
    StartBenchmark.Start restart = starts.get(1);
    assertThat(first.phases().get("seed"))
        .as("the first start loads the seed data, the restart only finds it loaded")
        .isGreaterThan(restart.phases().get("seed"));
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("round 1, first start")
        .contains("round 1, restart start")
        .contains("round 1, quiet first start");

    StartReport report = new StartReport(MachineFacts.current("embedded", "256m"), starts);
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    report.print(new PrintStream(table, true, StandardCharsets.UTF_8));
    assertThat(table.toString(StandardCharsets.UTF_8))
        .contains("first start to an answer with data")
        .contains("restart to an answer with data")
        .contains("seed load");
    assertThat(report.toJson()).contains("\"firstWithDataMs\" : " + first.dataMs());
  }
}
