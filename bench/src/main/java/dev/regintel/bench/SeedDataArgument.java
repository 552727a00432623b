package dev.regintel.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --seed-data DIR}: the seed files the benchmark's service loads into its new graph. */
final class SeedDataArgument {

  @Option(
      names = "--seed-data",
      paramLabel = "DIR",
      defaultValue = "${env:REGINTEL_SEED_DIR:-seed-data}",
      description = "the seed files the service loads (default ${DEFAULT-VALUE})")
  Path dir;
}
