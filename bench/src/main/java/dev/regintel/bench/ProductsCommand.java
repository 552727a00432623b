package dev.regintel.bench;

import dev.regintel.app.cli.WholeNumber;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code regintel bench products}: runs {@link ProductsBenchmark}, prints its tables. */
@Command(
    name = "products",
    header = "write products through the writing layer, SDN repositories and SDN's Neo4jClient",
    description = {
      "Starts the app on a new embedded Neo4j and writes the same synthetic product set (suppliers,"
          + " devices with their controls and markets, controls with their claims) in three ways,"
          + " side by side, round after round: through the app's writing layer (GraphWriter,"
          + " Writes(MANUAL)); through Spring Data Neo4j repositories (saveAll of @Node entities"
          + " with the same properties and provenance); and through the writing layer with SDN's"
          + " Neo4jClient in place of the driver. Then updates every device (one field changed)"
          + " each way. Checks that every way wrote exactly the set, and prints seconds,"
          + " throughput, batch latencies (p50, p99) and the statements and transactions sent."
    })
final class ProductsCommand implements Callable<Integer> {

  static final class Count extends WholeNumber {
    Count() {
      super(1, 1_000_000);
    }
  }

  static final class Claims extends WholeNumber {
    Claims() {
      super(0, 100);
    }
  }

  static final class Rounds extends WholeNumber {
    Rounds() {
      super(0, 1000);
    }
  }

  @Option(
      names = "--suppliers",
      paramLabel = "S",
      defaultValue = "50",
      converter = Count.class,
      description = "suppliers (default ${DEFAULT-VALUE})")
  int suppliers;

  @Option(
      names = "--devices",
      paramLabel = "D",
      defaultValue = "1000",
      converter = Count.class,
      description = "devices (default ${DEFAULT-VALUE})")
  int devices;

  @Option(
      names = "--controls",
      paramLabel = "C",
      defaultValue = "500",
      converter = Count.class,
      description = "controls in the pool the devices share (default ${DEFAULT-VALUE})")
  int controls;

  @Option(
      names = "--controls-per-device",
      paramLabel = "N",
      defaultValue = "20",
      converter = Count.class,
      description = "controls a device implements, on average (default ${DEFAULT-VALUE})")
  int controlsPerDevice;

  @Option(
      names = "--claims",
      paramLabel = "K",
      defaultValue = "3",
      converter = Claims.class,
      description = "claims (SATISFIES) per control (default ${DEFAULT-VALUE})")
  int claims;

  @Option(
      names = "--requirements",
      paramLabel = "R",
      defaultValue = "2000",
      converter = Count.class,
      description = "requirements the claims choose from (default ${DEFAULT-VALUE})")
  int requirements;

  @Option(
      names = "--batch",
      paramLabel = "B",
      defaultValue = "100",
      converter = Count.class,
      description = "records per batch, one transaction each (default ${DEFAULT-VALUE})")
  int batch;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "3",
      converter = Count.class,
      description = "measured rounds of each way (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(
      names = "--warmup-rounds",
      paramLabel = "N",
      defaultValue = "1",
      converter = Rounds.class,
      description = "rounds of each way before measuring (default ${DEFAULT-VALUE})")
  int warmupRounds;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = BenchOptions.DEFAULT_SEED + "",
      converter = BenchArguments.Seed.class,
      description = "seed of the product set (default ${DEFAULT-VALUE})")
  long seed;

  @Mixin OutputArguments output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ProductSet.Sizes sizes;
    try {
      sizes =
          new ProductSet.Sizes(
              suppliers, devices, controls, claims, controlsPerDevice, requirements);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ProductsReport report =
        new ProductsBenchmark(
                new ProductsBenchmark.Options(
                    sizes, batch, rounds, warmupRounds, seed, output.data),
                System.out)
            .run();
    report.print(System.out);
    return output.finish(report.toJson(), 0);
  }
}
