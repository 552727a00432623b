package dev.regintel.app.cli;

import dev.regintel.app.backup.BackupHeader;
import dev.regintel.app.backup.GraphExporter;
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
import picocli.CommandLine.Spec;

/**
 * {@code regintel export}: the whole graph as a backup file (docs/backup.md); its subcommands write
 * a comment sheet ({@link ExportCommentsCommand}) or a device's coverage ({@link
 * ExportCoverageCommand}) instead.
 */
@Command(
    name = "export",
    header = "back the whole graph up to a file",
    subcommands = {ExportCommentsCommand.class, ExportCoverageCommand.class},
    description = {
      "Writes every node and relationship of the graph, with their typed properties, as a JSON"
          + " Lines file (gzip when FILE ends in .gz; format in docs/backup.md). The file appears"
          + " only when complete; an existing FILE is replaced. Stop writers first: a graph that"
          + " changes while it is read is not exported (exit status 1). 'export comments'"
          + " writes a comment sheet for a draft instead, 'export coverage' a device's coverage."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "the backup file to write, e.g. regintel-backup.jsonl.gz (required)")
  Path out;

  @Mixin GraphOptions graph;

  @Override
  public Integer call() {
    // Not required=true: picocli would then ask for it before 'export comments' too.
    if (out == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--out=FILE'");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out: " + out + " is a directory");
    }
    if (parent == null || !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(), "--out: no directory " + parent);
    }
    if (!Files.isWritable(parent)) {
      throw new ParameterException(spec.commandLine(), "--out: cannot write in " + parent);
    }
    List<String> properties = graph.properties();
    // A backup is of the graph as it is: no first seed load before it.
    try (ConfigurableApplicationContext context = AppContexts.withoutWeb(properties)) {
      BackupHeader header = context.getBean(GraphExporter.class).export(out);
      System.out.println(
          "Exported "
              + header.nodeCount()
              + " nodes and "
              + header.relationshipCount()
              + " relationships (graph schema "
              + header.schemaVersion()
              + ") to "
              + out);
      return 0;
    }
  }
}
