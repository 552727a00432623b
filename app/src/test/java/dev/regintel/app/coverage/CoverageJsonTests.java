package dev.regintel.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON export: the documented shape (docs/vendors.md). */
class CoverageJsonTests {

  static JsonNode json() {
    return JsonMapper.builder()
        .build()
        .readTree(SampleReports.written(CoverageFormat.JSON, ReportLanguage.EN));
  }

  @Test
  void theShapeNamesItsSchemaThenTheReportsParts() {
    List<String> keys = new ArrayList<>(json().propertyNames());
    assertThat(keys)
        .containsExactly("schema", "device", "markets", "asOf", "generated", "jurisdictions");
    assertThat(json().get("schema").asString()).isEqualTo("regintel.coverage/1");
    assertThat(json().get("asOf").asString()).isEqualTo("2026-05-01");
    assertThat(json().get("generated").asString()).isEqualTo("2026-05-01T09:30:00Z");
  }

  @Test
  void rowsCarryFulfilmentEvidenceAndGapAndMissingValuesAreNull() {
    JsonNode eu = json().at("/jurisdictions/1");
    assertThat(eu.get("code").asString()).isEqualTo("EU");
    assertThat(eu.get("partial").asInt()).isEqualTo(1);
    JsonNode partial = eu.at("/rows/0");
    assertThat(partial.get("fulfilment").asString()).isEqualTo("PARTIAL");
    assertThat(partial.at("/evidence/0/path/1/kind").asString()).isEqualTo("SUBSET_OF");
    assertThat(partial.get("titleJa").isNull()).isTrue();
    assertThat(partial.get("gap").isNull()).isTrue();
    assertThat(eu.at("/organisationRows/0/gap").asString()).isEqualTo(SampleReports.GAP);
    assertThat(eu.at("/applicable/0/reasonJa").asString()).startsWith("デジタル要素");
  }
}
