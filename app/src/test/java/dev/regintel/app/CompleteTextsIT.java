package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The texts of NIS 2, the CRA, UK SI 2023/1007 and ETSI EN 303 645 V3.1.3 through the API: each
 * official text checked here was read in a copy of the act (see the seed files' source notes).
 */
class CompleteTextsIT extends AbstractGraphQlIT {

  /** A space between two Japanese characters: a line-wrap artefact, never intended. */
  static final String JAPANESE_GAP =
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}] [\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]";

  JsonNode requirement(String document, String ref) {
    JsonNode body =
        client.executeText(
            """
        query($d: String!, $r: String!) { requirement(document: $d, ref: $r) {
            id ref title titleJa text textIsOfficial obligation deadline note unverified
            parent { ref } children { ref } } }""",
            Map.of("d", document, "r", ref));
    JsonNode r = body.at("/data/requirement");
    assertThat(r.isObject()).as(body.toString()).isTrue();
    return r;
  }

  static List<String> refs(JsonNode requirements) {
    List<String> out = new ArrayList<>();
    requirements.forEach(r -> out.add(r.get("ref").asString()));
    return out;
  }

  @Test
  void nis2EarlyWarningIsDueWithinTwentyFourHoursInTheDirectivesWords() {
    JsonNode r = requirement("NIS 2", "Art. 23(4)(a)");
    assertThat(r.get("id").asString()).isEqualTo("req:eu-2022-2555:art-23-4-a");
    assertThat(r.get("text").asString())
        .startsWith("without undue delay and in any event within 24 hours of becoming aware")
        .contains("an early warning");
    assertThat(r.get("textIsOfficial").asBoolean()).isTrue();
    assertThat(r.get("deadline").asString()).isEqualTo("PT24H");
    assertThat(r.at("/parent/ref").asString()).isEqualTo("Art. 23(4)");
  }

  @Test
  void nis2HoldsEveryParagraphOfArticles20To23ThatUsersCite() {
    assertThat(refs(requirement("Directive (EU) 2022/2555", "Art. 23").get("children")))
        .containsAll(IntStream.rangeClosed(1, 11).mapToObj(i -> "Art. 23(" + i + ")").toList());
    assertThat(refs(requirement("NIS 2", "Art. 21").get("children")))
        .containsExactly("Art. 21(1)", "Art. 21(2)", "Art. 21(3)", "Art. 21(4)", "Art. 21(5)");
    assertThat(refs(requirement("NIS 2", "Art. 23(4)(d)").get("children")))
        .containsExactly(
            "Art. 23(4)(d)(i)", "Art. 23(4)(d)(ii)", "Art. 23(4)(d)(iii)", "Art. 23(4)(d)(iv)");
    JsonNode trust = requirement("NIS 2", "Art. 23(4) subpara. 2");
    assertThat(trust.get("text").asString())
        .startsWith("By way of derogation from the first subparagraph, point (b), a trust service");
    assertThat(trust.get("deadline").asString()).isEqualTo("PT24H");
    assertThat(requirement("NIS 2", "Art. 20(1)").get("text").asString())
        .contains("without prejudice to national law as regards the liability rules");
  }

  @Test
  void craAnnexIPartITwoAIsTheRegulationsWording() {
    JsonNode r = requirement("Cyber Resilience Act", "Annex I Part I (2)(a)");
    assertThat(r.get("text").asString())
        .isEqualTo("be made available on the market without known exploitable vulnerabilities;");
    assertThat(r.get("textIsOfficial").asBoolean()).isTrue();
    assertThat(r.at("/parent/ref").asString()).isEqualTo("Annex I Part I (2)");
  }

  @Test
  void craAnnexIiListsWhatAccompaniesTheProductIncludingTheSupportPeriodEndDate() {
    JsonNode annex = requirement("Regulation (EU) 2024/2847", "Annex II");
    assertThat(annex.get("text").asString())
        .isEqualTo("At minimum, the product with digital elements shall be accompanied by:");
    assertThat(refs(annex.get("children")))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 9).mapToObj(i -> "Annex II (" + i + ")").toList());
    JsonNode point7 = requirement("CRA", "Annex II (7)");
    assertThat(point7.get("text").asString())
        .contains("the end-date of the support period during which users can expect");
    assertThat(point7.get("textIsOfficial").asBoolean()).isTrue();
    assertThat(refs(requirement("CRA", "Annex II (8)").get("children")))
        .containsExactly(
            "Annex II (8)(a)", "Annex II (8)(b)", "Annex II (8)(c)", "Annex II (8)(d)");
  }

  @Test
  void craArticle14EarlyWarningAndUnreadParagraphsSaySo() {
    JsonNode early = requirement("CRA", "Art. 14(2)(a)");
    assertThat(early.get("text").asString())
        .startsWith("an early warning notification of an actively exploited vulnerability");
    assertThat(early.get("textIsOfficial").asBoolean()).isTrue();
    assertThat(early.get("deadline").asString()).isEqualTo("PT24H");
    JsonNode incidentReport = requirement("CRA", "Art. 14(4)(c)");
    assertThat(incidentReport.get("deadline").asString()).isEqualTo("P1M");
    assertThat(refs(incidentReport.get("children")))
        .containsExactly("Art. 14(4)(c)(i)", "Art. 14(4)(c)(ii)", "Art. 14(4)(c)(iii)");
    JsonNode endDate = requirement("CRA", "Art. 13(19)");
    assertThat(endDate.get("textIsOfficial").asBoolean()).isFalse();
    assertThat(endDate.get("note").asString()).contains("not read");
    assertThat(requirement("CRA", "Art. 13(18)").get("text").asString())
        .startsWith(
            "Manufacturers shall ensure that products with digital elements are accompanied by the"
                + " information and instructions to the user set out in Annex II");
  }

  @Test
  void ukScheduleThreeExceptsLaptopsInTheRegulationsWords() {
    JsonNode r = requirement("UK SI 2023/1007", "Sch. 3 para. 5");
    assertThat(r.get("text").asString()).contains("(b) laptop computers;");
    assertThat(r.get("textIsOfficial").asBoolean()).isTrue();
    JsonNode passwords = requirement("UK SI 2023/1007", "Sch. 1 para. 1(2)");
    assertThat(passwords.get("text").asString())
        .isEqualTo(
            "Passwords must be— (a) unique per product; or (b) defined by the user of the product.");
  }

  @Test
  void etsiEn303645WithoutAVersionHasProvisionsEachMarkedUnverified() {
    JsonNode body =
        client.executeText(
            """
        { document(code: "ETSI EN 303 645") { id version requirements { totalCount } } }""",
            Map.of());
    assertThat(body.at("/data/document/id").asString()).isEqualTo("doc:etsi-en-303-645:v3.1.3");
    assertThat(body.at("/data/document/requirements/totalCount").asInt()).isEqualTo(78);
    JsonNode added = requirement("ETSI EN 303 645", "5.1-2A");
    assertThat(added.get("id").asString()).isEqualTo("req:etsi-en-303-645:v3.1.3:5.1-2a");
    assertThat(added.get("note").asString()).contains("Change from V2.1.1: NEW");
    assertThat(added.get("unverified").toString()).contains("\"ref\"", "\"obligation\"");
    assertThat(added.get("text").isNull()).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "Directive (EU) 2022/2555, ''",
    "Regulation (EU) 2024/2847, ''",
    "UK SI 2023/1007, ''",
    "ETSI EN 303 645, V3.1.3",
  })
  void everyRequirementHasAJapaneseTitle(String code, String version) {
    JsonNode body =
        client.executeText(
            """
        query($c: String!, $v: String) { document(code: $c, version: $v) {
            requirements(first: 1000) { totalCount edges { node { ref titleJa } } } } }""",
            version.isEmpty() ? Map.of("c", code) : Map.of("c", code, "v", version));
    JsonNode edges = body.at("/data/document/requirements/edges");
    assertThat(edges.size())
        .as(body.toString())
        .isPositive()
        .isEqualTo(body.at("/data/document/requirements/totalCount").asInt());
    edges.forEach(
        e ->
            assertThat(e.at("/node/titleJa").asString(""))
                .as(e.at("/node/ref").asString())
                .isNotBlank()
                .doesNotContainPattern(JAPANESE_GAP));
  }
}
