package dev.regintel.app.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.search.SearchIndex;
import dev.regintel.app.security.ApiKeys;
import dev.regintel.app.security.Role;
import dev.regintel.app.support.AbstractGraphQlIT;
import dev.regintel.app.support.TestNeo4j;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A vendor brings a product in through the API, and nobody else's data is touched by it. */
class VendorIT extends AbstractGraphQlIT {

  static final String PSTI_PASSWORDS = "req:uk-si-2023-1007:sch-1-para-1-2";

  @Autowired ApiKeys keys;
  @Autowired SearchIndex searchIndex;
  String vendor;
  String suffix;

  @BeforeEach
  void vendorKey() {
    vendor = keys.create(Role.VENDOR, "vendor").key();
    suffix = UUID.randomUUID().toString().substring(0, 8);
  }

  JsonNode as(String key, String query, Map<String, Object> variables) {
    return client.executeText(query, variables, key);
  }

  JsonNode okAs(String key, String query, Map<String, Object> variables) {
    JsonNode body = as(key, query, variables);
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    return body.get("data");
  }

  static String code(JsonNode body) {
    return body.at("/errors/0/extensions/code").asString();
  }

  static String message(JsonNode body) {
    return body.at("/errors/0/message").asString();
  }

  static final String CREATE_CONTROL =
      "mutation($in: ControlInput!) { createControl(input: $in) { id name source { method url } } }";
  static final String CREATE_DEVICE =
      "mutation($in: DeviceInput!) { createDevice(input: $in) {"
          + " id category use supplier { id } controls { id } markets { code } } }";
  static final String CLAIM =
      "mutation($in: ClaimInput!) { claimSatisfies(input: $in) {"
          + " requirement { id } fulfilment evidence provenance { method } } }";
  static final String COVERAGE =
      "query($id: ID!, $m: [String!]) { coverage(deviceId: $id, jurisdictions: $m) {"
          + " jurisdictions { applicable { document { id } reason }"
          + " rows { requirement { id } fulfilment controls { id } } } } }";

  String control(String key, String name) {
    return okAs(
            key,
            CREATE_CONTROL,
            Map.of("in", Map.of("id", "ctl:test-" + name + "-" + suffix, "name", name)))
        .at("/createControl/id")
        .asString();
  }

  Map<String, Object> device(String id, String category, String use, List<String> controls) {
    Map<String, Object> in = new HashMap<>();
    in.put("id", id);
    in.put("name", "Test device " + suffix);
    in.put("category", category);
    in.put("use", use);
    in.put("markets", List.of("GB"));
    in.put("controls", controls);
    return Map.of("in", in);
  }

  static String fulfilmentOf(JsonNode coverage, String requirementId) {
    for (JsonNode row : coverage.at("/data/coverage/jurisdictions/0/rows")) {
      if (row.at("/requirement/id").asString().equals(requirementId)) {
        return row.get("fulfilment").asString();
      }
    }
    throw new AssertionError("no row for " + requirementId + " in " + coverage);
  }

  @Test
  void aVendorPutsAProductInClaimsAndWithdrawsAndCoverageFollowsAtOnce() {
    JsonNode supplier =
        okAs(
            vendor,
            "mutation($in: SupplierInput!) { createSupplier(input: $in) { id name } }",
            Map.of("in", Map.of("name", "Test Maker " + suffix, "url", "https://example.com/")));
    String supplierId = supplier.at("/createSupplier/id").asString();
    assertThat(supplierId).isEqualTo("sup:test-maker-" + suffix);

    String control = control(vendor, "passwords");
    JsonNode created =
        okAs(
            vendor,
            CREATE_CONTROL.replace("createControl", "updateControl"),
            Map.of("in", Map.of("id", control, "name", "Unique passwords per unit")));
    assertThat(created.at("/updateControl/source/method").asString()).isEqualTo("MANUAL");
    assertThat(created.at("/updateControl/source/url").asString())
        .startsWith("urn:regintel:api-key:");

    String deviceId = "dev:test-camera-" + suffix;
    Map<String, Object> in = device(deviceId, "consumer_iot", "CONSUMER", List.of(control));
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) in.get("in");
    fields.put("supplier", supplierId);
    JsonNode device = okAs(vendor, CREATE_DEVICE, in).get("createDevice");
    assertThat(device.get("category").asString()).isEqualTo("CONSUMER_IOT");
    assertThat(device.at("/supplier/id").asString()).isEqualTo(supplierId);
    assertThat(device.at("/markets/0/code").asString()).isEqualTo("GB");

    Map<String, Object> coverage = Map.of("id", deviceId, "m", List.of("GB"));
    assertThat(fulfilmentOf(okText(COVERAGE, coverage), PSTI_PASSWORDS)).isEqualTo("NONE");

    JsonNode claim =
        okAs(
            vendor,
            CLAIM,
            Map.of(
                "in",
                Map.of(
                    "controlId",
                    control,
                    "requirementId",
                    PSTI_PASSWORDS,
                    "fulfilment",
                    "FULL",
                    "evidence",
                    "Each unit gets a random password printed on its label.")));
    assertThat(claim.at("/claimSatisfies/fulfilment").asString()).isEqualTo("FULL");
    assertThat(fulfilmentOf(okText(COVERAGE, coverage), PSTI_PASSWORDS)).isEqualTo("FULL");

    okAs(
        vendor,
        "mutation($c: ID!, $r: ID!) { withdrawSatisfies(controlId: $c, requirementId: $r) }",
        Map.of("c", control, "r", PSTI_PASSWORDS));
    assertThat(fulfilmentOf(okText(COVERAGE, coverage), PSTI_PASSWORDS)).isEqualTo("NONE");

    JsonNode stillUsed =
        as(vendor, "mutation($id: ID!) { deleteControl(id: $id) }", Map.of("id", control));
    assertThat(code(stillUsed)).isEqualTo("BAD_USER_INPUT");
    assertThat(message(stillUsed)).contains(deviceId);
    okAs(vendor, "mutation($id: ID!) { deleteDevice(id: $id) }", Map.of("id", deviceId));
    okAs(vendor, "mutation($id: ID!) { deleteControl(id: $id) }", Map.of("id", control));
    okAs(vendor, "mutation($id: ID!) { deleteSupplier(id: $id) }", Map.of("id", supplierId));
    assertThat(
            count(
                "MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n", deviceId, control, supplierId))
        .isZero();
  }

  @Test
  void anotherVendorMayNotChangeItButACuratorMay() {
    String control = control(vendor, "owned");
    String other = keys.create(Role.VENDOR, "other vendor").key();
    JsonNode refused =
        as(
            other,
            CREATE_CONTROL.replace("createControl", "updateControl"),
            Map.of("in", Map.of("id", control, "name", "Taken over")));
    assertThat(code(refused)).isEqualTo("FORBIDDEN");
    assertThat(message(refused)).contains(control, "owned by another API key");
    assertThat(
            code(as(other, "mutation($id: ID!) { deleteControl(id: $id) }", Map.of("id", control))))
        .isEqualTo("FORBIDDEN");
    String curator = keys.create(Role.CURATOR, "curator").key();
    okAs(
        curator,
        CREATE_CONTROL.replace("createControl", "updateControl"),
        Map.of("in", Map.of("id", control, "name", "Renamed by a curator")));
  }

  @Test
  void aVendorMayNotChangeCuratedDataNorClaimForItsControls() {
    JsonNode update =
        as(
            vendor,
            CREATE_CONTROL.replace("createControl", "updateControl"),
            Map.of("in", Map.of("id", "ctl:unique-per-device-password", "name", "Mine now")));
    assertThat(code(update)).isEqualTo("FORBIDDEN");
    assertThat(message(update)).contains("curated or imported data");
    JsonNode claim =
        as(
            vendor,
            CLAIM,
            Map.of(
                "in",
                Map.of(
                    "controlId", "ctl:unique-per-device-password",
                    "requirementId", PSTI_PASSWORDS,
                    "fulfilment", "PARTIAL")));
    assertThat(code(claim)).isEqualTo("FORBIDDEN");
    assertThat(
            okText("{ control(id: \"ctl:unique-per-device-password\") { name } }", Map.of())
                .at("/data/control/name")
                .asString())
        .isNotEqualTo("Mine now");
  }

  @Test
  void badInputIsRefusedNamingWhatWasWrongAndNothingIsWritten() {
    String id = "dev:test-bad-" + suffix;
    JsonNode category = as(vendor, CREATE_DEVICE, device(id, "TOASTER", null, List.of()));
    assertThat(code(category)).isEqualTo("BAD_USER_INPUT");
    assertThat(message(category)).contains("'TOASTER'", "NETWORK_CAMERA");
    JsonNode references =
        as(
            vendor,
            CREATE_DEVICE,
            Map.of(
                "in",
                Map.of(
                    "id",
                    id,
                    "name",
                    "x",
                    "category",
                    "ROUTER",
                    "markets",
                    List.of("XX"),
                    "controls",
                    List.of("ctl:no-such-control"))));
    assertThat(message(references)).contains("market 'XX'", "control 'ctl:no-such-control'");
    JsonNode longName =
        as(
            vendor,
            CREATE_DEVICE,
            Map.of("in", Map.of("id", id, "name", "n".repeat(301), "category", "ROUTER")));
    assertThat(message(longName)).contains("name has 301 characters; at most 300");
    JsonNode badId =
        as(
            vendor,
            CREATE_DEVICE,
            Map.of("in", Map.of("id", "Device 1", "name", "x", "category", "ROUTER")));
    assertThat(message(badId)).contains("'Device 1'", "'dev:'");
    JsonNode none =
        as(
            vendor,
            CLAIM,
            Map.of(
                "in",
                Map.of(
                    "controlId",
                    control(vendor, "claims"),
                    "requirementId",
                    PSTI_PASSWORDS,
                    "fulfilment",
                    "NONE")));
    assertThat(message(none)).contains("fulfilment must be one of FULL, PARTIAL");
    JsonNode missing =
        as(
            vendor,
            CREATE_DEVICE.replace("createDevice", "updateDevice"),
            device("dev:test-missing-" + suffix, "ROUTER", null, List.of()));
    assertThat(code(missing)).isEqualTo("NOT_FOUND");
    assertThat(count("MATCH (n:Device) WHERE n.id IN $ids RETURN count(n) AS n", id)).isZero();
    okAs(vendor, CREATE_DEVICE, device(id, "ROUTER", null, List.of()));
    JsonNode twice = as(vendor, CREATE_DEVICE, device(id, "ROUTER", null, List.of()));
    assertThat(message(twice)).contains("exists already");
  }

  @Test
  void readersAndKeylessRequestsCannotWriteProducts() {
    String reader = keys.create(Role.READER, "reader").key();
    Map<String, Object> in = device("dev:test-reader-" + suffix, "ROUTER", null, List.of());
    assertThat(code(as(reader, CREATE_DEVICE, in))).isEqualTo("FORBIDDEN");
    assertThat(code(as(null, CREATE_DEVICE, in))).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void aConsumerRuleLeavesOutADeviceSoldToProfessionals() {
    String pro = "dev:test-pro-" + suffix;
    okAs(vendor, CREATE_DEVICE, device(pro, "CONSUMER_IOT", "PROFESSIONAL", List.of()));
    String home = "dev:test-home-" + suffix;
    okAs(vendor, CREATE_DEVICE, device(home, "CONSUMER_IOT", "CONSUMER", List.of()));
    String psti = "doc:uk-si-2023-1007";
    assertThat(okText(COVERAGE, Map.of("id", pro, "m", List.of("GB"))).toString())
        .doesNotContain(psti);
    assertThat(okText(COVERAGE, Map.of("id", home, "m", List.of("GB"))).toString()).contains(psti);
  }

  static long count(String cypher, String... ids) {
    return TestNeo4j.driver()
        .executableQuery(cypher)
        .withParameters(Map.of("ids", List.of(ids)))
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }

  @Test
  void aNewControlIsSearchableOnceTheIndexCatchesUpWithTheGraphsGeneration() {
    String name = "Tamper-evident enclosure " + suffix;
    okAs(
        vendor,
        CREATE_CONTROL,
        Map.of("in", Map.of("id", "ctl:test-tamper-" + suffix, "name", name)));
    // What the search poller runs every regintel.search.poll-interval (off in tests).
    searchIndex.refresh();
    JsonNode hits =
        okText(
                "query($q: String!) { search(query: $q, first: 5) { hits { id } } }",
                Map.of("q", "tamper-evident enclosure " + suffix))
            .at("/data/search/hits");
    assertThat(hits.toString()).contains("ctl:test-tamper-" + suffix);
  }
}
