package dev.regintel.app.cli;

import dev.regintel.app.coverage.CoverageReport;
import dev.regintel.app.coverage.CoverageReports;
import dev.regintel.app.coverage.ExportRequest;
import dev.regintel.app.internal.graphql.ApiException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code regintel export coverage}: a device's coverage as a file (docs/vendors.md). */
@Command(
    name = "coverage",
    header = "write a device's coverage for chosen markets",
    description = {
      "Writes which documents apply to the device in each market and why, and for each of their"
          + " requirements whether the device's controls meet it (FULL, PARTIAL or NONE) with the"
          + " controls and trace paths as evidence: as CSV, JSON, XLSX, an OSCAL 1.1.2"
          + " component-definition or a printable HTML report in English or Japanese. Exit status"
          + " 0 when written, 1 when the graph has no such device or market (or cannot be read),"
          + " 2 for a usage error."
    })
final class ExportCoverageCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--device",
      paramLabel = "ID",
      required = true,
      description = "the device's id, e.g. dev:axis-network-cameras-axis-os")
  String device;

  @Option(
      names = "--markets",
      paramLabel = "LIST",
      description =
          "market codes separated by commas, e.g. EU,GB,US-CA,JP (at most 20); default: the"
              + " device's own markets")
  String markets;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv (default), json, xlsx, oscal or html")
  String format;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "the language of the html report: en (default) or ja")
  String lang;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "the file to write (replaced when it exists; it appears only when complete); default:"
              + " standard output, which xlsx cannot use")
  Path out;

  @Mixin GraphOptions graph;

  @Override
  public Integer call() {
    ExportRequest request;
    try {
      request = ExportRequest.of(device, markets, format, lang);
    } catch (ApiException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (out == null && !request.format().text()) {
      throw new ParameterException(
          spec.commandLine(), "--format " + request.format().key() + " needs --out FILE");
    }
    if (out != null) {
      OutFiles.check(spec, out);
    }
    return OutFiles.toStandardOutput(
        stdout -> {
          try (ConfigurableApplicationContext context =
              AppContexts.withoutWeb(graph.properties())) {
            CoverageReport report = context.getBean(CoverageReports.class).report(request);
            if (out == null) {
              stdout.print(request.format().text(report, request.lang()));
            } else {
              OutFiles.write(out, stream -> request.format().write(report, request.lang(), stream));
              int rows = report.jurisdictions().stream().mapToInt(m -> m.rows().size()).sum();
              stdout.println(
                  "Wrote "
                      + rows
                      + " rows for "
                      + report.device().id()
                      + " in "
                      + report.jurisdictions().size()
                      + " markets to "
                      + out);
            }
            return 0;
          }
        });
  }
}
