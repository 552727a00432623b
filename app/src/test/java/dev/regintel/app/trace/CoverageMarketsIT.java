package dev.regintel.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Coverage as a vendor reads it, on the shipped corpus: EU rules in member states, unknown markets
 * refused, organisation duties apart from the device's gaps, why a row is NONE, Japan's rules, and
 * the routes to conformity.
 */
class CoverageMarketsIT extends AbstractGraphQlIT {

  static final String AXIS = "dev:axis-network-cameras-axis-os";
  static final String HOMECAM = "dev:example-homecam-c1";
  static final String CRA = "doc:eu-2024-2847";
  static final String NIS2 = "doc:eu-2022-2555";
  static final String PSTI = "doc:uk-si-2023-1007";

  Map<String, JsonNode> coverage(String device, String... markets) {
    JsonNode body =
        ok("coverageDetail", Map.of("deviceId", device, "jurisdictions", List.of(markets)));
    Map<String, JsonNode> out = new LinkedHashMap<>();
    body.at("/data/coverage/jurisdictions")
        .forEach(j -> out.put(j.at("/jurisdiction/code").asString(), j));
    return out;
  }

  static JsonNode applicable(JsonNode market, String documentId) {
    for (JsonNode a : market.get("applicable")) {
      if (a.at("/document/id").asString().equals(documentId)) {
        return a;
      }
    }
    throw new AssertionError("not applicable: " + documentId + " in " + market);
  }

  static List<String> refs(JsonNode rows) {
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.at("/requirement/id").asString()));
    return out;
  }

  @Test
  void euRulesApplyInAMemberStateAndSaySo() {
    Map<String, JsonNode> byCode = coverage(AXIS, "DE", "EU");
    JsonNode de = byCode.get("DE");
    JsonNode cra = applicable(de, CRA);
    assertThat(cra.get("ruleJurisdictions").toString()).contains("EU");
    assertThat(cra.get("reason").asString()).contains("applies in DE as part of EU");
    assertThat(cra.get("reasonJa").asString()).contains("DEはEUの一部");
    applicable(de, NIS2);
    assertThat(refs(de.get("rows"))).isEqualTo(refs(byCode.get("EU").get("rows")));
  }

  @Test
  void unknownMarketCodesAreBadInputNamingEachCode() {
    JsonNode body =
        client.execute(
            "coverageDetail", Map.of("deviceId", AXIS, "jurisdictions", List.of("FR", "XX", "QQ")));
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(body.at("/errors/0/message").asString())
        .contains("XX")
        .contains("QQ")
        .doesNotContain("FR,");
    JsonNode malformed =
        client.execute(
            "coverageDetail", Map.of("deviceId", AXIS, "jurisdictions", List.of("france")));
    assertThat(malformed.at("/errors/0/message").asString()).contains("'france'");
  }

  @Test
  void organisationDutiesAreReportedApartFromTheDevicesRows() {
    JsonNode eu = coverage(AXIS, "EU").get("EU");
    List<String> device = refs(eu.get("rows"));
    List<String> organisation = refs(eu.get("organisationRows"));
    assertThat(organisation)
        .anyMatch(id -> id.startsWith("req:" + NIS2.substring(4)))
        .anyMatch(id -> id.contains("art-14"))
        .anyMatch(id -> id.contains("annex-i-part-ii"));
    assertThat(device)
        .noneMatch(id -> id.startsWith("req:" + NIS2.substring(4)))
        .noneMatch(id -> id.contains("art-14"))
        .anyMatch(id -> id.contains("annex-i-part-i-2"));
    eu.get("organisationRows")
        .forEach(r -> assertThat(r.get("duty").asString()).isEqualTo("ORGANISATION"));
    assertThat(
            eu.get("organisationFull").asInt()
                + eu.get("organisationPartial").asInt()
                + eu.get("organisationNone").asInt())
        .isEqualTo(organisation.size());
    assertThat(eu.get("full").asInt() + eu.get("partial").asInt() + eu.get("none").asInt())
        .isEqualTo(device.size());
  }

  @Test
  void everyNoneRowSaysWhatIsMissingInBothLanguagesAndOthersDoNot() {
    JsonNode eu = coverage(HOMECAM, "EU", "GB").get("EU");
    boolean sawNone = false;
    for (JsonNode row : eu.get("rows")) {
      if (row.get("fulfilment").asString().equals("NONE")) {
        sawNone = true;
        assertThat(row.get("gap").asString()).startsWith("No control of this device");
        assertThat(row.get("gapJa").asString()).contains("本機器の管理策");
        assertThat(row.get("path")).isEmpty();
      } else {
        assertThat(row.get("gap").isNull()).isTrue();
        assertThat(row.get("path")).isNotEmpty();
        assertThat(row.at("/path/0/kind").asString()).isEqualTo("SATISFIES");
      }
    }
    assertThat(sawNone).isTrue();
  }

  @Test
  void japanShowsTheTerminalEquipmentRulesInForceAndTheStar1CriteriaAsVoluntary() {
    JsonNode jp = coverage(AXIS, "JP").get("JP");
    JsonNode article = applicable(jp, "doc:jp-terminal-equipment-rules:2020");
    assertThat(article.get("scope").asString()).isEqualTo("PRODUCT");
    assertThat(article.get("inForce").asBoolean()).isTrue();
    assertThat(article.get("reasonJa").asString()).contains("端末設備等規則");
    JsonNode star = applicable(jp, "doc:jp-jc-star:2025");
    assertThat(star.get("scope").asString()).isEqualTo("VOLUNTARY");
    List<String> rows = refs(jp.get("rows"));
    assertThat(rows)
        .contains("req:jp-jc-star:2025:s1.1-02")
        .noneMatch(id -> id.endsWith(":star-2") || id.endsWith(":star-3") || id.endsWith(":star-4"))
        .anyMatch(id -> id.startsWith("req:jp-terminal-equipment-rules:2020:"));
  }

  @Test
  void routesToConformityComeFromThePublisherAndFromRecognitionWithTheDevicesFulfilment() {
    Map<String, JsonNode> byCode = coverage(HOMECAM, "GB", "JP");
    JsonNode psti = applicable(byCode.get("GB"), PSTI);
    JsonNode deemed = findRoute(psti, "DEEMED_COMPLIANCE", "doc:etsi-en-303-645:v2.1.1");
    assertThat(deemed.toString()).contains("req:etsi-en-303-645:v2.1.1:5.1-1");
    assertThat(deemed.get("effect").asString()).contains("deemed compliance");
    assertThat(deemed.get("sourceUrl").asString()).startsWith("https://www.legislation.gov.uk/");
    assertThat(deemed.get("fulfilment").asString()).isIn("FULL", "PARTIAL", "NONE");
    JsonNode star = applicable(byCode.get("JP"), "doc:jp-jc-star:2025");
    JsonNode recognition = findRoute(star, "RECOGNITION", PSTI);
    assertThat(recognition.get("provisions")).isNotEmpty();
    assertThat(recognition.get("effectJa").asString()).contains("IPA");
  }

  static JsonNode findRoute(JsonNode applicability, String kind, String via) {
    for (JsonNode r : applicability.get("routes")) {
      if (r.get("kind").asString().equals(kind) && r.at("/via/id").asString().equals(via)) {
        return r;
      }
    }
    throw new AssertionError("no " + kind + " route via " + via + " in " + applicability);
  }

  @Test
  void rulesForConsumersNameTheDevicesUseInTheirReason() {
    JsonNode psti = applicable(coverage(HOMECAM, "GB").get("GB"), PSTI);
    assertThat(psti.get("reason").asString()).contains("consumer use");
    JsonNode eu = coverage(AXIS, "GB").get("GB");
    assertThat(eu.get("applicable").toString()).doesNotContain(PSTI);
  }

  @Test
  void deviceCategoriesAreListedWithTheRulesThatNameThem() {
    JsonNode body =
        okText(
            "{ deviceCategories { code label labelJa description rules excludedBy devices } }",
            Map.of());
    Map<String, JsonNode> byCode = new LinkedHashMap<>();
    body.at("/data/deviceCategories").forEach(c -> byCode.put(c.get("code").asString(), c));
    assertThat(byCode).containsKeys("CONSUMER_IOT", "ROUTER", "NETWORK_CAMERA", "COMPUTER");
    assertThat(byCode.get("NETWORK_CAMERA").get("rules").toString())
        .contains("rule:jp-terminal-equipment-34-10");
    assertThat(byCode.get("COMPUTER").get("excludedBy").toString())
        .contains("rule:uk-psti-consumer-products");
    assertThat(byCode.get("NETWORK_CAMERA").get("devices").asInt()).isPositive();
    assertThat(byCode.get("ROUTER").get("labelJa").asString()).isNotBlank();
  }

  @Test
  void deviceUsesAreListedWithTheRulesForOneUseOnly() {
    JsonNode body = okText("{ deviceUses { code label labelJa rules devices } }", Map.of());
    Map<String, JsonNode> byCode = new LinkedHashMap<>();
    body.at("/data/deviceUses").forEach(u -> byCode.put(u.get("code").asString(), u));
    assertThat(byCode).containsOnlyKeys("CONSUMER", "PROFESSIONAL", "INDUSTRIAL");
    assertThat(byCode.get("CONSUMER").get("rules").toString())
        .contains("rule:uk-psti-consumer-products");
    assertThat(byCode.get("PROFESSIONAL").get("devices").asInt()).isPositive();
    assertThat(byCode.get("CONSUMER").get("labelJa").asString()).isEqualTo("消費者向け");
  }
}
