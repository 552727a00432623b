package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Japan's rules in the shipped corpus, as a maker selling in Japan asks about them: the binding
 * Article 34-10 of the Terminal Equipment Rules and the voluntary JC-STAR label.
 */
class JapanCorpusIT extends AbstractGraphQlIT {

  static final String ARTICLE = "doc:jp-terminal-equipment-rules:2020";
  static final String JC_STAR = "doc:jp-jc-star:2025";
  static final String ITEM_2 = "req:jp-terminal-equipment-rules:2020:art-34-10-item-2";
  static final String S1_1_02 = "req:jp-jc-star:2025:s1.1-02";
  static final String CAMERA = "dev:axis-network-cameras-axis-os";

  JsonNode okText(String query) {
    return okText(query, Map.of());
  }

  static Map<String, JsonNode> hitsById(JsonNode hits) {
    Map<String, JsonNode> out = new HashMap<>();
    hits.forEach(h -> out.put(h.at("/requirement/id").asString(), h));
    return out;
  }

  @Test
  void theUniquePasswordControlTracesToArticle3410AndJcStarInJapan() {
    JsonNode hits =
        ok(
                "trace",
                Map.of(
                    "controlId", "ctl:unique-per-device-password", "jurisdictions", List.of("JP")))
            .at("/data/trace/hits");
    Map<String, JsonNode> byId = hitsById(hits);

    assertThat(byId).containsKeys(ITEM_2, S1_1_02);
    // Our own INTERSECTS_WITH readings from ETSI 5.1-1: the path contributes but proves no full
    // match.
    assertThat(byId.get(ITEM_2).get("fulfilment").asString()).isEqualTo("PARTIAL");
    JsonNode path = byId.get(ITEM_2).get("path");
    assertThat(path.get(0).get("kind").asString()).isEqualTo("SATISFIES");
    assertThat(path.get(path.size() - 1).get("toId").asString()).isEqualTo(ITEM_2);
    assertThat(byId.keySet())
        .as("only requirements of documents that apply in Japan")
        .allMatch(id -> id.startsWith("req:jp-"));
  }

  @Test
  void aNetworkCamerasNoDefaultPasswordReachesBothJapaneseRules() {
    Map<String, JsonNode> byId =
        hitsById(
            ok(
                    "trace",
                    Map.of(
                        "controlId",
                        "ctl:axis-os-no-default-password",
                        "jurisdictions",
                        List.of("JP")))
                .at("/data/trace/hits"));
    assertThat(byId).containsKeys(ITEM_2, S1_1_02);

    JsonNode japan =
        ok("coverage", Map.of("deviceId", CAMERA, "jurisdictions", List.of("JP")))
            .at("/data/coverage/jurisdictions/0");
    List<String> applicable = new ArrayList<>();
    japan.get("applicable").forEach(a -> applicable.add(a.at("/document/id").asString()));
    assertThat(applicable).contains(ARTICLE, JC_STAR);
    List<String> rows = new ArrayList<>();
    japan.get("rows").forEach(r -> rows.add(r.at("/requirement/id").asString()));
    assertThat(rows).contains(ITEM_2, S1_1_02);
  }

  @Test
  void passwordInJapaneseFindsBothJapaneseDocuments() {
    JsonNode body =
        ok(
            "search",
            Map.of(
                "query", "パスワード", "filter", Map.of("jurisdictions", List.of("JP")), "first", 50));
    List<String> codes = new ArrayList<>();
    body.at("/data/search/hits").forEach(h -> codes.add(h.get("documentCode").asString()));
    assertThat(codes)
        .contains("Terminal Equipment Rules", "JC-STAR")
        .allMatch(c -> c.equals("Terminal Equipment Rules") || c.equals("JC-STAR"));
  }

  @Test
  void s1102sMappingToThePstiPasswordRuleIsARecognitionWithItsEffect() {
    JsonNode mappings =
        okText(
                """
            { requirement(document: "JC-STAR", ref: "S1.1-02") {
                id titleJa mappings { target { id } relation madeBy effect effectJa } } }""")
            .at("/data/requirement/mappings");
    JsonNode recognition = null;
    for (JsonNode m : mappings) {
      if (m.at("/target/id").asString().equals("req:uk-si-2023-1007:sch-1-para-1")) {
        recognition = m;
      }
    }
    assertThat(recognition).as(mappings.toString()).isNotNull();
    assertThat(recognition.get("madeBy").asString()).isEqualTo("RECOGNITION");
    assertThat(recognition.get("relation").asString()).isEqualTo("SUBSET_OF");
    assertThat(recognition.get("effect").asString()).contains("1 January 2026").contains("S1.1-02");
    assertThat(recognition.get("effectJa").asString()).contains("2026年1月1日");
    assertThat(mappings)
        .filteredOn(m -> !m.at("/target/id").asString().startsWith("req:uk-"))
        .allSatisfy(m -> assertThat(m.get("madeBy").asString()).isEqualTo("REGINTEL"));
  }

  @Test
  void whatASourceDoesNotStateOutrightIsServedAsUnverified() {
    JsonNode japan =
        okText(
                """
                { coverage(deviceId: "%s", jurisdictions: ["JP"]) {
                    jurisdictions { applicable { document { id } unverified } } } }"""
                    .formatted(CAMERA))
            .at("/data/coverage/jurisdictions/0/applicable");
    Map<String, List<String>> unverified = new HashMap<>();
    japan.forEach(
        a -> {
          List<String> fields = new ArrayList<>();
          a.get("unverified").forEach(f -> fields.add(f.asString()));
          unverified.put(a.at("/document/id").asString(), fields);
        });
    assertThat(unverified.get(ARTICLE)).contains("excludedCategories");

    JsonNode star1 =
        okText("{ requirement(document: \"JC-STAR\", ref: \"STAR-1\") { unverified note } }")
            .at("/data/requirement");
    assertThat(star1.get("unverified").toString()).contains("text");
    assertThat(star1.at("/note").asString()).isNotBlank();

    JsonNode mappings =
        okText(
                "{ requirement(document: \"JC-STAR\", ref: \"S1.1-02\") {"
                    + " mappings { target { id } madeBy unverified } } }")
            .at("/data/requirement/mappings");
    List<String> ourOwnAndUnread = new ArrayList<>();
    mappings.forEach(
        m -> {
          if (m.get("unverified").toString().contains("relation")) {
            ourOwnAndUnread.add(m.at("/target/id").asString() + " " + m.at("/madeBy").asString());
          }
        });
    assertThat(ourOwnAndUnread).contains("req:etsi-en-303-645:v2.1.1:5.1-1 REGINTEL");

    JsonNode control =
        okText("{ control(id: \"ctl:unique-per-device-password\") { unverified note } }")
            .at("/data/control");
    assertThat(control.get("unverified").isArray()).isTrue();
  }

  @Test
  void article3410HasItsFourConditionsBilingually() {
    JsonNode doc =
        okText(
                """
            { document(code: "端末設備等規則") { id inForce publisher { id }
                requirements(first: 10) { totalCount edges { node { ref titleJa textJa condition } } } } }""")
            .at("/data/document");
    assertThat(doc.get("id").asString()).isEqualTo(ARTICLE);
    assertThat(doc.get("inForce").asString()).isEqualTo("2020-04-01");
    assertThat(doc.at("/publisher/id").asString()).isEqualTo("pub:mic");
    assertThat(doc.at("/requirements/totalCount").asInt()).isEqualTo(5);
    doc.at("/requirements/edges")
        .forEach(
            e -> {
              assertThat(e.at("/node/titleJa").asString()).isNotBlank();
              assertThat(e.at("/node/textJa").asString()).isNotBlank();
              assertThat(e.at("/node/condition").asString()).isNotBlank();
            });
  }
}
