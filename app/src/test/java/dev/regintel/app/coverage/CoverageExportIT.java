package dev.regintel.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.trace.CoverageService;
import dev.regintel.app.trace.DeviceCoverageView;
import dev.regintel.app.trace.JurisdictionCoverageView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage exports of the seeded Axis cameras for EU, GB and JP over HTTP: each format says what
 * {@link CoverageService} says, the OSCAL is valid, bad input is refused with its reason, and
 * {@code DeviceCoverage.exports} links to downloads that work.
 */
class CoverageExportIT extends AbstractAppIT {

  static final String AXIS = "dev:axis-network-cameras-axis-os";
  static final List<String> MARKETS = List.of("EU", "GB", "JP");
  static final String EXPORT =
      "/exports/coverage?device=" + AXIS + "&markets=" + String.join(",", MARKETS);
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired CoverageService coverage;

  HttpResponse<byte[]> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  HttpResponse<byte[]> ok(String path, String mediaType) {
    HttpResponse<byte[]> response = get(path);
    assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t.replace(" ", "")).startsWithIgnoringCase(mediaType));
    return response;
  }

  /** The coverage answer's markets, in the order asked for (the order of every export). */
  List<JurisdictionCoverageView> expected() {
    DeviceCoverageView view = coverage.coverage(AXIS, MARKETS, LocalDate.now());
    return view.jurisdictions().stream()
        .sorted(Comparator.comparingInt(j -> MARKETS.indexOf(j.jurisdiction().code())))
        .toList();
  }

  /** The device's own rows (not the organisation's), as "market fulfilment requirement". */
  List<String> expectedDeviceRows() {
    List<String> rows = new ArrayList<>();
    for (JurisdictionCoverageView j : expected()) {
      j.rows()
          .forEach(
              r ->
                  rows.add(
                      j.jurisdiction().code() + " " + r.fulfilment() + " " + r.requirement().id()));
    }
    return rows;
  }

  /** Every row of the coverage answer, the device's then the organisation's, as above. */
  List<String> expectedRows() {
    List<String> rows = new ArrayList<>();
    for (JurisdictionCoverageView j : expected()) {
      java.util.stream.Stream.concat(j.rows().stream(), j.organisationRows().stream())
          .forEach(
              r ->
                  rows.add(
                      j.jurisdiction().code() + " " + r.fulfilment() + " " + r.requirement().id()));
    }
    return rows;
  }

  @Test
  void csvLinesAreTheCoverageRowsInCountOrderAndFulfilment() throws IOException {
    HttpResponse<byte[]> response = ok(EXPORT + "&format=csv", "text/csv");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .startsWith("attachment")
                    .contains("coverage-dev-axis-network-cameras-axis-os-EU-GB-JP.csv"));
    List<CSVRecord> lines =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text(response).substring(1)))
            .getRecords();
    List<String> expected = expectedRows();
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(lines)
        .extracting(
            l -> l.get("Jurisdiction") + " " + l.get("Fulfilment") + " " + l.get("Requirement"))
        .containsExactlyElementsOf(expected);
    assertThat(lines)
        .filteredOn(l -> !l.get("Fulfilment").equals("NONE"))
        .allSatisfy(l -> assertThat(l.get("Paths")).contains(" -SATISFIES-> "));
    assertThat(lines)
        .filteredOn(l -> l.get("Fulfilment").equals("NONE"))
        .allSatisfy(l -> assertThat(l.get("Gap")).isNotBlank());
  }

  @Test
  void everyPathStartsAtItsControlAndEndsAtItsRequirement() {
    JsonNode report = JSON.readTree(ok(EXPORT + "&format=json", "application/json").body());
    assertThat(report.get("schema").asString()).isEqualTo("regintel.coverage/1");
    int evidence = 0;
    for (JsonNode market : report.get("jurisdictions")) {
      for (JsonNode row : market.get("rows")) {
        for (JsonNode e : row.get("evidence")) {
          JsonNode path = e.get("path");
          assertThat(path.get(0).get("from").asString()).isEqualTo(e.get("controlId").asString());
          assertThat(path.get(0).get("kind").asString()).isEqualTo("SATISFIES");
          assertThat(path.get(path.size() - 1).get("to").asString())
              .isEqualTo(row.get("requirementId").asString());
          evidence++;
        }
      }
    }
    assertThat(evidence).isPositive();
  }

  @Test
  void xlsxReadsBackWithALinePerRowAndTheSummaryCounts() throws IOException {
    HttpResponse<byte[]> response =
        ok(
            EXPORT + "&format=xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    List<JurisdictionCoverageView> markets = expected();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().toList();
      List<Row> summary = sheets.get(0).read();
      for (int i = 0; i < markets.size(); i++) {
        JurisdictionCoverageView j = markets.get(i);
        Row line = summary.get(i + 1);
        assertThat(line.getCellText(0)).isEqualTo(j.jurisdiction().code());
        assertThat(List.of(line.getCellText(3), line.getCellText(4), line.getCellText(5)))
            .containsExactly("" + j.full(), "" + j.partial(), "" + j.none());
      }
      List<Row> requirements = sheets.get(2).read();
      assertThat(requirements).hasSize(expectedRows().size() + 1);
    }
  }

  @Test
  void oscalIsAValidComponentDefinitionImplementingTheFullAndPartialRows() {
    String oscal = text(ok(EXPORT + "&format=oscal", "application/json"));
    assertThat(OscalSchema.errors(oscal)).isEmpty();
    Set<String> met = new LinkedHashSet<>();
    expectedDeviceRows().stream()
        .filter(r -> !r.contains(" NONE "))
        .forEach(r -> met.add(r.substring(r.lastIndexOf(' ') + 1)));
    List<String> implemented = OscalSchema.implementedProps(oscal, "requirement-id");
    assertThat(met).isNotEmpty();
    assertThat(implemented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(met);
  }

  @Test
  void htmlShowsEveryStatePresentWithItsTitlesEscapedAndInJapaneseOnRequest() {
    HttpResponse<byte[]> response = ok(EXPORT + "&format=html", "text/html");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
    // Its inline style sheet may apply; nothing else may load or run.
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .containsExactly(CoverageExportController.REPORT_POLICY);
    String html = text(response);
    Document page = Jsoup.parse(html);
    List<String> rows = expectedRows();
    assertThat(page.select("table.rows tbody tr")).hasSize(rows.size());
    for (String state : List.of("FULL", "PARTIAL", "NONE")) {
      boolean present = rows.stream().anyMatch(r -> r.contains(" " + state + " "));
      assertThat(page.select("tr." + state.toLowerCase()).isEmpty()).isEqualTo(!present);
    }
    assertThat(rows).anyMatch(r -> r.contains(" NONE "));
    // What a reader sees is the graph's text; any markup character in it was escaped.
    assertThat(page.select("table.rows code").eachText())
        .containsAll(rows.stream().map(r -> r.substring(r.lastIndexOf(' ') + 1)).toList());
    assertThat(html).doesNotContain("<script");

    String ja = text(ok(EXPORT + "&format=html&lang=ja", "text/html"));
    assertThat(ja)
        .contains("<html lang=\"ja\">", "要件充足状況レポート", "適用される文書とその理由")
        .contains("AXIS OS 搭載 Axis ネットワークカメラ", "Axis network cameras running AXIS OS");
  }

  @Test
  void theExportLinksOfACoverageAnswerDownload() {
    JsonNode body =
        new GraphQlClient(port)
            .execute("coverageExports", Map.of("deviceId", AXIS, "jurisdictions", MARKETS));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    JsonNode links = body.at("/data/coverage/exports");
    assertThat(links.size()).isEqualTo(6);
    String csv = links.get(0).get("path").asString();
    assertThat(csv)
        .startsWith("/exports/coverage?device=dev%3Aaxis-network-cameras-axis-os&markets=")
        .endsWith("&format=csv");
    String markets = csv.replaceAll(".*markets=([^&]*).*", "$1");
    assertThat(List.of(markets.split("%2C"))).containsExactlyInAnyOrderElementsOf(MARKETS);
    JsonNode html = links.get(5);
    assertThat(html.get("lang").asString()).isEqualTo("ja");
    assertThat(text(ok(html.get("path").asString(), "text/html"))).contains("要件充足状況レポート");
  }

  @Test
  void badInputIsRefusedWithItsReasonAndAnUnknownDeviceIsNotFound() {
    assertRefused(EXPORT + "&format=pdf", 400, "format must be csv, json, xlsx, oscal, html");
    assertRefused(EXPORT + "&format=html&lang=fr", 400, "lang must be en or ja");
    assertRefused("/exports/coverage?device=" + AXIS + "&markets=E1U", 400, "'E1U'");
    assertRefused(
        "/exports/coverage?device=" + AXIS + "&markets=EU,ZZ", 400, "Unknown market code ZZ");
    assertRefused("/exports/coverage?markets=EU", 400, "device: an id of 1 to 200 characters");
    assertRefused("/exports/coverage?device=" + "d".repeat(201), 400, "1 to 200 characters");
    StringBuilder many = new StringBuilder();
    for (char c = 'A'; c < 'A' + 21; c++) {
      many.append(c).append('A').append(',');
    }
    assertRefused("/exports/coverage?device=" + AXIS + "&markets=" + many, 400, "at most 20");
    assertRefused(
        "/exports/coverage?device=dev:nope&markets=EU", 404, "No device with id 'dev:nope'");
  }

  void assertRefused(String path, int status, String reason) {
    HttpResponse<byte[]> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + text(response)).isEqualTo(status);
    JsonNode error = JSON.readTree(response.body()).at("/errors/0");
    assertThat(error.get("message").asString()).contains(reason);
    assertThat(error.at("/extensions/code").asString())
        .isEqualTo(status == 404 ? "NOT_FOUND" : "BAD_USER_INPUT");
  }
}
