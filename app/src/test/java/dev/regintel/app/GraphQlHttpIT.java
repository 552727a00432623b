package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractGraphQlIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** End to end: the app on a real Neo4j, seeded from the small test set, answering over HTTP. */
class GraphQlHttpIT extends AbstractGraphQlIT {

  @Test
  void documentWithoutVersionIsTheCurrentOneWithItsRequirementsInOrder() {
    JsonNode body = client.execute("documentWithRequirements", Map.of("code", "test std 1"));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    JsonNode doc = body.at("/data/document");
    assertThat(doc.get("id").asString()).isEqualTo("doc:test-standard:v2");
    assertThat(doc.at("/publisher/name").asString())
        .isEqualTo("European Telecommunications Standards Institute");
    assertThat(doc.at("/publisher/jurisdiction/code").asString()).isEqualTo("EU");
    assertThat(texts(doc.get("jurisdictions"), "code")).containsExactly("EU", "GB");
    assertThat(texts(doc.get("versions"), "id"))
        .containsExactly("doc:test-standard:v1", "doc:test-standard:v2");
    assertThat(doc.at("/supersedes/id").asString()).isEqualTo("doc:test-standard:v1");
    assertThat(doc.at("/commentPeriod/open").asBoolean()).isTrue();
    assertThat(doc.get("unverified").get(0).asString()).isEqualTo("published");
    assertThat(doc.at("/source/method").asString()).isEqualTo("SEED");
    JsonNode requirements = doc.get("requirements");
    assertThat(requirements.get("totalCount").asInt()).isEqualTo(4);
    List<String> refs = new ArrayList<>();
    requirements.get("edges").forEach(e -> refs.add(e.at("/node/ref").asString()));
    assertThat(refs).containsExactly("5.1", "5.1-1", "5.1-2", "5.2-1");
    JsonNode unique = requirements.at("/edges/1/node");
    assertThat(unique.get("id").asString()).isEqualTo("req:test-standard:v2:5.1-1");
    assertThat(unique.at("/parent/ref").asString()).isEqualTo("5.1");
    assertThat(unique.get("obligation").asString()).isEqualTo("CONDITIONAL");
    assertThat(unique.get("condition").asString()).isEqualTo("Passwords are used.");
    assertThat(unique.at("/mappings/0/target/id").asString())
        .isEqualTo("req:test-law:sch-1-para-1");
    assertThat(unique.at("/mappings/0/relation").asString()).isEqualTo("SUPERSET_OF");
    assertThat(unique.at("/satisfiedBy/0/id").asString()).isEqualTo("ctl:unique-password");
    assertThat(requirements.at("/edges/3/node/deadline").asString()).isEqualTo("PT72H");
  }

  @Test
  void documentByVersionFindsTheOlderVersion() {
    JsonNode body =
        client.execute("documentWithRequirements", Map.of("code", "TEST-STD-1", "version", "v1"));
    assertThat(body.at("/data/document/id").asString()).isEqualTo("doc:test-standard:v1");
    assertThat(body.at("/data/document/status").asString()).isEqualTo("SUPERSEDED");
    assertThat(body.at("/data/document/supersededBy/id").asString())
        .isEqualTo("doc:test-standard:v2");
    assertThat(body.at("/data/document/publishedPrecision").asString()).isEqualTo("MONTH");
    assertThat(body.at("/data/document/published").asString()).isEqualTo("2019-02-01");
  }

  @Test
  void mappingSeenFromItsTargetIsInvertedAndSaysWhoMadeIt() {
    JsonNode body =
        client.executeText(
            """
        { requirement(document: "test si 2023/1", ref: "Sch. 1 para. 1") {
            id mappings { source { id } target { id } relation madeBy effect } } }""",
            Map.of());
    JsonNode mapping = body.at("/data/requirement/mappings/0");
    assertThat(body.at("/data/requirement/id").asString()).isEqualTo("req:test-law:sch-1-para-1");
    assertThat(mapping.at("/source/id").asString()).isEqualTo("req:test-law:sch-1-para-1");
    assertThat(mapping.at("/target/id").asString()).isEqualTo("req:test-standard:v2:5.1-1");
    assertThat(mapping.get("relation").asString()).isEqualTo("SUBSET_OF");
    // The seed names no author: the mapping is served as our own judgement, with no legal effect.
    assertThat(mapping.get("madeBy").asString()).isEqualTo("REGINTEL");
    assertThat(mapping.get("effect").isNull()).isTrue();
  }

  @Test
  void requirementsPageThroughWithCursors() {
    JsonNode first =
        client.execute("documentWithRequirements", Map.of("code", "TEST STD 1", "first", 3));
    JsonNode page = first.at("/data/document/requirements");
    assertThat(page.get("edges")).hasSize(3);
    assertThat(page.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
    JsonNode next =
        client.executeText(
            """
        query($after: String) { document(code: "TEST STD 1") { requirements(first: 3, after: $after) {
          pageInfo { hasNextPage } edges { node { ref } } } } }""",
            Map.of("after", page.at("/pageInfo/endCursor").asString()));
    JsonNode rest = next.at("/data/document/requirements");
    assertThat(rest.get("edges")).hasSize(1);
    assertThat(rest.at("/edges/0/node/ref").asString()).isEqualTo("5.2-1");
    assertThat(rest.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
  }

  @Test
  void deviceResolvesSupplierControlsAndMarkets() {
    JsonNode body = client.execute("deviceWithControls", Map.of("id", "dev:example-camera"));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    JsonNode device = body.at("/data/device");
    assertThat(device.get("example").asBoolean()).isTrue();
    assertThat(device.at("/supplier/id").asString()).isEqualTo("sup:example-maker");
    assertThat(texts(device.get("markets"), "code")).containsExactly("EU", "GB");
    JsonNode satisfaction = device.at("/controls/0/satisfies/0");
    assertThat(satisfaction.at("/requirement/id").asString())
        .isEqualTo("req:test-standard:v2:5.1-1");
    assertThat(satisfaction.get("fulfilment").asString()).isEqualTo("FULL");
    assertThat(satisfaction.at("/provenance/url").asString())
        .isEqualTo("https://example.org/controls");
    assertThat(device.at("/controls/0/implementedBy/0/id").asString())
        .isEqualTo("dev:example-camera");
  }

  @Test
  void unknownDocumentIsANotFoundErrorNamingTheCode() {
    JsonNode body = client.executeText("{ document(code: \"No Such Thing\") { id } }", Map.of());
    assertThat(body.at("/data/document").isNull()).isTrue();
    assertThat(body.at("/errors/0/message").asString()).contains("'No Such Thing'");
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
  }

  @Test
  void badCursorIsABadInputErrorNamingTheArgument() {
    JsonNode body =
        client.executeText("{ documents(after: \"garbage\") { totalCount } }", Map.of());
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(body.at("/errors/0/message").asString()).contains("after");
  }

  @Test
  void documentsFilterByJurisdictionAndPublisher() {
    JsonNode gb =
        client.executeText(
            "{ documents(filter: {jurisdiction: \"GB\"}, first: 500) { totalCount edges { node { id jurisdictions { code } } } } }",
            Map.of());
    assertThat(texts(gb.at("/data/documents/edges"), "node", "id"))
        .contains("doc:test-law", "doc:test-standard:v2")
        .doesNotContain("doc:test-standard:v1");
    gb.at("/data/documents/edges")
        .forEach(e -> assertThat(texts(e.at("/node/jurisdictions"), "code")).contains("GB"));
    JsonNode etsi =
        client.executeText(
            "{ documents(filter: {publisher: \"ETSI\", status: FINAL}, first: 500) { edges { node { id status publisher { id } } } } }",
            Map.of());
    JsonNode edges = etsi.at("/data/documents/edges");
    assertThat(texts(edges, "node", "id")).contains("doc:test-standard:v2");
    edges.forEach(
        e -> {
          assertThat(e.at("/node/status").asString()).isEqualTo("FINAL");
          assertThat(e.at("/node/publisher/id").asString()).isEqualTo("pub:etsi");
        });
  }

  static List<String> texts(JsonNode array, String... path) {
    List<String> out = new ArrayList<>();
    array.forEach(
        n -> {
          JsonNode v = n;
          for (String p : path) {
            v = v.get(p);
          }
          out.add(v.asString());
        });
    return out;
  }
}
