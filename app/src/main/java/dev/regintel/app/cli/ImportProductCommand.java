package dev.regintel.app.cli;

import dev.regintel.app.productimport.ProductFileFormat;
import dev.regintel.app.productimport.ProductImportReport;
import dev.regintel.app.productimport.ProductImports;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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

/** {@code regintel import product FILE}: a product file into the graph (docs/vendors.md). */
@Command(
    name = "product",
    header = "import a product file: OSCAL component definition or product sheet",
    description = {
      "Imports an OSCAL component definition (JSON or XML) or a product sheet (CSV or YAML):"
          + " suppliers, devices, controls and the requirements they claim to fulfil"
          + " (docs/vendors.md). Every reference is resolved first; the file is written in one"
          + " transaction, or not at all, with every problem listed and exit status 1. Importing"
          + " the same file again changes nothing."
    })
final class ImportProductCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the product file")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "oscal-json, oscal-xml, csv or yaml (default: from the file's extension: .json, .xml,"
              + " .csv, .yaml or .yml)")
  String format;

  @Option(names = "--dry-run", description = "check the file and say what would be written")
  boolean dryRun;

  @Mixin GraphOptions graph;

  @Override
  public Integer call() {
    ProductFileFormat kind = format();
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no product file " + file);
    }
    if (!Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(), "cannot read " + file);
    }
    try (ConfigurableApplicationContext context = AppContexts.withoutWeb(graph.properties())) {
      return run(context.getBean(ProductImports.class), file, kind, dryRun, System.out);
    }
  }

  /** Imports {@code file} and tells {@code out} what happened; 0 when accepted, 1 when refused. */
  static int run(
      ProductImports imports,
      Path file,
      ProductFileFormat format,
      boolean dryRun,
      PrintStream out) {
    byte[] bytes;
    try {
      // The size first, so that a huge file is refused before it is read into memory.
      imports.limits().checkFileSize(Files.size(file));
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    ProductImportReport report =
        imports.importFile(bytes, format, file.getFileName().toString(), dryRun);
    print(report, out);
    return report.accepted() ? 0 : 1;
  }

  static void print(ProductImportReport report, PrintStream out) {
    String file =
        report.fileName()
            + " ("
            + report.format().cliName()
            + ", '"
            + report.title()
            + "', SHA-256 "
            + report.sha256().substring(0, 16)
            + "...)";
    if (!report.accepted()) {
      out.println(
          "Refused "
              + file
              + ": nothing was written. "
              + count(report.problems().size(), "problem")
              + ":");
      report.problems().forEach(p -> out.println("  " + p));
    } else {
      out.println(
          (report.dryRun() ? "Would import " : "Imported ")
              + file
              + ": "
              + count(report.suppliers().size(), "supplier")
              + ", "
              + count(report.devices().size(), "device")
              + ", "
              + count(report.controls().size(), "control")
              + ", "
              + count(report.claims(), "claim")
              + ".");
      list("supplier", report.suppliers(), out);
      list("device", report.devices(), out);
      list("control", report.controls(), out);
      if (report.written()) {
        out.println(
            "Created "
                + count((int) report.nodesCreated(), "node")
                + " and "
                + count((int) report.relationshipsCreated(), "relationship")
                + ".");
      }
    }
    if (!report.notices().isEmpty()) {
      out.println("Notices:");
      report.notices().forEach(n -> out.println("  " + n));
    }
  }

  private static void list(String kind, List<String> ids, PrintStream out) {
    ids.forEach(id -> out.println("  " + kind + " " + id));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private ProductFileFormat format() {
    if (format != null) {
      return ProductFileFormat.ofCliName(format)
          .orElseThrow(
              () ->
                  new ParameterException(
                      spec.commandLine(),
                      "--format: " + ProductFileFormat.cliNames() + ", not '" + format + "'"));
    }
    return ProductFileFormat.ofFileName(file.getFileName().toString())
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "cannot tell the format of "
                        + file.getFileName()
                        + " from its extension: give --format "
                        + ProductFileFormat.cliNames()));
  }
}
