package dev.regintel.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.internal.graphql.ApiException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** What an export may ask for, checked before the graph is read. */
class ExportRequestTests {

  @Test
  void marketsAreSplitUpperCasedAndTakenOnce() {
    ExportRequest request = ExportRequest.of("dev:x", " eu, GB,,jp,EU ", "XLSX", "JA");
    assertThat(request.markets()).containsExactly("EU", "GB", "JP");
    assertThat(request.format()).isEqualTo(CoverageFormat.XLSX);
    assertThat(request.lang()).isEqualTo(ReportLanguage.JA);
  }

  @Test
  void withoutMarketsFormatOrLanguageTheDevicesMarketsCsvAndEnglish() {
    ExportRequest request = ExportRequest.of("dev:x", null, null, null);
    assertThat(request.markets()).isEmpty();
    assertThat(request.format()).isEqualTo(CoverageFormat.CSV);
    assertThat(request.lang()).isEqualTo(ReportLanguage.EN);
  }

  @Test
  void aMissingOrOverlongDeviceIdIsBadInput() {
    assertThatThrownBy(() -> ExportRequest.of(" ", null, null, null))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("device");
    assertThatThrownBy(() -> ExportRequest.of("d".repeat(201), null, null, null))
        .hasMessage("device: an id of 1 to 200 characters is needed");
    assertThat(ExportRequest.of("d".repeat(200), null, null, null).deviceId()).hasSize(200);
  }

  @Test
  void moreThanTwentyMarketsOrAnOverlongCodeIsBadInput() {
    String many = String.join(",", Collections.nCopies(21, "X")).replace("X", "A");
    assertThat(ExportRequest.of("dev:x", many, null, null).markets()).containsExactly("A");
    StringBuilder codes = new StringBuilder();
    for (char c = 'A'; c < 'A' + 21; c++) {
      codes.append(c).append('A').append(',');
    }
    assertThatThrownBy(() -> ExportRequest.of("dev:x", codes.toString(), null, null))
        .hasMessage("markets: at most 20 codes, not 21");
    assertThatThrownBy(() -> ExportRequest.of("dev:x", "EUROPEANUNION", null, null))
        .hasMessageContaining("is no market code");
  }

  @Test
  void anUnknownFormatOrLanguageIsBadInputNamingTheChoices() {
    assertThatThrownBy(() -> ExportRequest.of("dev:x", null, "pdf", null))
        .isInstanceOf(ApiException.class)
        .hasMessage("format must be csv, json, xlsx, oscal, html, not 'pdf'");
    assertThatThrownBy(() -> ExportRequest.of("dev:x", null, "csv", "fr"))
        .hasMessage("lang must be en or ja, not 'fr'");
  }

  @Test
  void linksOfferEveryFormatAndTheReportInBothLanguages() {
    var links = CoverageExportLink.all("dev:a b", java.util.List.of("EU", "GB"));
    assertThat(links)
        .extracting(l -> l.format() + (l.lang() == null ? "" : "-" + l.lang()))
        .containsExactly("csv", "json", "xlsx", "oscal", "html-en", "html-ja");
    assertThat(links.getFirst().path())
        .isEqualTo("/exports/coverage?device=dev%3Aa+b&markets=EU%2CGB&format=csv");
    assertThat(links.getLast().path()).endsWith("&format=html&lang=ja");
  }

  @Test
  void onlyWebUrlsAreKeptAsLinks() {
    assertThat(CoverageReports.webUrl("https://eur-lex.europa.eu/eli/reg/2024/2847/oj"))
        .isNotNull();
    assertThat(CoverageReports.webUrl("javascript:alert(1)")).isNull();
    assertThat(CoverageReports.webUrl("")).isNull();
  }
}
