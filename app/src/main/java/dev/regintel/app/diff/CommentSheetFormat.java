package dev.regintel.app.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The file formats of a comment sheet: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read Japanese right; Commons CSV) and XLSX (fastexcel: a "Comments" sheet with the
 * headings frozen, a drop-down of comment types, and an "About" sheet naming the versions).
 */
public enum CommentSheetFormat {
  CSV("text/csv", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  /** The comment types standards bodies' forms offer. */
  public static final String TYPES = "general,technical,editorial";

  private final String mediaType;
  private final String extension;

  CommentSheetFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Writes the sheet to {@code out}, which it leaves open. */
  public void write(CommentSheet sheet, OutputStream out) {
    try {
      if (this == CSV) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(csv(sheet));
        writer.flush();
      } else {
        xlsx(sheet, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sheet as CSV text, headings first. */
  public static String csv(CommentSheet sheet) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setHeader(CommentRow.HEADINGS.toArray(String[]::new))
                .get())) {
      for (CommentRow row : sheet.rows()) {
        printer.printRecord(row.cells());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void xlsx(CommentSheet sheet, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "regintel", "1.0");
    Worksheet comments = workbook.newWorksheet("Comments");
    for (int c = 0; c < CommentRow.HEADINGS.size(); c++) {
      comments.value(0, c, CommentRow.HEADINGS.get(c));
      comments.style(0, c).bold().wrapText(true).set();
      comments.width(c, c >= 9 ? 60 : 16);
    }
    int r = 1;
    for (CommentRow row : sheet.rows()) {
      var cells = row.cells();
      for (int c = 0; c < cells.size(); c++) {
        if (!cells.get(c).isEmpty()) {
          comments.value(r, c, cells.get(c));
        }
        comments.style(r, c).wrapText(true).set();
      }
      r++;
    }
    comments.freezePane(0, 1);
    if (!sheet.rows().isEmpty()) {
      comments
          .range(1, 4, sheet.rows().size(), 4)
          .validateWithListByFormula("\"" + TYPES + "\"")
          .allowBlank(true)
          .showDropdown(true);
    }
    Worksheet about = workbook.newWorksheet("About");
    about.value(0, 0, "Document");
    about.value(0, 1, sheet.documentId());
    about.value(1, 0, "Compared with");
    about.value(
        1,
        1,
        sheet.previousId() == null ? "(no earlier version with provisions)" : sheet.previousId());
    about.value(2, 0, "Rows");
    about.value(2, 1, "One per clause new or changed since the version compared with.");
    workbook.finish();
  }
}
