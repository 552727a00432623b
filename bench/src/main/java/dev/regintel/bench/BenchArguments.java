package dev.regintel.bench;

import dev.regintel.app.cli.WholeNumber;
import dev.regintel.app.internal.RegintelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every benchmark takes, checked as they are read: {@link #options()} makes them the
 * run's {@link BenchOptions}, {@link #finish} writes the JSON of {@code --out}.
 */
final class BenchArguments {

  /** A scale the synthetic graph can be generated at. */
  static final class Scale implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double scale;
      try {
        scale = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        scale = Double.NaN;
      }
      if (!(scale > 0 && scale <= 1000)) {
        throw new TypeConversionException(
            "must be a number above 0 and at most 1000, not '" + value + "'");
      }
      return scale;
    }
  }

  /** A seed: any whole number. */
  static final class Seed implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("must be a whole number, not '" + value + "'");
      }
    }
  }

  /**
   * A file to write, in a directory that exists: found out now, not after a run of many minutes.
   */
  static final class OutputFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path file = Path.of(value);
      if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
        throw new TypeConversionException(value + ": its directory does not exist");
      }
      return file;
    }
  }

  static final class Requests extends WholeNumber {
    Requests() {
      super(1, 10_000_000);
    }
  }

  static final class Warmup extends WholeNumber {
    Warmup() {
      super(0, 10_000_000);
    }
  }

  static final class WarmupSeconds extends WholeNumber {
    WarmupSeconds() {
      super(0, 3600);
    }
  }

  @Option(
      names = "--scale",
      paramLabel = "S",
      defaultValue = BenchOptions.DEFAULT_SCALE + "",
      converter = Scale.class,
      description =
          "graph size: 1 is about the shipped corpus (500 requirements), 100 about 200k"
              + " requirements and 1M mappings (default ${DEFAULT-VALUE})")
  double scale;

  @Option(
      names = "--requests",
      paramLabel = "N",
      defaultValue = BenchOptions.DEFAULT_REQUESTS + "",
      converter = Requests.class,
      description = "timed requests per series (default ${DEFAULT-VALUE})")
  int requests;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = BenchOptions.DEFAULT_WARMUP + "",
      converter = Warmup.class,
      description =
          "untimed requests per series before timing, at least (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(
      names = "--warmup-seconds",
      paramLabel = "S",
      defaultValue = BenchOptions.DEFAULT_WARMUP_SECONDS + "",
      converter = WarmupSeconds.class,
      description =
          "warm up for at least S seconds, so that the JIT has compiled the request path"
              + " (default ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = BenchOptions.DEFAULT_SEED + "",
      converter = Seed.class,
      description = "seed of the graph and of the choice of requests (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      converter = OutputFile.class,
      description = "also write the results as JSON to FILE")
  Path out;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "data directory of the embedded Neo4j; must hold no graph (default: a new temporary"
              + " directory, deleted afterwards)")
  Path data;

  BenchOptions options() {
    return new BenchOptions(scale, requests, warmup, warmupSeconds, seed, data);
  }

  /**
   * Writes {@code json} to the {@code --out} file, if one was named; returns the exit status: 0, or
   * 1 when requests failed.
   */
  int finish(String json, int failed) {
    if (out != null) {
      try {
        Files.writeString(out, json);
      } catch (IOException e) {
        throw new RegintelException("Cannot write " + out + ": " + e.getMessage(), e);
      }
      System.out.println("Wrote " + out);
    }
    return failed == 0 ? 0 : 1;
  }
}
