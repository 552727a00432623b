package dev.regintel.app.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A coverage report as XLSX (fastexcel): a "Summary" sheet (the device, then FULL / PARTIAL / NONE
 * counts per market), a "Documents" sheet (what applies where, and why) and a "Requirements" sheet
 * with the CSV's columns, a line per row. Headings are bold and frozen on every sheet.
 */
final class CoverageXlsx {

  private CoverageXlsx() {}

  static void write(CoverageReport report, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "regintel", "1.0");
    summary(workbook.newWorksheet("Summary"), report);
    documents(workbook.newWorksheet("Documents"), report);
    requirements(workbook.newWorksheet("Requirements"), report);
    workbook.finish();
  }

  private static void summary(Worksheet sheet, CoverageReport report) {
    headings(
        sheet,
        List.of(
            "Jurisdiction",
            "Name",
            "Name (ja)",
            "FULL",
            "PARTIAL",
            "NONE",
            "Organisation FULL",
            "Organisation PARTIAL",
            "Organisation NONE"),
        18);
    int r = 1;
    for (CoverageReport.Market m : report.jurisdictions()) {
      sheet.value(r, 0, m.code());
      text(sheet, r, 1, m.name());
      text(sheet, r, 2, m.nameJa());
      sheet.value(r, 3, m.full());
      sheet.value(r, 4, m.partial());
      sheet.value(r, 5, m.none());
      sheet.value(r, 6, m.organisationFull());
      sheet.value(r, 7, m.organisationPartial());
      sheet.value(r, 8, m.organisationNone());
      r++;
    }
    // The device and the day below the table, so the table's first line stays its headings.
    r++;
    List<String[]> about =
        List.of(
            new String[] {"Device", report.device().id()},
            new String[] {"Device name", report.device().name()},
            new String[] {"Device name (ja)", report.device().nameJa()},
            new String[] {"Category", report.device().category()},
            new String[] {"As of", report.asOf().toString()},
            new String[] {"Generated", CoverageReports.TIMESTAMP.format(report.generated())});
    for (String[] line : about) {
      sheet.value(r, 0, line[0]);
      sheet.style(r, 0).bold().set();
      text(sheet, r, 1, line[1]);
      r++;
    }
  }

  private static void documents(Worksheet sheet, CoverageReport report) {
    headings(
        sheet,
        List.of(
            "Jurisdiction",
            "Document",
            "Code",
            "Title",
            "Title (ja)",
            "Why it applies",
            "URL",
            "Scope",
            "In force",
            "Routes to conformity"),
        24);
    sheet.width(5, 80);
    int r = 1;
    for (CoverageReport.Market m : report.jurisdictions()) {
      for (CoverageReport.Applicable a : m.applicable()) {
        List<String> cells =
            List.of(
                m.code(),
                a.documentId(),
                nz(a.code()),
                nz(a.title()),
                nz(a.titleJa()),
                nz(a.reason()),
                nz(a.url()),
                nz(a.scope()),
                a.inForce() ? "yes" : "not yet",
                EvidenceText.routes(a));
        line(sheet, r++, cells);
      }
    }
  }

  private static void requirements(Worksheet sheet, CoverageReport report) {
    headings(sheet, CoverageCsv.HEADINGS, 16);
    for (int c : new int[] {5, 6, 10, 11, 12}) {
      sheet.width(c, 50);
    }
    int r = 1;
    for (CoverageReport.Market m : report.jurisdictions()) {
      for (CoverageReport.Row row : m.allRows()) {
        line(sheet, r++, CoverageCsv.cells(m, row));
      }
    }
  }

  private static void headings(Worksheet sheet, List<String> headings, int width) {
    for (int c = 0; c < headings.size(); c++) {
      sheet.value(0, c, headings.get(c));
      sheet.style(0, c).bold().set();
      sheet.width(c, width);
    }
    sheet.freezePane(0, 1);
  }

  private static void line(Worksheet sheet, int r, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      text(sheet, r, c, cells.get(c));
      sheet.style(r, c).wrapText(true).set();
    }
  }

  private static void text(Worksheet sheet, int r, int c, String value) {
    if (value != null && !value.isEmpty()) {
      sheet.value(r, c, value);
    }
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
