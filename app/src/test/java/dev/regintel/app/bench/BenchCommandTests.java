package dev.regintel.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.cli.CommandLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchCommandTests {

  static CommandLine line(Map<String, String> options, String... operands) {
    return new CommandLine("bench", options, List.of(operands), false);
  }

  @Test
  void defaultsAreScaleOneAThousandRequestsAndATemporaryDirectory() {
    BenchOptions options = BenchCommand.options(line(Map.of(), "trace"));
    assertThat(options)
        .isEqualTo(
            new BenchOptions(
                1,
                1000,
                BenchOptions.DEFAULT_WARMUP,
                BenchOptions.DEFAULT_WARMUP_SECONDS,
                BenchOptions.DEFAULT_SEED,
                null));
    assertThat(options.pageCache()).isEqualTo("256m");
  }

  @Test
  void optionsAreRead() {
    BenchOptions options =
        BenchCommand.options(
            line(
                Map.of(
                    "scale",
                    "0.5",
                    "requests",
                    "20",
                    "warmup",
                    "0",
                    "warmup-seconds",
                    "5",
                    "seed",
                    "-7",
                    "data",
                    "d"),
                "trace"));
    assertThat(options).isEqualTo(new BenchOptions(0.5, 20, 0, 5, -7, Path.of("d")));
  }

  @Test
  void largeScalesGetABiggerPageCache() {
    assertThat(BenchCommand.options(line(Map.of("scale", "100"), "trace")).pageCache())
        .isEqualTo("2g");
  }

  @Test
  void aScaleThatIsNotAPositiveNumberIsAUsageError() {
    for (String scale : List.of("0", "-1", "x", "NaN", "1e9")) {
      assertThatThrownBy(() -> BenchCommand.options(line(Map.of("scale", scale), "trace")))
          .isInstanceOf(CommandLine.UsageException.class)
          .hasMessageContaining("--scale");
    }
  }

  @Test
  void theBenchmarkMustBeNamed() {
    assertThatThrownBy(() -> BenchCommand.run(line(Map.of())))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessageContaining("name the benchmark")
        .hasMessageContaining("bench trace")
        .hasMessageContaining("bench search");
  }

  @Test
  void anUnknownBenchmarkIsNamedInTheError() {
    assertThatThrownBy(() -> BenchCommand.run(line(Map.of(), "indexing")))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessageContaining("no benchmark 'indexing'")
        .hasMessageContaining("bench search");
    assertThatThrownBy(() -> BenchCommand.run(line(Map.of(), "search", "trace")))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessageContaining("'search trace'");
  }

  @Test
  void theSearchBenchmarkTakesTheSameOptions() {
    assertThatThrownBy(() -> BenchCommand.run(line(Map.of("scale", "big"), "search")))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessageContaining("--scale")
        .hasMessageContaining("'big'");
    assertThatThrownBy(
            () -> BenchCommand.run(line(Map.of("out", "/no/such/dir/search.json"), "search")))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessageContaining("/no/such/dir/search.json");
  }

  @Test
  void anOutputFileInAMissingDirectoryIsRefusedBeforeRunning() {
    assertThatThrownBy(
            () -> BenchCommand.run(line(Map.of("out", "/no/such/dir/bench.json"), "trace")))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessageContaining("/no/such/dir/bench.json");
  }

  @Test
  void theWarmUpRunsAtLeastItsRoundsAndAtLeastItsTime() {
    java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    List<Integer> rounds = new java.util.ArrayList<>();
    BenchOptions byCount = new BenchOptions(1, 1, 7, 0, 42, null);
    assertThat(byCount.warmUp(quiet, "requests", rounds::add)).isEqualTo(7);
    assertThat(rounds).containsExactly(0, 1, 2, 3, 4, 5, 6);

    BenchOptions byTime = new BenchOptions(1, 1, 1, 1, 42, null);
    long started = System.nanoTime();
    int ran = byTime.warmUp(quiet, "requests", i -> sleepMillis(50));
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(1_000_000_000L);
    assertThat(ran).isGreaterThan(1);
  }

  @Test
  void aNegativeWarmUpTimeIsRefused() {
    assertThatThrownBy(() -> new BenchOptions(1, 1, 0, -1, 42, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warmup seconds");
  }

  static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
