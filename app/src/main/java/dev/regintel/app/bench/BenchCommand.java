package dev.regintel.app.bench;

import dev.regintel.app.cli.CommandLine;
import dev.regintel.app.internal.RegintelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code regintel bench trace} and {@code regintel bench search}: runs the benchmark, prints its
 * table, writes its JSON.
 */
public final class BenchCommand {

  /** The benchmarks there are. */
  static final List<String> BENCHMARKS = List.of("trace", "search");

  private BenchCommand() {}

  /** Runs the benchmark the command line asks for; returns 0, or 1 when requests failed. */
  public static int run(CommandLine line) {
    if (line.operands().size() != 1 || !BENCHMARKS.contains(line.operands().getFirst())) {
      throw new CommandLine.UsageException(
          (line.operands().isEmpty()
                  ? "name the benchmark to run"
                  : "there is no benchmark '" + String.join(" ", line.operands()) + "'")
              + "; there are two: 'regintel bench trace' and 'regintel bench search'");
    }
    BenchOptions options = options(line);
    String out = line.options().get("out");
    if (out != null && !Files.isDirectory(Path.of(out).toAbsolutePath().getParent())) {
      // Found out now, not after a run of many minutes.
      throw new CommandLine.UsageException("--out " + out + ": its directory does not exist");
    }
    String json;
    int failed;
    if (line.operands().getFirst().equals("search")) {
      SearchBenchReport report = new SearchBenchmark(options, System.out).run();
      report.print(System.out);
      json = report.toJson();
      failed = report.errors().count();
    } else {
      BenchReport report = new TraceBenchmark(options, System.out).run();
      report.print(System.out);
      json = report.toJson();
      failed = report.errors().count();
    }
    if (out != null) {
      try {
        Files.writeString(Path.of(out), json);
      } catch (IOException e) {
        throw new RegintelException("Cannot write " + out + ": " + e.getMessage(), e);
      }
      System.out.println("Wrote " + out);
    }
    return failed == 0 ? 0 : 1;
  }

  static BenchOptions options(CommandLine line) {
    double scale = BenchOptions.DEFAULT_SCALE;
    String s = line.options().get("scale");
    if (s != null) {
      try {
        scale = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        scale = Double.NaN;
      }
      if (!(scale > 0 && scale <= 1000)) {
        throw new CommandLine.UsageException(
            "--scale must be a number above 0 and at most 1000, not '" + s + "'");
      }
    }
    long seed = BenchOptions.DEFAULT_SEED;
    String given = line.options().get("seed");
    if (given != null) {
      try {
        seed = Long.parseLong(given);
      } catch (NumberFormatException e) {
        throw new CommandLine.UsageException("--seed must be a whole number, not '" + given + "'");
      }
    }
    String data = line.options().get("data");
    return new BenchOptions(
        scale,
        line.intOption("requests", 1, 10_000_000, BenchOptions.DEFAULT_REQUESTS),
        line.intOption("warmup", 0, 10_000_000, BenchOptions.DEFAULT_WARMUP),
        line.intOption("warmup-seconds", 0, 3600, BenchOptions.DEFAULT_WARMUP_SECONDS),
        seed,
        data == null ? null : Path.of(data));
  }
}
