package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.ingest.LoadReport;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.crawlers.source.nist.ImportedCatalog;
import dev.regintel.crawlers.source.nist.ImportedControl;
import dev.regintel.crawlers.source.nist.OscalImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The SP 800-53 catalogs imported from the shipped OSCAL files ({@code seed-data/oscal}) by the
 * {@code oscal-catalog} seed files, as the API shows them; loading them again changes nothing, and
 * a bad catalog file is refused, naming the file, with nothing written.
 */
class OscalCatalogSeedIT extends AbstractAppIT {

  static final Path NIST = Path.of("../seed-data/documents/nist");
  static final Path OSCAL = Path.of("../seed-data/oscal");
  static final List<Path> CATALOG_FILES =
      List.of(
          NIST.resolve("nist-sp-800-53-r4-oscal.yaml"),
          NIST.resolve("nist-sp-800-53-r5-oscal.yaml"));

  @LocalServerPort int port;
  @TempDir Path dir;
  GraphQlClient client;

  @BeforeEach
  void client() {
    client = new GraphQlClient(port);
  }

  JsonNode requirement(String id) {
    JsonNode body = client.execute("oscalRequirement", Map.of("id", id));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    return body.at("/data/requirement");
  }

  List<JsonNode> requirements(String version) {
    JsonNode body =
        client.execute("oscalDocumentRefs", Map.of("code", "NIST SP 800-53", "version", version));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    assertThat(body.at("/data/document/requirements/pageInfo/hasNextPage").asBoolean()).isFalse();
    List<JsonNode> nodes = new ArrayList<>();
    body.at("/data/document/requirements/edges").forEach(e -> nodes.add(e.get("node")));
    return nodes;
  }

  static List<String> refs(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false)
        .map(n -> n.get("ref").asString())
        .toList();
  }

  static long count(String cypher, Map<String, Object> parameters) {
    return TestNeo4j.driver()
        .executableQuery(cypher)
        .withParameters(parameters)
        .execute()
        .records()
        .getFirst()
        .get(0)
        .asLong();
  }

  @Test
  void revision5ModerateHasTheSupplyChainFamilyWithItsControls() {
    JsonNode sr = requirement("req:nist-sp-800-53:r5:sr");
    assertThat(refs(sr.get("children"))).contains("SR-1", "SR-2", "SR-3", "SR-5", "SR-6", "SR-11");

    JsonNode sr2 = requirement("req:nist-sp-800-53:r5:sr-2");
    assertThat(sr2.get("title").asString()).isEqualTo("Supply Chain Risk Management Plan (SR-2)");
    assertThat(sr2.get("titleJa").asString()).isEqualTo("サプライチェーンリスク管理計画（SR-2）");
    assertThat(sr2.at("/parent/ref").asString()).isEqualTo("SR");
    assertThat(sr2.get("section").asString()).isEqualTo("Supply Chain Risk Management (SR)");
    assertThat(sr2.get("baselines").toString()).isEqualTo("[\"MODERATE\"]");
    assertThat(sr2.get("text").asString())
        .startsWith("a. Develop a plan for managing supply chain risks");
  }

  @Test
  void accountManagementHasItsStatementWithParametersAndItsEnhancements() {
    JsonNode ac2 = requirement("req:nist-sp-800-53:r5:ac-2");

    assertThat(ac2.get("ref").asString()).isEqualTo("AC-2");
    assertThat(ac2.at("/parent/ref").asString()).isEqualTo("AC");
    assertThat(ac2.get("text").asString())
        .startsWith(
            "a. Define and document the types of accounts allowed and specifically prohibited")
        .contains("[Assignment: organization-defined")
        .doesNotContain("{{");
    assertThat(ac2.get("textIsOfficial").asBoolean()).isTrue();
    assertThat(ac2.get("obligation").asString()).isEqualTo("RECOMMENDED");
    assertThat(ac2.get("titleJa").asString()).isEqualTo("アカウント管理（AC-2）");
    assertThat(ac2.get("note").asString()).contains("regintel's own translation");
    assertThat(refs(ac2.get("children"))).contains("AC-2(1)", "AC-2(2)", "AC-2(3)", "AC-2(4)");
    assertThat(ac2.at("/source/method").asString()).isEqualTo("IMPORT");
    assertThat(ac2.at("/source/url").asString())
        .startsWith("https://github.com/usnistgov/oscal-content/blob/")
        .endsWith("/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json");
    assertThat(ac2.at("/source/sha256").asString())
        .isEqualTo("e87b99d64937e98215d98d0dd16794546c981bb69eb33f2c416476dad090aa7d");

    JsonNode ac21 = requirement("req:nist-sp-800-53:r5:ac-2-1");
    assertThat(ac21.get("title").asString())
        .isEqualTo("Automated System Account Management (AC-2(1))");
    assertThat(ac21.at("/parent/ref").asString()).isEqualTo("AC-2");
    assertThat(ac21.get("titleJa").asString()).isEqualTo("自動化されたシステムアカウント管理（AC-2(1)）");
  }

  @Test
  void everyImportedItemHasAJapaneseTitleEndingInItsRefAndMarkedAsOurTranslation() {
    assertThat(
            count(
                """
                MATCH (r:Requirement) WHERE r.documentId IN $docs
                  AND (r.titleJa IS NULL OR NOT r.titleJa ENDS WITH '（' + r.ref + '）'
                       OR r.titleJa = '（' + r.ref + '）')
                RETURN count(r)""",
                Map.of("docs", List.of("doc:nist-sp-800-53:r4", "doc:nist-sp-800-53:r5"))))
        .isZero();
    assertThat(
            count(
                """
                MATCH (r:Requirement {srcMethod: 'IMPORT'}) WHERE r.documentId IN $docs
                  AND NOT coalesce(r.note, '') ENDS WITH $note
                RETURN count(r)""",
                Map.of(
                    "docs",
                    List.of("doc:nist-sp-800-53:r4", "doc:nist-sp-800-53:r5"),
                    "note",
                    "Japanese title: regintel's own translation (IPA publishes the official"
                        + " Japanese translation of SP 800-53).")))
        .isZero();
    JsonNode ac13 = requirement("req:nist-sp-800-53:r4:ac-13");
    assertThat(ac13.get("titleJa").asString()).isEqualTo("監督とレビュー（アクセス制御）（AC-13）");
    assertThat(ac13.get("note").asString())
        .startsWith("Withdrawn in the catalog; incorporated into AC-2, AU-6. Japanese title:");
  }

  @Test
  void searchingForAccountManagementInJapaneseFindsAc2() {
    JsonNode body =
        client.execute(
            "search",
            Map.of(
                "query",
                "アカウント管理",
                "first",
                20,
                "filter",
                Map.of("kinds", List.of("REQUIREMENT"), "publishers", List.of("pub:nist"))));
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    List<JsonNode> hits = new ArrayList<>();
    body.at("/data/search/hits").forEach(hits::add);

    assertThat(hits)
        .filteredOn(h -> h.get("id").asString().equals("req:nist-sp-800-53:r5:ac-2"))
        .singleElement()
        .satisfies(h -> assertThat(h.get("titleJa").asString()).isEqualTo("アカウント管理（AC-2）"));
  }

  @Test
  void revision4HasNoSupplyChainFamilyAndKeepsItsWithdrawnControlsMarked() {
    List<JsonNode> r4 = requirements("Revision 4");

    assertThat(r4).hasSize(18 + 256 + 666);
    assertThat(r4)
        .extracting(n -> n.get("ref").asString())
        .doesNotContain("SR")
        .contains("PM", "AC-13");
    assertThat(r4)
        .noneMatch(n -> n.get("ref").asString().startsWith("SR-"))
        .filteredOn(n -> n.get("withdrawn").asBoolean(false))
        .hasSize(96);

    JsonNode ac13 = requirement("req:nist-sp-800-53:r4:ac-13");
    assertThat(ac13.get("withdrawn").asBoolean()).isTrue();
    assertThat(ac13.get("obligation").asString()).isEqualTo("INFORMATIVE");
    assertThat(ac13.get("text").isNull()).isTrue();
    assertThat(ac13.get("note").asString()).contains("incorporated into AC-2, AU-6");
    assertThat(requirement("req:nist-sp-800-53:r4:ac-2").get("withdrawn").isNull()).isTrue();
  }

  @Test
  void revision4MarksTheControlsItsModerateBaselineSelects() {
    long moderate =
        count(
            "MATCH (r:Requirement {documentId: $d}) WHERE 'MODERATE' IN r.baselines RETURN count(r)",
            Map.of("d", "doc:nist-sp-800-53:r4"));

    assertThat(moderate).isEqualTo(159 + 102);
    assertThat(requirement("req:nist-sp-800-53:r4:ac-2").get("baselines").toString())
        .isEqualTo("[\"MODERATE\"]");
    assertThat(requirement("req:nist-sp-800-53:r4:ac-2-5").get("baselines").toString())
        .isEqualTo("[]");
  }

  @Test
  void everyLiveCsf20SubcategoryOfTheShippedCatalogIsUnderItsCategory() throws IOException {
    ImportedCatalog csf =
        OscalImport.read(
            Files.readAllBytes(OSCAL.resolve("NIST_CSF_v2.0_catalog.xml")),
            OSCAL.resolve("NIST_CSF_v2.0_catalog.xml").toUri());
    List<ImportedControl> subcategories =
        csf.controls().stream().filter(c -> "subcategory".equals(c.className())).toList();
    assertThat(subcategories).hasSize(106);
    for (ImportedControl s : subcategories) {
      assertThat(
              count(
                  "MATCH (:Requirement {id: $parent})-[:HAS_PART]->(r:Requirement {id: $id})"
                      + " WHERE r.text = $text RETURN count(r)",
                  Map.of(
                      "id", "req:nist-csf:2.0:" + s.ref().toLowerCase(java.util.Locale.ROOT),
                      "parent",
                          "req:nist-csf:2.0:" + s.parentRef().toLowerCase(java.util.Locale.ROOT),
                      "text", s.text())))
          .as("%s under %s with the catalog's statement", s.ref(), s.parentRef())
          .isEqualTo(1);
    }
    JsonNode praa01 = requirement("req:nist-csf:2.0:pr.aa-01");
    assertThat(praa01.at("/parent/ref").asString()).isEqualTo("PR.AA");
  }

  /** Every property of the SP 800-53 requirements and of the links to them, in a fixed order. */
  static List<Object> imported() {
    return TestNeo4j.driver()
        .executableQuery(
            """
            MATCH (d:Document)-[h:HAS_REQUIREMENT]->(r:Requirement)
            WHERE d.id IN ['doc:nist-sp-800-53:r4', 'doc:nist-sp-800-53:r5']
            OPTIONAL MATCH (p:Requirement)-[part:HAS_PART]->(r)
            RETURN r.id AS id, properties(r) AS r, properties(h) AS h, p.id AS parent,
                   properties(part) AS part
            ORDER BY id""")
        .execute()
        .records()
        .stream()
        .map(rec -> (Object) rec.asMap())
        .toList();
  }

  @Test
  void loadingTheCatalogsAgainChangesNothing() {
    Map<String, Object> none = Map.of();
    long changes = count("MATCH (c:Change) RETURN count(c)", none);
    long requirements = count("MATCH (r:Requirement) RETURN count(r)", none);
    List<Object> before = imported();

    long started = System.nanoTime();
    LoadReport report = seedLoader.load(CATALOG_FILES);
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.printf("OSCAL catalogs reloaded (%d requirements) in %d ms%n", 922 + 287, millis);
    assertThat(report.problems()).isEmpty();
    assertThat(report.written()).hasSize(2);
    assertThat(report.nodesCreated()).isZero();
    assertThat(report.relationshipsCreated()).isZero();
    assertThat(imported()).hasSize(18 + 922 + 20 + 287).isEqualTo(before);
    assertThat(count("MATCH (c:Change) RETURN count(c)", none)).isEqualTo(changes);
    assertThat(count("MATCH (r:Requirement) RETURN count(r)", none)).isEqualTo(requirements);
  }

  LoadReport loadBadCatalog(String document, String catalogText) throws IOException {
    Files.writeString(dir.resolve("catalog.json"), catalogText);
    Files.writeString(
        dir.resolve("bad-oscal.yaml"),
        """
        kind: oscal-catalog
        document: %s
        catalog:
          file: catalog.json
          title: NIST Special Publication 800-53 Revision 5.1.1 MODERATE IMPACT BASELINE
          source: {url: "https://example.org/catalog.json"}
        existing: [family]
        titlesJa: {file: %s}
        """
            .formatted(document, OSCAL.resolve("titles-ja.yaml").toAbsolutePath()));
    return seedLoader.load(List.of(dir.resolve("bad-oscal.yaml")));
  }

  void assertRefusedWithNothingWritten(LoadReport report, String message) {
    assertThat(report.written()).isEmpty();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).endsWith("bad-oscal.yaml");
              assertThat(p.message()).contains(message);
            });
  }

  @Test
  void aCatalogFileThatIsNotJsonIsRefusedNamingTheFile() throws IOException {
    long before = count("MATCH (r:Requirement) RETURN count(r)", Map.of());

    assertRefusedWithNothingWritten(
        loadBadCatalog("doc:nist-sp-800-53:r5", "AC-2,Account Management\n"),
        "catalog.json is not an OSCAL catalog");
    assertThat(count("MATCH (r:Requirement) RETURN count(r)", Map.of())).isEqualTo(before);
  }

  @Test
  void aJsonFileThatIsNotACatalogIsRefused() throws IOException {
    assertRefusedWithNothingWritten(
        loadBadCatalog(
            "doc:nist-sp-800-53:r5",
            "{\"profile\": {\"metadata\": {\"title\": \"MODERATE\"}, \"imports\": []}}"),
        "not an OSCAL catalog (top-level keys [profile]");
  }

  @Test
  void aCatalogForAnUnknownDocumentIsRefused() throws IOException {
    String catalog =
        Files.readString(
            OSCAL.resolve("NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json"));

    assertRefusedWithNothingWritten(
        loadBadCatalog("doc:nist-sp-800-53:r9", catalog),
        "refers to the document doc:nist-sp-800-53:r9, which no valid seed file defines");
    assertThat(
            count(
                "MATCH (r:Requirement {documentId: 'doc:nist-sp-800-53:r9'}) RETURN count(r)",
                Map.of()))
        .isZero();
  }
}
