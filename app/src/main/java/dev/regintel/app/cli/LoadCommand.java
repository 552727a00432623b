package dev.regintel.app.cli;

import dev.regintel.app.ingest.LoadReport;
import dev.regintel.app.ingest.SeedLoader;
import dev.regintel.app.internal.config.RegintelProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code regintel load}: validates seed files and loads the valid ones. */
@Command(
    name = "load",
    header = "validate and load seed-data files",
    description = {
      "Validates seed files and loads the valid ones into the graph, a few large transactions"
          + " (a file the graph refuses any record of is left out whole)."
          + " Loading the same files again changes nothing. A file with any problem is not"
          + " written; problems are listed with the file, the place in it and what is wrong, and"
          + " the exit status is 1."
    })
final class LoadCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "seed files or directories (default: the seed-data directory)")
  List<Path> paths = List.of();

  @Override
  public Integer call() {
    List<String> properties = graph.properties();
    try (ConfigurableApplicationContext context = AppContexts.withoutWeb(properties)) {
      List<Path> load =
          paths.isEmpty()
              ? List.of(context.getBean(RegintelProperties.class).seed().path())
              : paths;
      System.out.println(
          "Loading " + load.stream().map(Path::toString).collect(Collectors.joining(", ")));
      LoadReport report =
          context.getBean(SeedLoader.class).load(load, written -> written.print(System.out));
      report.printSummary(System.out);
      return report.ok() ? 0 : 1;
    }
  }
}
