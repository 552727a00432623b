package dev.regintel.app.bench;

import dev.regintel.app.cli.CommandLine;
import dev.regintel.app.internal.RegintelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code regintel bench trace}: runs the benchmark, prints its table, writes its JSON. */
public final class BenchCommand {

  private BenchCommand() {}

  /** Runs the benchmark the command line asks for; returns 0, or 1 when requests failed. */
  public static int run(CommandLine line) {
    if (line.operands().size() != 1 || !line.operands().getFirst().equals("trace")) {
      throw new CommandLine.UsageException(
          "name the benchmark to run; there is one: 'regintel bench trace'");
    }
    BenchOptions options = options(line);
    String out = line.options().get("out");
    if (out != null && !Files.isDirectory(Path.of(out).toAbsolutePath().getParent())) {
      // Found out now, not after a run of many minutes.
      throw new CommandLine.UsageException("--out " + out + ": its directory does not exist");
    }
    BenchReport report = new TraceBenchmark(options, System.out).run();
    report.print(System.out);
    if (out != null) {
      try {
        Files.writeString(Path.of(out), report.toJson());
      } catch (IOException e) {
        throw new RegintelException("Cannot write " + out + ": " + e.getMessage(), e);
      }
      System.out.println("Wrote " + out);
    }
    return report.errors().count() == 0 ? 0 : 1;
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
        seed,
        data == null ? null : Path.of(data));
  }
}
