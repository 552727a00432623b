package dev.regintel.app.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Version diffs and comment sheets over the shipped corpus, as their users ask for them. */
class DiffIT extends AbstractGraphQlIT {

  static final String R4 = "doc:nist-sp-800-53:r4";
  static final String R5 = "doc:nist-sp-800-53:r5";
  static final String EN_V2 = "doc:etsi-en-303-645:v2.1.1";
  static final String EN_V3 = "doc:etsi-en-303-645:v3.1.3";

  JsonNode diff(Map<String, Object> variables) {
    JsonNode body = client.execute("diff", variables);
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    return body.at("/data/diff");
  }

  static List<JsonNode> nodes(JsonNode diff) {
    List<JsonNode> out = new ArrayList<>();
    diff.at("/entries/edges").forEach(e -> out.add(e.get("node")));
    return out;
  }

  static JsonNode entryTo(JsonNode diff, String ref) {
    return nodes(diff).stream()
        .filter(n -> ref.equals(n.at("/to/ref").asString(null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry to " + ref));
  }

  static JsonNode entryFrom(JsonNode diff, String ref) {
    return nodes(diff).stream()
        .filter(n -> ref.equals(n.at("/from/ref").asString(null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry from " + ref));
  }

  Map<String, Object> moderate(String... kinds) {
    Map<String, Object> v = new HashMap<>(Map.of("from", R4, "to", R5, "baseline", "moderate"));
    v.put("first", 500);
    if (kinds.length > 0) {
      v.put("kinds", List.of(kinds));
    }
    return v;
  }

  @Test
  void rev5ModerateAddsTheSupplyChainFamily() {
    JsonNode diff = diff(moderate("ADDED"));
    assertThat(diff.get("baseline").asString()).isEqualTo("MODERATE");
    assertThat(diff.at("/counts/fromRequirements").asInt()).isEqualTo(261);
    assertThat(diff.at("/counts/toRequirements").asInt()).isEqualTo(287);
    List<String> added = nodes(diff).stream().map(n -> n.at("/to/ref").asString()).toList();
    assertThat(added).contains("SR-1", "SR-2", "SR-2(1)", "SR-3", "SR-5", "SR-6", "SR-11", "SR-12");
    assertThat(diff.at("/counts/added").asInt()).isEqualTo(added.size());
    JsonNode sr2 = entryTo(diff, "SR-2");
    assertThat(sr2.get("kind").asString()).isEqualTo("ADDED");
    assertThat(sr2.get("from").isNull()).isTrue();
    assertThat(sr2.at("/to/title").asString())
        .isEqualTo("Supply Chain Risk Management Plan (SR-2)");
  }

  @Test
  void aRev4ControlWhoseContentRev5MovedIsMatchedByItsWording() {
    JsonNode diff = diff(moderate("MOVED", "REMOVED"));
    JsonNode moved = entryFrom(diff, "MP-5(4)");
    assertThat(moved.get("kind").asString()).isEqualTo("MOVED");
    assertThat(moved.get("matchedBy").asString()).isEqualTo("SIMILARITY");
    assertThat(moved.at("/to/ref").asString()).isEqualTo("SC-28(1)");
    assertThat(moved.get("score").asDouble()).isBetween(ClauseMatcher.THRESHOLD, 1.0);
    JsonNode removed = entryFrom(diff, "SC-19");
    assertThat(removed.get("kind").asString()).isEqualTo("REMOVED");
    assertThat(removed.get("to").isNull()).isTrue();
  }

  @Test
  void rev4WithdrawnControlsSayWhereTheirContentWent() {
    Map<String, Object> v = new HashMap<>(Map.of("from", R4, "to", R5, "first", 500));
    v.put("kinds", List.of("WITHDRAWN"));
    JsonNode diff = diff(v);
    JsonNode ac13 = entryFrom(diff, "AC-13");
    assertThat(ac13.get("incorporatedInto"))
        .extracting(JsonNode::asString)
        .containsExactly("AC-2", "AU-6");
    assertThat(diff.at("/counts/withdrawn").asInt()).isGreaterThan(50);
  }

  @Test
  void aChangedControlCarriesItsWordDiff() {
    JsonNode ac2 = entryTo(diff(moderate("CHANGED")), "AC-2");
    assertThat(ac2.get("kind").asString()).isEqualTo("CHANGED");
    assertThat(ac2.get("matchedBy").asString()).isEqualTo("IDENTIFIER");
    assertThat(ac2.get("changedFields")).extracting(JsonNode::asString).contains("text");
    StringBuilder older = new StringBuilder();
    StringBuilder newer = new StringBuilder();
    for (JsonNode run : ac2.get("textDiff")) {
      String op = run.get("op").asString();
      if (!op.equals("INSERT")) {
        older.append(run.get("text").asString());
      }
      if (!op.equals("DELETE")) {
        newer.append(run.get("text").asString());
      }
    }
    assertThat(older.toString()).isEqualTo(ac2.at("/from/text").asString());
    assertThat(newer.toString()).isEqualTo(ac2.at("/to/text").asString());
    assertThat(ac2.get("textDiff"))
        .extracting(r -> r.get("op").asString())
        .contains("EQUAL", "DELETE", "INSERT");
  }

  @Test
  void anEtsiProvisionDroppedInV3ShowsTheControlsDevicesAndMappingsItTouches() {
    JsonNode diff = diff(Map.of("from", EN_V2, "to", EN_V3, "first", 200));
    assertThat(diff.at("/counts/fromRequirements").asInt()).isEqualTo(68);
    assertThat(diff.at("/counts/toRequirements").asInt()).isEqualTo(78);
    JsonNode entry = entryFrom(diff, "5.3-4");
    assertThat(entry.get("kind").asString()).isEqualTo("REMOVED");
    JsonNode touches = entry.get("touches");
    assertThat(touches.get("controls"))
        .extracting(c -> c.get("id").asString())
        .contains("ctl:automatic-security-updates");
    assertThat(touches.get("devices")).isNotEmpty();
    assertThat(touches.get("mappings"))
        .extracting(m -> m.at("/target/id").asString())
        .contains("req:eu-2024-2847:annex-i-part-i-2-c");
    assertThat(entryTo(diff, "5.1-2A").get("kind").asString()).isEqualTo("ADDED");
  }

  @Test
  void entriesPageWithCursors() {
    Map<String, Object> v = moderate("ADDED");
    v.put("first", 10);
    JsonNode first = diff(v);
    assertThat(nodes(first)).hasSize(10);
    assertThat(first.at("/entries/pageInfo/hasNextPage").asBoolean()).isTrue();
    v.put("after", first.at("/entries/pageInfo/endCursor").asString());
    JsonNode second = diff(v);
    assertThat(nodes(second).getFirst().at("/to/id").asString())
        .isNotEqualTo(nodes(first).getFirst().at("/to/id").asString());
    assertThat(second.at("/entries/totalCount").asInt())
        .isEqualTo(first.at("/entries/totalCount").asInt());
  }

  void assertBadInput(Map<String, Object> variables, String message) {
    JsonNode body = client.execute("diff", variables);
    assertThat(body.at("/errors/0/extensions/code").asString())
        .as(body.toString())
        .isEqualTo("BAD_USER_INPUT");
    assertThat(body.at("/errors/0/message").asString()).contains(message);
  }

  @Test
  void anUnknownDocumentIsBadInput() {
    assertBadInput(Map.of("from", "doc:nope", "to", R5), "no document with id 'doc:nope'");
  }

  @Test
  void aDocumentComparedWithItselfIsBadInput() {
    assertBadInput(Map.of("from", R5, "to", R5), "same document");
  }

  @Test
  void aBaselineThatSelectsNothingOrIsMalformedIsBadInput() {
    assertBadInput(
        Map.of("from", EN_V2, "to", EN_V3, "baseline", "MODERATE"),
        "no requirement in the MODERATE baseline");
    assertBadInput(Map.of("from", R4, "to", R5, "baseline", "mod erate"), "baseline must be");
  }

  @Test
  void aPageOverTheLimitIsBadInput() {
    Map<String, Object> v = moderate();
    v.put("first", 501);
    JsonNode body = client.execute("diff", v);
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void theCommentSheetHasARowPerNewOrChangedClauseWithItsMappings() {
    JsonNode body = client.execute("commentSheet", Map.of("document", EN_V3));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    JsonNode sheet = body.at("/data/commentSheet");
    assertThat(sheet.at("/previous/id").asString()).isEqualTo(EN_V2);
    List<JsonNode> rows = StreamSupport.stream(sheet.get("rows").spliterator(), false).toList();
    JsonNode counts = diff(Map.of("from", EN_V2, "to", EN_V3)).get("counts");
    assertThat(rows)
        .hasSize(
            counts.get("added").asInt()
                + counts.get("changed").asInt()
                + counts.get("renumbered").asInt()
                + counts.get("moved").asInt());
    assertThat(rows).extracting(r -> r.get("change").asString()).doesNotContain("REMOVED");
    JsonNode first = rows.getFirst();
    assertThat(first.get("commenter").asString()).isEmpty();
    assertThat(first.get("type").asString()).isEmpty();
    // V3.1.3's wording is not held, so a provision kept under its number is no known change.
    assertThat(rows).extracting(r -> r.get("clause").asString()).doesNotContain("5.1-1");
    JsonNode mapped =
        rows.stream()
            .filter(r -> !r.get("mappings").asString("").isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row carries mappings: " + rows));
    assertThat(mapped.get("mappings").asString())
        .containsPattern("(EQUAL|SUBSET_OF|SUPERSET_OF|INTERSECTS_WITH) doc:");
    assertThat(sheet.get("csv").asString()).startsWith("Commenter,Line number,Clause,");
  }

  @Test
  void theCommentSheetDownloadsAsAnXlsxWithOneRowPerClause()
      throws IOException, InterruptedException {
    JsonNode sheet =
        client.execute("commentSheet", Map.of("document", EN_V3)).at("/data/commentSheet");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + sheet.get("xlsxPath").asString()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains(".xlsx"));
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.getFirst().getCellText(0)).isEqualTo("Commenter");
      assertThat(rows.getFirst().getCellText(4)).startsWith("Type of comment");
      assertThat(rows).hasSize(sheet.get("rows").size() + 1);
      assertThat(rows.get(1).getCellText(2)).isEqualTo(sheet.at("/rows/0/clause").asString());
      assertThat(rows.get(1).getCellText(7)).isEqualTo(sheet.at("/rows/0/change").asString());
    }
  }

  @Test
  void aCommentSheetOfAnUnknownDocumentIsRefused() throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/exports/comments?document=doc:nope&format=csv"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("no document with id 'doc:nope'");
    assertThat(
            client
                .execute("commentSheet", Map.of("document", "doc:nope"))
                .at("/errors/0/extensions/code")
                .asString())
        .isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void aClaimAgainstAProvisionTheNewerVersionDroppedIsStaleWithItsEntry() {
    JsonNode body =
        client.executeText(
            """
            query($id: ID!) { requirement(id: $id) {
              satisfiedBy { id }
              freshness { stale newerVersion { id } entry { kind from { ref } } } } }""",
            Map.of("id", "req:etsi-en-303-645:v2.1.1:5.3-4"));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    JsonNode requirement = body.at("/data/requirement");
    assertThat(requirement.get("satisfiedBy")).isNotEmpty();
    JsonNode freshness = requirement.get("freshness");
    assertThat(freshness.get("stale").asBoolean()).isTrue();
    assertThat(freshness.at("/newerVersion/id").asString()).isEqualTo(EN_V3);
    assertThat(freshness.at("/entry/kind").asString()).isEqualTo("REMOVED");
    assertThat(freshness.at("/entry/from/ref").asString()).isEqualTo("5.3-4");
  }

  @Test
  void aRequirementOfTheNewestVersionHasNoFreshnessToReport() {
    JsonNode body =
        client.executeText(
            "{ requirement(id: \"req:etsi-en-303-645:v3.1.3:5.1-1\") { freshness { stale } } }",
            Map.of());
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    assertThat(body.at("/data/requirement/freshness").isNull()).isTrue();
  }

  @Test
  void changesReportTheClaimsANewVersionMadeStale() {
    JsonNode body =
        client.executeText(
            """
            { changes(since: "2000-01-01T00:00:00Z", first: 500,
                      changeKinds: ["NEW_VERSION"], keywords: ["303 645"]) {
                kind document { id }
                staleClaims { id freshness { stale newerVersion { id } entry { kind } } } } }""",
            Map.of());
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    JsonNode v3 =
        StreamSupport.stream(body.at("/data/changes").spliterator(), false)
            .filter(c -> EN_V3.equals(c.at("/document/id").asString()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no NEW_VERSION change for " + EN_V3 + body));
    List<String> stale = new ArrayList<>();
    v3.get("staleClaims")
        .forEach(
            r -> {
              stale.add(r.get("id").asString());
              assertThat(r.at("/freshness/stale").asBoolean()).isTrue();
              assertThat(r.at("/freshness/newerVersion/id").asString()).isEqualTo(EN_V3);
              assertThat(r.at("/freshness/entry/kind").asString()).isNotEmpty();
            });
    assertThat(stale).contains("req:etsi-en-303-645:v2.1.1:5.3-4");
    assertThat(stale).doesNotContain("req:etsi-en-303-645:v2.1.1:5.1-1");
  }
}
