package dev.regintel.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export, read back with Commons CSV. */
class CoverageCsvTests {

  static List<CSVRecord> records(String text) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void oneLinePerRowOfEveryMarketWithItsFulfilment() throws IOException {
    List<CSVRecord> lines = records(CoverageCsv.text(SampleReports.sample()));
    assertThat(lines)
        .extracting(r -> r.get("Jurisdiction") + " " + r.get("Fulfilment"))
        .containsExactly("GB FULL", "EU PARTIAL", "EU NONE");
  }

  @Test
  void markupQuotesCommasAndLineBreaksComeBackAsTheyWere() throws IOException {
    List<CSVRecord> lines = records(CoverageCsv.text(SampleReports.sample()));
    assertThat(lines.get(1).get("Title")).isEqualTo(SampleReports.HOSTILE_TITLE);
    assertThat(lines.get(2).get("Title"))
        .isEqualTo("Identify and document vulnerabilities,\nincluding an SBOM");
    assertThat(lines.get(0).get("Title (ja)")).isEqualTo("共通の初期パスワードの禁止");
  }

  @Test
  void evidenceIsTheControlsAndTheirPathsAndANoneRowSaysWhy() throws IOException {
    List<CSVRecord> lines = records(CoverageCsv.text(SampleReports.sample()));
    assertThat(lines.get(1).get("Controls")).isEqualTo("ctl:secure-boot");
    assertThat(lines.get(1).get("Paths"))
        .isEqualTo(
            "ctl:secure-boot -SATISFIES-> req:a -SUBSET_OF-> req:eu-2024-2847:annex-i-1-2-b");
    assertThat(lines.get(1).get("Gap")).isEmpty();
    assertThat(lines.get(2).get("Controls")).isEmpty();
    assertThat(lines.get(2).get("Gap")).isEqualTo(SampleReports.GAP);
    assertThat(lines.get(0).get("Why the document applies")).startsWith("Optional route in the UK");
  }

  @Test
  void theFileStartsWithAByteOrderMarkForSpreadsheetPrograms() {
    String written =
        new String(
            SampleReports.written(CoverageFormat.CSV, ReportLanguage.EN), StandardCharsets.UTF_8);
    assertThat(written).startsWith("\uFEFFJurisdiction,Document,");
    assertThat(CoverageFormat.CSV.text(SampleReports.sample(), ReportLanguage.EN))
        .startsWith("Jurisdiction,");
  }
}
