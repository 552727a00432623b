package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The shipped corpus through the API, as its users ask for it. */
class CorpusQueriesIT extends AbstractGraphQlIT {

  @Test
  void etsiEn303645V211HasItsSixtyEightProvisions() {
    JsonNode body =
        client.executeText(
            """
        { document(code: "ETSI EN 303 645", version: "V2.1.1") { id requirements { totalCount } } }""",
            Map.of());
    assertThat(body.at("/data/document/id").asString()).isEqualTo("doc:etsi-en-303-645:v2.1.1");
    assertThat(body.at("/data/document/requirements/totalCount").asInt()).isEqualTo(68);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ETSI EN 303 645 | doc:etsi-en-303-645:v3.1.3",
        "NIST IR 8259A | doc:nist-ir-8259a:final",
        "Directive (EU) 2022/2555 | doc:eu-2022-2555",
        "UK SI 2023/1007 | doc:uk-si-2023-1007",
        "California SB-327 | doc:us-ca-sb-327:chaptered-2018",
        "NIS 2 | doc:eu-2022-2555",
        "Cyber Resilience Act | doc:eu-2024-2847",
        "NIST CSF 2.0 | doc:nist-csf:2.0",
        "NIST CSF | doc:nist-csf:2.0",
        "NISTIR 8259 | doc:nist-ir-8259:final",
      })
  void theContractsExampleCodesAndCommonNamesFindTheCurrentVersion(String code, String id) {
    JsonNode body =
        client.executeText("query($c: String!) { document(code: $c) { id } }", Map.of("c", code));
    assertThat(body.at("/data/document/id").asString()).as(body.toString()).isEqualTo(id);
  }

  @Test
  void aRequirementByDocumentCodeAndRefComesFromTheVersionThatHasIt() {
    JsonNode body =
        client.executeText(
            """
        { requirement(document: "ETSI EN 303 645", ref: "5.6-4") {
            id obligation titleJa document { version } mappings { relation target { id } } satisfiedBy { id } } }""",
            Map.of());
    JsonNode r = body.at("/data/requirement");
    assertThat(r.get("id").asString()).isEqualTo("req:etsi-en-303-645:v2.1.1:5.6-4");
    assertThat(r.at("/document/version").asString()).isEqualTo("V2.1.1");
    assertThat(r.get("titleJa").asString()).isNotBlank();
    assertThat(r.get("mappings").size()).isGreaterThan(0);
    assertThat(r.get("satisfiedBy").size()).isGreaterThan(0);
  }

  @Test
  void nistir8259ShowsItsDraftsWithTheSecondDraftsCommentPeriod() {
    JsonNode body =
        client.executeText(
            """
        { document(code: "NISTIR 8259") { versions { id status commentPeriod { opens closes } } } }""",
            Map.of());
    JsonNode versions = body.at("/data/document/versions");
    assertThat(GraphQlHttpIT.texts(versions, "id"))
        .containsSubsequence(
            "doc:nist-ir-8259:ipd-2019-07",
            "doc:nist-ir-8259:2pd-2020-01",
            "doc:nist-ir-8259:final");
    versions.forEach(
        v -> {
          if (v.get("id").asString().equals("doc:nist-ir-8259:2pd-2020-01")) {
            assertThat(v.at("/commentPeriod/closes").asString()).isEqualTo("2020-02-07");
          }
        });
  }
}
