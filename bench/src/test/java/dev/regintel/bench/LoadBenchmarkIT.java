package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load benchmark end to end, briefly: a service in a JVM of its own with the shipped seed data,
 * a few clients for a few seconds, every kind of request answered without error and the health
 * check UP throughout.
 */
class LoadBenchmarkIT {

  /** The shipped corpus; the bench's integration tests run in the app module's directory. */
  static final Path SEED_DATA = Path.of("../seed-data");

  @TempDir Path data;

  @Test
  void aShortLoadIsAnsweredWithoutErrorsWhileTheServiceStaysHealthy() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    LoadReport report =
        new LoadBenchmark(
                new LoadBenchmark.LoadOptions(3, 4, 1, SEED_DATA, 42, data),
                new PrintStream(progress, true, StandardCharsets.UTF_8))
            .run();

    assertThat(report.errorSamples()).isEmpty();
    assertThat(report.errors()).isZero();
    assertThat(report.kinds())
        .extracting(LoadReport.KindFigures::kind)
        .containsExactly("TRACE", "SEARCH", "DOCUMENT", "COVERAGE", "ALL");
    assertThat(report.kinds())
        .allSatisfy(k -> assertThat(k.latencies().requests()).as(k.kind()).isPositive());
    assertThat(report.requests()).isEqualTo(report.kinds().getLast().latencies().requests());
    assertThat(report.requestsPerSecond()).isPositive();
    assertThat(report.health().probes()).isPositive();
    assertThat(report.health().failures()).isZero();
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("controls", "devices", "documents", "Measuring: 3 clients for 4 s");
    assertThat(report.toJson()).contains("\"requestsPerSecond\"", "\"health\"");
  }
}
