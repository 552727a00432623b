package dev.regintel.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Whether and from where a graph that was never seeded gets the curated seed data first. */
final class SeedOptions {

  @Option(
      names = "--seed",
      paramLabel = "DIR",
      description =
          "seed-data directory (default ./seed-data) loaded into a graph that was never seeded")
  Path seed;

  @Option(names = "--no-seed", description = "do not load seed data, even into an empty graph")
  boolean noSeed;

  /**
   * The app's settings for these options, as command-line properties: the seed directory when one
   * is given, and always whether to seed (a command without these options does not).
   */
  List<String> properties() {
    List<String> properties = new ArrayList<>();
    if (seed != null) {
      properties.add("--regintel.seed.dir=" + seed);
    }
    properties.add("--regintel.seed.autoload=" + !noSeed);
    return properties;
  }
}
