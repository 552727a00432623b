package dev.regintel.app.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A coverage report as CSV (RFC 4180, Commons CSV): one line per row of every market, so a market's
 * lines are its rows in count and fulfilment; the document's reason for applying stands on each of
 * its lines, since CSV has nowhere else to put it.
 */
final class CoverageCsv {

  /** The column headings, in order. */
  static final List<String> HEADINGS =
      List.of(
          "Jurisdiction",
          "Document",
          "Document code",
          "Requirement",
          "Ref",
          "Title",
          "Title (ja)",
          "Obligation",
          "Fulfilment",
          "Controls",
          "Paths",
          "Why the document applies",
          "Gap",
          "Duty",
          "Scope");

  private CoverageCsv() {}

  /** Writes UTF-8 with a byte-order mark, so spreadsheet programs read Japanese right. */
  static void write(CoverageReport report, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    writer.write(text(report));
    writer.flush();
  }

  /** The report as CSV text, headings first, without a byte-order mark. */
  static String text(CoverageReport report) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(HEADINGS.toArray(String[]::new)).get())) {
      for (CoverageReport.Market market : report.jurisdictions()) {
        for (CoverageReport.Row row : market.allRows()) {
          printer.printRecord(cells(market, row));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The cells of one row, in the order of {@link #HEADINGS}, empty where there is nothing (the
   * spreadsheet writes the same).
   */
  static List<String> cells(CoverageReport.Market market, CoverageReport.Row row) {
    CoverageReport.Applicable doc = market.document(row.documentId());
    return java.util.stream.Stream.of(
            market.code(),
            row.documentId(),
            doc == null ? null : doc.code(),
            row.requirementId(),
            row.ref(),
            row.title(),
            row.titleJa(),
            row.obligation(),
            row.fulfilment(),
            EvidenceText.controls(row),
            EvidenceText.paths(row),
            doc == null ? null : doc.reason(),
            row.gap(),
            row.duty(),
            row.scope())
        .map(v -> v == null ? "" : v)
        .toList();
  }
}
