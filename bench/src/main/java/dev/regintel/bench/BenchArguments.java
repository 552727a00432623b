package dev.regintel.bench;

import dev.regintel.app.cli.WholeNumber;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
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

  @Mixin OutputArguments output;

  BenchOptions options() {
    return new BenchOptions(scale, requests, warmup, warmupSeconds, seed, output.data);
  }

  /** See {@link OutputArguments#finish}. */
  int finish(String json, long failed) {
    return output.finish(json, failed);
  }
}
