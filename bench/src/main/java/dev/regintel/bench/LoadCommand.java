package dev.regintel.bench;

import dev.regintel.app.cli.WholeNumber;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regintel bench load}: runs {@link LoadBenchmark}, prints its table, writes its JSON. */
@Command(
    name = "load",
    header = "many clients at once: throughput, latencies and errors per kind of request",
    description = {
      "Starts the service in a JVM of its own on a new data directory with the seed data, then"
          + " lets many clients send a mix of trace, search, document and coverage requests over"
          + " HTTP at once for a fixed time, while a health check runs once a second. Prints"
          + " requests per second, p50, p95 and p99 per kind of request, the errors, and the"
          + " health checks."
    })
final class LoadCommand implements Callable<Integer> {

  static final class Clients extends WholeNumber {
    Clients() {
      super(1, 1000);
    }
  }

  static final class Seconds extends WholeNumber {
    Seconds() {
      super(1, 3600);
    }
  }

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "50",
      converter = Clients.class,
      description = "clients sending requests at once (default ${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "60",
      converter = Seconds.class,
      description = "how long to measure (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(
      names = "--warmup-seconds",
      paramLabel = "S",
      defaultValue = "15",
      converter = BenchArguments.WarmupSeconds.class,
      description = "warm up with all clients for S seconds first (default ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Mixin SeedDataArgument seedData;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = BenchOptions.DEFAULT_SEED + "",
      converter = BenchArguments.Seed.class,
      description = "seed of the clients' choice of requests (default ${DEFAULT-VALUE})")
  long seed;

  @Mixin OutputArguments output;

  @Override
  public Integer call() {
    LoadReport report =
        new LoadBenchmark(
                new LoadBenchmark.LoadOptions(
                    clients, seconds, warmupSeconds, seedData.dir, seed, output.data),
                System.out)
            .run();
    report.print(System.out);
    return output.finish(report.toJson(), report.errors() + report.health().failures());
  }
}
