package dev.regintel.bench;

import dev.regintel.app.cli.WholeNumber;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regintel bench start}: runs {@link StartBenchmark}, prints its table, writes its JSON. */
@Command(
    name = "start",
    header = "how long the service takes to start: a first start with the seed load, and a restart",
    description = {
      "Starts the service as 'regintel serve' does (its own JVM, with the launcher's class cache"
          + " when there is one) on a new data directory, which loads the seed data, and times it"
          + " to its first answer, its first trace with hits and its first search with hits; stops"
          + " it and times a restart on the same directory. Prints each start's phases (JVM,"
          + " Neo4j, schema, Spring, seed, search index) as the service logged them."
    })
final class StartCommand implements Callable<Integer> {

  static final class Rounds extends WholeNumber {
    Rounds() {
      super(1, 20);
    }
  }

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "3",
      converter = Rounds.class,
      description = "first starts and restarts to time, each pair on a new directory (default 3)")
  int rounds;

  @Mixin SeedDataArgument seedData;

  @Mixin OutputArguments output;

  @Override
  public Integer call() {
    Path root = output.data == null ? StartBenchmark.temporaryRoot() : output.data;
    try {
      StartReport report =
          new StartReport(
              MachineFacts.current("embedded (see the service's log)", "256m"),
              new StartBenchmark(seedData.dir, System.out).run(rounds, root));
      report.print(System.out);
      return output.finish(report.toJson(), 0);
    } finally {
      if (output.data == null) {
        FileSystemUtils.deleteRecursively(root.toFile());
      }
    }
  }
}
