package dev.regintel.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.ingest.LoadReport;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.support.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A document is known by its code and version: no two share both, a code that names different works
 * is an error listing them, and a code alone names the newest version that has provisions.
 */
class DocumentIdentityIT extends AbstractAppIT {

  static final String CODE = "Test Identity Code";

  @LocalServerPort int port;
  @TempDir Path dir;
  GraphQlClient client;

  @BeforeEach
  void client() {
    client = new GraphQlClient(port);
  }

  @AfterEach
  void removeTheTestDocuments() {
    TestNeo4j.driver()
        .executableQuery(
            """
            MATCH (d:Document) WHERE d.id STARTS WITH 'doc:test-identity'
            OPTIONAL MATCH (d)-[:HAS_REQUIREMENT]->(r)
            DETACH DELETE d, r""")
        .execute();
  }

  LoadReport load(
      String name,
      String id,
      String version,
      String family,
      String published,
      boolean withProvision)
      throws IOException {
    String file =
        """
        kind: document
        document:
          id: %s
          code: %s
          version: '%s'
          title: Identity test document %s
          titleJa: 識別テスト文書
          kind: STANDARD
          status: FINAL
          published: '%s'
          publisher: pub:etsi
          family: %s
          jurisdictions: [EU]
          url: https://example.org/%s
          source: {url: "https://example.org/%s"}
        """
            .formatted(id, CODE, version, id, published, family, name, name);
    if (withProvision) {
      file +=
          """
          requirements:
            - ref: '1'
              title: A provision
              titleJa: 規定
              obligation: MANDATORY
          """;
    }
    Path path = dir.resolve(name + ".yaml");
    Files.writeString(path, file);
    return seedLoader.load(List.of(path));
  }

  JsonNode document(String version) {
    return client.executeText(
        "query($c: String!, $v: String) { document(code: $c, version: $v) { id } }",
        version == null ? Map.of("c", CODE) : Map.of("c", CODE, "v", version));
  }

  @Test
  void aSecondDocumentWithTheSameCodeAndVersionIsRefusedNamingTheFirst() throws IOException {
    LoadReport first = load("a", "doc:test-identity-a", "1", "test-identity", "2020-01-01", true);
    assertThat(first.problems()).isEmpty();
    LoadReport second = load("b", "doc:test-identity-b", "1", "test-identity", "2021-01-01", true);

    assertThat(second.problems())
        .as("the document, then its provision, which has no document to belong to")
        .hasSize(2)
        .first()
        .asString()
        .contains("doc:test-identity-b", "is already doc:test-identity-a's", "code and version");
    assertThat(document(null).at("/data/document/id").asString()).isEqualTo("doc:test-identity-a");
  }

  @Test
  void aCodeAloneNamesTheNewestVersionThatHasProvisions() throws IOException {
    load("a", "doc:test-identity-a", "1", "test-identity", "2020-01-01", true);
    load("b", "doc:test-identity-b", "2", "test-identity", "2024-01-01", false);

    assertThat(document(null).at("/data/document/id").asString()).isEqualTo("doc:test-identity-a");
    assertThat(document("2").at("/data/document/id").asString()).isEqualTo("doc:test-identity-b");
  }

  @Test
  void aCodeOfTwoDifferentWorksIsAnErrorListingThem() throws IOException {
    load("a", "doc:test-identity-a", "1", "test-identity", "2020-01-01", true);
    load("c", "doc:test-identity-c", "2", "test-identity-other", "2021-01-01", true);

    JsonNode error = document(null).at("/errors/0");
    assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(error.at("/message").asString())
        .startsWith("Code 'Test Identity Code' names 2 different documents: ")
        .contains("doc:test-identity-a", "doc:test-identity-c");
    assertThat(document("2").at("/data/document/id").asString()).isEqualTo("doc:test-identity-c");
  }

  @Test
  void noTwoDocumentsOfTheCorpusShareACodeAndVersion() {
    var shared =
        TestNeo4j.driver()
            .executableQuery(
                """
                MATCH (d:Document)
                WITH d.codeKey AS code, coalesce(d.versionKey, '') AS version, collect(d.id) AS ids
                WHERE size(ids) > 1
                RETURN code, version, ids""")
            .execute()
            .records();
    assertThat(shared).as(shared.toString()).isEmpty();
  }
}
