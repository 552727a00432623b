package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.cli.CommandRun;
import dev.regintel.app.cli.RegintelCommand;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTests {

  /** The options {@code bench trace ARGS} runs with. */
  static BenchOptions options(String... args) {
    TraceCommand trace = new TraceCommand();
    new CommandLine(trace).parseArgs(args);
    return trace.arguments.options();
  }

  /** {@code args} on the bench jar's command line. */
  static CommandRun run(String... args) {
    return CommandRun.of(RegintelCommand.commandLine(new BenchCommand()), args);
  }

  @Test
  void theBenchTakesTheStandInsPlaceAmongTheCommands() {
    CommandRun run = run("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .containsPattern(
            "(?m)^  bench +run a benchmark \\(trace, search, load, products or start\\) and print its figures$")
        .contains("serve", "load", "crawl");
    assertThat(run("bench", "--help").out())
        .containsPattern("(?m)^  trace +time trace, coverage and raw Cypher")
        .containsPattern("(?m)^  search +time the search index's build")
        .containsPattern("(?m)^  products +write products through the writing layer")
        .containsPattern("(?m)^  start +how long the service takes to start");
  }

  @Test
  void defaultsAreScaleOneAThousandRequestsAndATemporaryDirectory() {
    BenchOptions options = options();
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
    assertThat(
            options(
                "--scale",
                "0.5",
                "--requests",
                "20",
                "--warmup",
                "0",
                "--warmup-seconds=5",
                "--seed",
                "-7",
                "--data",
                "d"))
        .isEqualTo(new BenchOptions(0.5, 20, 0, 5, -7, Path.of("d")));
  }

  @Test
  void largeScalesGetABiggerPageCache() {
    assertThat(options("--scale", "100").pageCache()).isEqualTo("2g");
  }

  @Test
  void aScaleThatIsNotAPositiveNumberIsAUsageError() {
    for (String scale : List.of("0", "-1", "x", "NaN", "1e9")) {
      CommandRun run = run("bench", "trace", "--scale", scale);
      assertThat(run.status()).as(scale).isEqualTo(2);
      assertThat(run.err())
          .contains("--scale")
          .contains("must be a number above 0 and at most 1000, not '" + scale + "'")
          .contains("Usage: regintel bench trace ");
    }
  }

  @Test
  void countsOutsideTheirRangeAreUsageErrors() {
    assertThat(run("bench", "trace", "--requests", "0").err())
        .contains("--requests", "from 1 to 10000000, not '0'");
    assertThat(run("bench", "trace", "--warmup-seconds", "3601").err())
        .contains("--warmup-seconds", "from 0 to 3600, not '3601'");
    assertThat(run("bench", "trace", "--seed", "x").err())
        .contains("--seed", "must be a whole number, not 'x'");
  }

  @Test
  void theBenchmarkMustBeNamed() {
    CommandRun run = run("bench");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("name the benchmark")
        .contains("bench trace")
        .contains("bench search")
        .contains("Usage: regintel bench ");
  }

  @Test
  void anUnknownBenchmarkIsNamedInTheError() {
    CommandRun run = run("bench", "indexing");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'indexing'").contains("Usage: regintel bench ");
  }

  @Test
  void theSearchBenchmarkTakesTheSameOptions() {
    CommandRun run = run("bench", "search", "--scale", "big");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--scale").contains("'big'");
    assertThat(optionLines(run("bench", "search", "--help").out()))
        .isEqualTo(optionLines(run("bench", "trace", "--help").out()))
        .anyMatch(line -> line.contains("--scale=S"));
  }

  /** The option part of a help text: from its heading to the end, line by line. */
  static List<String> optionLines(String help) {
    return help.substring(help.indexOf("Options:")).lines().toList();
  }

  @Test
  void anOutputFileInAMissingDirectoryIsRefusedBeforeRunning() {
    for (String benchmark : List.of("trace", "search")) {
      CommandRun run = run("bench", benchmark, "--out", "/no/such/dir/bench.json");
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("/no/such/dir/bench.json: its directory does not exist");
    }
  }

  @Test
  void helpListsEveryOption() {
    CommandRun run = run("bench", "trace", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: regintel bench trace ")
        .contains(
            "--scale=S",
            "--requests=N",
            "--warmup=N",
            "--warmup-seconds=S",
            "--seed=N",
            "--out=FILE",
            "--data=DIR")
        .contains("(default 1000)", "(default 30)", "(default 42)");
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
