package dev.regintel.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The XLSX export, read back with fastexcel-reader. */
class CoverageXlsxTests {

  static List<List<Row>> sheets() throws IOException {
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(
                SampleReports.written(CoverageFormat.XLSX, ReportLanguage.EN)))) {
      return workbook.getSheets().map(CoverageXlsxTests::rows).toList();
    }
  }

  static List<Row> rows(Sheet sheet) {
    try {
      return sheet.read();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSummaryADocumentsAndARequirementsSheet() throws IOException {
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(
                SampleReports.written(CoverageFormat.XLSX, ReportLanguage.EN)))) {
      assertThat(workbook.getSheets().map(Sheet::getName))
          .containsExactly("Summary", "Documents", "Requirements");
    }
  }

  @Test
  void theSummaryCountsEachMarketsFulfilment() throws IOException {
    List<Row> summary = sheets().get(0);
    assertThat(summary.get(0).getCellText(3)).isEqualTo("FULL");
    assertThat(summary.get(2).getCellText(0)).isEqualTo("EU");
    assertThat(summary.get(2).getCellText(4)).isEqualTo("1");
    assertThat(summary.get(2).getCellText(5)).isEqualTo("0");
    assertThat(summary.get(0).getCellText(8)).isEqualTo("Organisation NONE");
    assertThat(summary.get(2).getCellText(8)).isEqualTo("1");
  }

  @Test
  void theRequirementsSheetHasTheCsvColumnsAndALinePerRow() throws IOException {
    List<Row> requirements = sheets().get(2);
    assertThat(requirements.get(0).getCellText(8)).isEqualTo("Fulfilment");
    assertThat(requirements).hasSize(1 + 3);
    assertThat(requirements.subList(1, 4))
        .extracting(r -> r.getCellText(8))
        .containsExactly("FULL", "PARTIAL", "NONE");
    assertThat(requirements.get(2).getCellText(5)).isEqualTo(SampleReports.HOSTILE_TITLE);
  }

  @Test
  void theDocumentsSheetSaysWhyEachApplies() throws IOException {
    List<Row> documents = sheets().get(1);
    assertThat(documents.get(2).getCellText(1)).isEqualTo("doc:eu-2024-2847");
    assertThat(documents.get(2).getCellText(5)).contains("must</b> meet Annex I");
  }
}
