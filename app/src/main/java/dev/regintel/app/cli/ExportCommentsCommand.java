package dev.regintel.app.cli;

import dev.regintel.app.diff.CommentSheet;
import dev.regintel.app.diff.CommentSheetFormat;
import dev.regintel.app.diff.CommentSheets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code regintel export comments}: a comment sheet for a draft (docs/queries.md). */
@Command(
    name = "comments",
    header = "write a comment sheet for a draft",
    description = {
      "Writes one row per clause that is new or changed since the document's previous version"
          + " (NEXT_VERSION, then SUPERSEDES), in the columns of standards bodies' comment forms"
          + " (commenter, line, clause, paragraph/figure/table, type of comment, comment, proposed"
          + " change), with the clause text and our mappings as context. An unknown document id"
          + " fails (exit status 1)."
    })
final class ExportCommentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--document",
      paramLabel = "ID",
      required = true,
      description = "the document's id, e.g. doc:etsi-en-303-645:v3.1.3")
  String document;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "xlsx",
      description = "xlsx (default) or csv")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "the file to write (replaced when it exists); default: the CSV on standard output, or"
              + " comments-<document>.xlsx in the current directory")
  Path out;

  @Mixin GraphOptions graph;

  @Override
  public Integer call() {
    CommentSheetFormat kind = format();
    if (document.isBlank() || document.length() > 200) {
      throw new ParameterException(spec.commandLine(), "--document: an id of 1 to 200 characters");
    }
    Path file = out;
    if (file == null && kind == CommentSheetFormat.XLSX) {
      file = Path.of("comments-" + document.replaceAll("[^A-Za-z0-9.-]+", "-") + ".xlsx");
    }
    if (file != null) {
      OutFiles.check(spec, file);
    }
    Path target = file;
    return OutFiles.toStandardOutput(
        stdout -> {
          try (ConfigurableApplicationContext context =
              AppContexts.withoutWeb(graph.properties())) {
            CommentSheet sheet = context.getBean(CommentSheets.class).sheet(document);
            if (target == null) {
              stdout.print(CommentSheetFormat.csv(sheet));
            } else {
              OutFiles.write(target, stream -> kind.write(sheet, stream));
              stdout.println(
                  "Wrote "
                      + sheet.rows().size()
                      + " rows for "
                      + sheet.documentId()
                      + (sheet.previousId() == null ? "" : " (against " + sheet.previousId() + ")")
                      + " to "
                      + target);
            }
            return 0;
          }
        });
  }

  private CommentSheetFormat format() {
    try {
      return CommentSheetFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--format: xlsx or csv, not '" + format + "'");
    }
  }
}
