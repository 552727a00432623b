package dev.regintel.app.cli;

import dev.regintel.app.backup.GraphImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code regintel import}: restores a backup made by {@code export} into an empty graph; its
 * subcommand {@code product} imports a product file instead ({@link ImportProductCommand}). Picocli
 * reads an argument that is a subcommand's name as that subcommand, so a backup file named {@code
 * product} in the current directory is given as {@code ./product}.
 */
@Command(
    name = "import",
    header = "restore the graph from a backup file",
    subcommands = ImportProductCommand.class,
    description = {
      "Restores a backup written by export (docs/backup.md) into an empty graph. The whole file"
          + " is validated first, so a bad file (named with its line) changes nothing. A graph"
          + " that is not empty is refused unless --replace is given. Exit status 1 on a refusal."
          + " 'import product FILE' imports a product file instead (a backup file named 'product'"
          + " is given as ./product)."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  // Optional to picocli, which would otherwise ask for it before 'import product' too.
  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "the backup file (gzip when it ends in .gz)")
  Path file;

  @Option(names = "--replace", description = "delete everything in the graph first")
  boolean replace;

  @Mixin GraphOptions graph;

  @Override
  public Integer call() {
    if (file == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no backup file " + file);
    }
    if (!Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(), "cannot read " + file);
    }
    List<String> properties = graph.properties();
    // A backup is of the graph as it is: no first seed load before it.
    try (ConfigurableApplicationContext context = AppContexts.withoutWeb(properties)) {
      GraphImporter.Restored restored =
          context.getBean(GraphImporter.class).restore(file, replace, System.out);
      System.out.println(
          "Restored "
              + restored.nodes()
              + " nodes and "
              + restored.relationships()
              + " relationships from "
              + file
              + " (graph generation "
              + restored.generation()
              + ")");
      return 0;
    }
  }
}
