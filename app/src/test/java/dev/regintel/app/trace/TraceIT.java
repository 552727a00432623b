package dev.regintel.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractGraphQlIT;
import dev.regintel.app.support.Quiet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Trace, reverse trace and coverage end to end, on the shipped corpus and the small test set. */
class TraceIT extends AbstractGraphQlIT {

  static final String PASSWORDS = "ctl:unique-per-device-password";

  @Autowired Graph graph;

  static Map<String, JsonNode> hitsById(JsonNode hits) {
    Map<String, JsonNode> out = new HashMap<>();
    hits.forEach(h -> out.put(h.at("/requirement/id").asString(), h));
    return out;
  }

  @Test
  void uniquePasswordsReachEtsiTheUkScheduleAndCalifornia() {
    JsonNode trace = ok("trace", Map.of("controlId", PASSWORDS)).at("/data/trace");
    Map<String, JsonNode> hits = hitsById(trace.get("hits"));
    assertThat(hits)
        .containsKeys(
            "req:etsi-en-303-645:v2.1.1:5.1-1",
            "req:uk-si-2023-1007:sch-1-para-1",
            "req:us-ca-civ-1.81.26:1798.91.04-b");
    assertThat(hits.get("req:etsi-en-303-645:v2.1.1:5.1-1").get("fulfilment").asString())
        .isEqualTo("FULL");
    JsonNode path = hits.get("req:etsi-en-303-645:v2.1.1:5.1-1").get("path");
    assertThat(path.get(0).get("kind").asString()).isEqualTo("SATISFIES");
    assertThat(path.get(0).get("fromId").asString()).isEqualTo(PASSWORDS);
  }

  @Test
  void everyPathStartsAtTheControlAndIsConnected() {
    JsonNode hits = ok("trace", Map.of("controlId", PASSWORDS)).at("/data/trace/hits");
    assertThat(hits.size()).isGreaterThan(10);
    hits.forEach(
        hit -> {
          JsonNode path = hit.get("path");
          assertThat(path.get(0).get("fromId").asString()).isEqualTo(PASSWORDS);
          for (int i = 1; i < path.size(); i++) {
            assertThat(path.get(i).get("fromId").asString())
                .isEqualTo(path.get(i - 1).get("toId").asString());
          }
          assertThat(path.get(path.size() - 1).get("toId").asString())
              .isEqualTo(hit.at("/requirement/id").asString());
          long mappingSteps = 0;
          for (JsonNode step : path) {
            String kind = step.get("kind").asString();
            if (!kind.equals("SATISFIES") && !kind.equals("PART_OF")) {
              mappingSteps++;
            }
          }
          assertThat(hit.get("hops").asLong()).isEqualTo(mappingSteps);
        });
  }

  @Test
  void jurisdictionFilterKeepsOnlyThatJurisdictionsRequirements() {
    JsonNode hits =
        ok("trace", Map.of("controlId", PASSWORDS, "jurisdictions", List.of("GB")))
            .at("/data/trace/hits");
    List<String> ids = new ArrayList<>();
    hits.forEach(h -> ids.add(h.at("/requirement/id").asString()));
    assertThat(ids)
        .contains("req:uk-si-2023-1007:sch-1-para-1")
        .noneMatch(id -> id.startsWith("req:us-ca") || id.startsWith("req:eu-2024-2847"));
  }

  @Test
  void maxHopsZeroKeepsOnlyDirectClaimsAndTheirParents() {
    JsonNode hits =
        ok("trace", Map.of("controlId", PASSWORDS, "maxHops", 0)).at("/data/trace/hits");
    hits.forEach(h -> assertThat(h.get("hops").asInt()).isZero());
  }

  @Test
  void maxHopsAboveEightIsABadInput() {
    JsonNode body = client.execute("trace", Map.of("controlId", PASSWORDS, "maxHops", 9));
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(body.at("/errors/0/message").asString()).contains("maxHops").contains("9");
  }

  @Test
  void unknownControlIsNotFound() {
    JsonNode body = client.execute("trace", Map.of("controlId", "ctl:nothing"));
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
  }

  @Test
  void supersetMappingCarriesFullFulfilmentAcrossDocuments() {
    JsonNode hits = ok("trace", Map.of("controlId", "ctl:unique-password")).at("/data/trace/hits");
    JsonNode law = hitsById(hits).get("req:test-law:sch-1-para-1");
    assertThat(law.get("fulfilment").asString()).isEqualTo("FULL");
    assertThat(law.get("hops").asInt()).isEqualTo(1);
    assertThat(law.at("/path/1/kind").asString()).isEqualTo("SUPERSET_OF");
  }

  @Test
  void aWholeTraceIsOneRoundTrip() {
    long before = Quiet.roundTrips(graph::roundTrips);
    ok("trace", Map.of("controlId", PASSWORDS));
    assertThat(graph.roundTrips() - before).isOne();
  }

  @Test
  void aWholeCoverageIsOneRoundTripOnceItsDocumentsAreKnown() {
    long before = Quiet.roundTrips(graph::roundTrips);
    ok("coverage", Map.of("deviceId", "dev:example-homecam-c1"));
    // The first coverage over the mapping index may read the applicable documents' parts.
    assertThat(graph.roundTrips() - before).isBetween(1L, 2L);
    before = Quiet.roundTrips(graph::roundTrips);
    ok("coverage", Map.of("deviceId", "dev:example-homecam-c1"));
    assertThat(graph.roundTrips() - before).isOne();
  }

  @Test
  void coverageOfTheExampleCameraListsApplicableDocumentsWithReasonsAndCountsItsRows() {
    JsonNode coverage =
        ok("coverage", Map.of("deviceId", "dev:example-homecam-c1")).at("/data/coverage");
    Map<String, JsonNode> byCode = new HashMap<>();
    coverage
        .get("jurisdictions")
        .forEach(j -> byCode.put(j.at("/jurisdiction/code").asString(), j));
    assertThat(byCode).containsKeys("GB", "EU", "US-CA");
    JsonNode gb = byCode.get("GB");
    List<String> documents = new ArrayList<>();
    gb.get("applicable").forEach(a -> documents.add(a.at("/document/id").asString()));
    assertThat(documents).contains("doc:uk-si-2023-1007");
    gb.get("applicable").forEach(a -> assertThat(a.get("reason").asString()).isNotBlank());
    for (JsonNode market : coverage.get("jurisdictions")) {
      int rows = market.get("rows").size();
      assertThat(
              market.get("full").asInt()
                  + market.get("partial").asInt()
                  + market.get("none").asInt())
          .isEqualTo(rows);
    }
    JsonNode eu = byCode.get("EU");
    List<String> euDocuments = new ArrayList<>();
    eu.get("applicable")
        .forEach(
            a ->
                euDocuments.add(
                    a.at("/document/id").asString() + " " + a.get("reason").asString()));
    assertThat(euDocuments)
        .anySatisfy(d -> assertThat(d).startsWith("doc:eu-2022-2555").contains("entities"));
    assertThat(euDocuments).anySatisfy(d -> assertThat(d).startsWith("doc:eu-2024-2847"));
  }

  @Test
  void coverageRowsAreFulfilledByTheDevicesOwnControls() {
    JsonNode coverage =
        ok(
                "coverage",
                Map.of("deviceId", "dev:example-homerouter-r2", "jurisdictions", List.of("GB")))
            .at("/data/coverage");
    assertThat(coverage.get("jurisdictions")).hasSize(1);
    JsonNode rows = coverage.at("/jurisdictions/0/rows");
    JsonNode device =
        client.executeText(
            "query($id: ID!) { device(id: $id) { controls { id } } }",
            Map.of("id", "dev:example-homerouter-r2"));
    List<String> own = new ArrayList<>();
    device.at("/data/device/controls").forEach(c -> own.add(c.get("id").asString()));
    rows.forEach(
        row -> {
          row.get("controls").forEach(c -> assertThat(own).contains(c.get("id").asString()));
          if (row.get("fulfilment").asString().equals("NONE")) {
            assertThat(row.get("controls")).isEmpty();
          } else {
            assertThat(row.get("controls")).isNotEmpty();
          }
        });
  }

  @Test
  void reverseTraceFindsTheControlsAndDevicesReachingARequirement() {
    JsonNode reverse =
        ok("reverseTrace", Map.of("requirementId", "req:uk-si-2023-1007:sch-1-para-1"))
            .at("/data/reverseTrace");
    Map<String, JsonNode> byControl = new HashMap<>();
    reverse.get("hits").forEach(h -> byControl.put(h.at("/control/id").asString(), h));
    assertThat(byControl).containsKey(PASSWORDS);
    JsonNode hit = byControl.get(PASSWORDS);
    List<String> devices = new ArrayList<>();
    hit.get("devices").forEach(d -> devices.add(d.get("id").asString()));
    assertThat(devices).contains("dev:example-homerouter-r2");
    JsonNode path = hit.get("path");
    assertThat(path.get(0).get("fromId").asString()).isEqualTo(PASSWORDS);
    assertThat(path.get(path.size() - 1).get("toId").asString())
        .isEqualTo("req:uk-si-2023-1007:sch-1-para-1");
  }

  @Test
  void reverseTraceAgreesWithTheForwardTrace() {
    JsonNode forward =
        hitsById(ok("trace", Map.of("controlId", PASSWORDS)).at("/data/trace/hits"))
            .get("req:etsi-en-303-645:v2.1.1:5.1-1");
    JsonNode reverse =
        ok("reverseTrace", Map.of("requirementId", "req:etsi-en-303-645:v2.1.1:5.1-1"))
            .at("/data/reverseTrace/hits");
    JsonNode same = null;
    for (JsonNode h : reverse) {
      if (h.at("/control/id").asString().equals(PASSWORDS)) {
        same = h;
      }
    }
    assertThat(same).isNotNull();
    assertThat(same.get("fulfilment").asString()).isEqualTo(forward.get("fulfilment").asString());
    assertThat(same.get("hops").asInt()).isEqualTo(forward.get("hops").asInt());
  }
}
