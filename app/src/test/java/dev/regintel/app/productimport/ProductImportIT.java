package dev.regintel.app.productimport;

import static dev.regintel.app.productimport.ProductFilesTests.FILES;
import static dev.regintel.app.productimport.ProductFilesTests.SEED_OSCAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.security.ApiKeys;
import dev.regintel.app.security.Role;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.ontology.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code importProduct} on the seeded graph: OSCAL component definitions (NIST's example and a
 * fictional camera, JSON and XML) and product sheets become devices, controls and claims in one
 * transaction, again without change; a file with references the graph does not hold, or that cannot
 * be read, writes nothing and says why.
 */
public class ProductImportIT extends AbstractAppIT {

  static final String CAMERA_DEVICE = "dev:oscal-6f1e6d0a-1c2b-4e55-9a71-3d5b2f0c8e11";
  static final String SMARTPLUG = "dev:example-smartplug-p2-fictional";

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  GraphQlClient client;
  String curator;

  @BeforeEach
  void client() {
    client = new GraphQlClient(port);
    curator = keys.create(Role.CURATOR, "product import test").key();
  }

  @AfterEach
  void cleanUp() {
    removeImported();
  }

  /** Removes what imports wrote, so that each test starts from the seeded graph. */
  public static void removeImported() {
    TestNeo4j.driver()
        .executableQuery(
            """
            MATCH (n) WHERE (n:Control OR n:Device OR n:Supplier) AND n.srcMethod = 'IMPORT'
            DETACH DELETE n""")
        .execute();
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode importProduct(
      String content, String format, String fileName, boolean dryRun, String key) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("content", content);
    variables.put("format", format);
    variables.put("fileName", fileName);
    variables.put("dryRun", dryRun);
    return client.executeText(GraphQlClient.document("importProduct"), variables, key);
  }

  JsonNode imported(Path file, String format) {
    JsonNode body =
        importProduct(text(file), format, file.getFileName().toString(), false, curator);
    assertThat(body.get("errors")).as(body.toString()).isNull();
    return body.at("/data/importProduct");
  }

  static long[] counts() {
    return TestNeo4j.counts();
  }

  static List<String> strings(JsonNode list) {
    return list.valueStream().map(JsonNode::asString).toList();
  }

  @Test
  void nistsExampleImportsAsOneControlClaimingThreeSp80053Rev5Controls() {
    Path file = SEED_OSCAL.resolve("example-component-definition.json");
    JsonNode result = imported(file, "OSCAL_JSON");

    assertThat(result.get("accepted").asBoolean()).as(result.toString()).isTrue();
    assertThat(result.get("written").asBoolean()).isTrue();
    assertThat(strings(result.get("controls")))
        .containsExactly("ctl:oscal-91f646c5-b1b6-4786-9ec3-2305a044e217");
    assertThat(result.get("claims").asInt()).isEqualTo(3);
    assertThat(result.get("sha256").asString())
        .isEqualTo(Sha256.hex(ProductFilesTests.bytes(file)));
    JsonNode control =
        client
            .executeText(
                """
                { control(id: "ctl:oscal-91f646c5-b1b6-4786-9ec3-2305a044e217") {
                    name source { url method sha256 }
                    satisfies { requirement { id } fulfilment evidence provenance { url method } } } }""",
                Map.of())
            .at("/data/control");
    assertThat(control.get("name").asString()).isEqualTo("MongoDB");
    assertThat(control.at("/source/url").asString()).isEqualTo("example-component-definition.json");
    assertThat(control.at("/source/method").asString()).isEqualTo("IMPORT");
    assertThat(control.at("/source/sha256").asString()).isEqualTo(result.get("sha256").asString());
    assertThat(control.get("satisfies").findValuesAsString("id"))
        .containsExactlyInAnyOrder(
            "req:nist-sp-800-53:r5:sc-8",
            "req:nist-sp-800-53:r5:sc-8-1",
            "req:nist-sp-800-53:r5:sa-4-9");
    assertThat(control.get("satisfies").findValuesAsString("fulfilment")).containsOnly("FULL");
  }

  @Test
  void aComponentDefinitionWritesItsDeviceSupplierControlsAndClaimsAndAgainChangesNothing() {
    Path file = FILES.resolve("camera-component-definition.xml");
    JsonNode first = imported(file, "OSCAL_XML");
    assertThat(first.get("accepted").asBoolean()).as(first.toString()).isTrue();
    assertThat(first.get("claims").asInt()).isEqualTo(6);
    assertThat(first.get("nodesCreated").asInt()).isEqualTo(4);

    JsonNode device =
        client.execute("deviceWithControls", Map.of("id", CAMERA_DEVICE)).at("/data/device");
    assertThat(device.get("category").asString()).isEqualTo("CONSUMER_IOT");
    assertThat(device.at("/supplier/id").asString())
        .isEqualTo("sup:oscal-0b6c3c8e-2f41-4d7a-8e15-9a3f6b2d1c70");
    assertThat(device.get("markets").findValuesAsString("code"))
        .containsExactlyInAnyOrder("GB", "US");
    assertThat(device.get("controls").findValuesAsString("fulfilment")).hasSize(6);
    assertThat(device.get("controls").findValuesAsString("code"))
        .contains("NIST SP 800-53", "NIST CSF", "NISTIR 8259A");

    long[] before = counts();
    JsonNode again = imported(file, "OSCAL_XML");
    assertThat(again.get("accepted").asBoolean()).isTrue();
    assertThat(again.get("nodesCreated").asInt()).isZero();
    assertThat(again.get("relationshipsCreated").asInt()).isZero();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aFileCitingWhatTheGraphDoesNotHoldWritesNothingAndNamesEveryProblem() {
    long[] before = counts();
    JsonNode result = imported(FILES.resolve("refused-component-definition.json"), "OSCAL_JSON");

    assertThat(result.get("accepted").asBoolean()).isFalse();
    assertThat(result.get("written").asBoolean()).isFalse();
    assertThat(result.get("controls").isEmpty()).isTrue();
    List<String> problems =
        result
            .get("problems")
            .valueStream()
            .map(p -> p.get("location").asString() + ": " + p.get("message").asString())
            .toList();
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("control-id ac-2.6", "no requirement req:nist-sp-800-53:r5:ac-2-6"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("control-id sc-8.2", "no requirement req:nist-sp-800-53:r5:sc-8-2"))
        .anySatisfy(
            p -> assertThat(p).contains("iso-iec-27001-2022.json' names no catalog we hold"))
        .anySatisfy(p -> assertThat(p).contains("Example gateway (fictional)", "product category"))
        .hasSize(4);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aDryRunSaysWhatWouldBeWrittenAndWritesNothing() {
    long[] before = counts();
    JsonNode body =
        importProduct(
            text(FILES.resolve("camera-component-definition.json")),
            "OSCAL_JSON",
            null,
            true,
            curator);
    JsonNode result = body.at("/data/importProduct");

    assertThat(result.get("accepted").asBoolean()).as(body.toString()).isTrue();
    assertThat(result.get("dryRun").asBoolean()).isTrue();
    assertThat(result.get("written").asBoolean()).isFalse();
    assertThat(result.get("fileName").asString()).isEqualTo("upload.json");
    assertThat(strings(result.get("devices"))).containsExactly(CAMERA_DEVICE);
    assertThat(result.get("claims").asInt()).isEqualTo(6);
    assertThat(strings(result.get("notices")))
        .anySatisfy(n -> assertThat(n).contains("si-2: planned"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aProductSheetResolvesDocumentsByCodeAndNamesControlsOfTheSeedData() {
    JsonNode result = imported(FILES.resolve("smartplug-sheet.csv"), "CSV");
    assertThat(result.get("accepted").asBoolean()).as(result.toString()).isTrue();

    JsonNode device =
        client.execute("deviceWithControls", Map.of("id", SMARTPLUG)).at("/data/device");
    assertThat(device.at("/supplier/id").asString()).isEqualTo("sup:example-plugco-ltd-fictional");
    Map<String, JsonNode> controls = new HashMap<>();
    device.get("controls").forEach(c -> controls.put(c.get("id").asString(), c));
    assertThat(controls)
        .containsOnlyKeys(
            "ctl:example-smartplug-p2-fictional-unique-password-per-plug",
            "ctl:example-smartplug-p2-fictional-signed-firmware-updates",
            "ctl:tls-1-2-or-later");
    assertThat(
            controls
                .get("ctl:example-smartplug-p2-fictional-unique-password-per-plug")
                .get("satisfies")
                .findValuesAsString("id"))
        .containsExactlyInAnyOrder(
            "req:etsi-en-303-645:v2.1.1:5.1-1", "req:uk-si-2023-1007:sch-1-para-1");
    assertThat(
            controls
                .get("ctl:example-smartplug-p2-fictional-signed-firmware-updates")
                .get("satisfies")
                .findValuesAsString("id"))
        .containsExactly("req:etsi-en-303-645:v2.1.1:5.3-2");

    // The YAML form of the same sheet writes the same nodes: nothing new.
    JsonNode yaml = imported(FILES.resolve("smartplug-sheet.yaml"), "YAML");
    assertThat(yaml.get("accepted").asBoolean()).isTrue();
    assertThat(yaml.get("nodesCreated").asInt()).isZero();
  }

  @Test
  void aCodeWithSeveralVersionsAndAnIdTheSeedDataOwnsAreProblems() {
    long[] before = counts();
    String sheet =
        """
        device_name,device_category,control_id,control_name,document,ref,fulfilment
        Plug,CONSUMER_IOT,ctl:tls-1-2-or-later,TLS,ETSI EN 303 645,5.1-1,FULL
        """;
    JsonNode result =
        importProduct(sheet, "CSV", "plug.csv", false, curator).at("/data/importProduct");

    assertThat(result.get("accepted").asBoolean()).isFalse();
    assertThat(result.get("problems").findValuesAsString("message"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("ctl:tls-1-2-or-later is already in the graph, written by SEED"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "3 documents have the code 'ETSI EN 303 645'",
                        "ETSI EN 303 645 V2.1.1",
                        "give the version"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void malformedContentIsBadUserInputAndWritesNothing() {
    long[] before = counts();
    JsonNode body =
        importProduct("{\"component-definition\": [", "OSCAL_JSON", null, false, curator);

    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(body.at("/errors/0/message").asString()).contains("malformed JSON", "line 1");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void contentOverTheSizeLimitIsRefusedNamingTheLimit() {
    long[] before = counts();
    String big = "x".repeat((int) ProductImportLimits.DEFAULTS.maxFileSize().toBytes() + 1);
    JsonNode body = importProduct(big, "CSV", null, false, curator);

    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(body.at("/errors/0/message").asString())
        .isEqualTo(
            "The content (5242881 characters) exceeds the limit of 5242880"
                + " (regintel.limits.product-import.max-file-size).");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aFileNameWithDirectoriesIsBadUserInput() {
    JsonNode body = importProduct("device_name\nPlug\n", "CSV", "../etc/plug.csv", true, curator);
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(body.at("/errors/0/message").asString())
        .contains("'fileName'", "without directories");
  }

  @Test
  void aVendorKeyOwnsWhatItImportsAndAnotherVendorMayNotImportOverIt() {
    String content = text(FILES.resolve("smartplug-sheet.csv"));
    String vendor = keys.create(Role.VENDOR, "vendor").key();
    JsonNode first = importProduct(content, "CSV", "plug.csv", false, vendor);
    assertThat(first.get("errors")).as(first.toString()).isNull();
    assertThat(first.at("/data/importProduct/written").asBoolean()).isTrue();
    JsonNode again = importProduct(content, "CSV", "plug.csv", false, vendor);
    assertThat(again.get("errors")).as(again.toString()).isNull();
    String other = keys.create(Role.VENDOR, "other vendor").key();
    long[] before = counts();
    JsonNode refused = importProduct(content, "CSV", "plug.csv", false, other);
    assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    assertThat(refused.at("/errors/0/message").asString()).contains("owned by another API key");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void importingNeedsAVendorKey() {
    String content = text(FILES.resolve("smartplug-sheet.csv"));
    assertThat(
            importProduct(content, "CSV", null, true, null)
                .at("/errors/0/extensions/code")
                .asString())
        .isEqualTo("UNAUTHENTICATED");
    String reader = keys.create(Role.READER, "reader").key();
    assertThat(
            importProduct(content, "CSV", null, true, reader)
                .at("/errors/0/extensions/code")
                .asString())
        .isEqualTo("FORBIDDEN");
  }

  @Test
  void theWhitePaperVendorsCamerasImportFromTheDocsExampleAndGetTheirCoverage() {
    Path file = Path.of("../docs/examples/axis-cameras-component-definition.json");
    JsonNode result = imported(file, "OSCAL_JSON");
    assertThat(result.get("controls")).hasSize(6);
    assertThat(result.get("claims").asInt()).isEqualTo(28);
    String device = result.at("/devices/0").asString();
    JsonNode body =
        client.executeText(
            """
            query($id: ID!) { coverage(deviceId: $id, jurisdictions: ["DE", "US-CA"]) {
              device { category use }
              jurisdictions { jurisdiction { code } rows { requirement { ref } fulfilment } } } }""",
            Map.of("id", device));
    assertThat(body.get("errors")).as(body.toString()).isNull();
    assertThat(body.at("/data/coverage/device/use").asString()).isEqualTo("PROFESSIONAL");
    Map<String, String> de = new HashMap<>();
    body.at("/data/coverage/jurisdictions/0/rows")
        .forEach(r -> de.put(r.at("/requirement/ref").asString(), r.get("fulfilment").asString()));
    assertThat(de)
        .containsEntry("Annex I Part I (2)(b)", "PARTIAL")
        .containsEntry("Annex I Part I (2)(f)", "PARTIAL")
        .containsEntry("Annex I Part I (2)(m)", "NONE");
    Map<String, String> ca = new HashMap<>();
    body.at("/data/coverage/jurisdictions/1/rows")
        .forEach(r -> ca.put(r.at("/requirement/ref").asString(), r.get("fulfilment").asString()));
    assertThat(ca).containsEntry("1798.91.04(b)(2)", "FULL");
  }

  @Test
  void aNewEditionOfAFileWithdrawsTheClaimsItNoLongerMakes() {
    String content = text(FILES.resolve("smartplug-sheet.csv"));
    JsonNode first = importProduct(content, "CSV", "plug.csv", false, curator);
    assertThat(first.get("errors")).as(first.toString()).isNull();
    String control = "ctl:example-smartplug-p2-fictional-unique-password-per-plug";
    String query = "query($id: ID!) { control(id: $id) { satisfies { requirement { id } } } }";
    assertThat(client.executeText(query, Map.of("id", control)).at("/data/control/satisfies"))
        .hasSize(2);
    String withoutUkClaim =
        content
            .lines()
            .filter(l -> !l.contains("req:uk-si-2023-1007:sch-1-para-1"))
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    JsonNode second = importProduct(withoutUkClaim, "CSV", "plug.csv", false, curator);
    assertThat(second.get("errors")).as(second.toString()).isNull();
    assertThat(second.at("/data/importProduct/notices").toString())
        .contains("withdraws the claims", "req:uk-si-2023-1007:sch-1-para-1");
    JsonNode satisfies =
        client.executeText(query, Map.of("id", control)).at("/data/control/satisfies");
    assertThat(satisfies).hasSize(1);
    assertThat(satisfies.at("/0/requirement/id").asString())
        .isEqualTo("req:etsi-en-303-645:v2.1.1:5.1-1");
  }
}
