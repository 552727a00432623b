package dev.regintel.app.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.requirement.RequirementView;
import dev.regintel.app.support.AbstractGraphQlIT;
import dev.regintel.app.support.Quiet;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.app.write.GraphWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

/**
 * Coverage walked over the mapping index answers exactly as the coverage query does, for every
 * device of the shipped corpus and the small test set, with its own markets, with each single
 * market and with several at once; unknown devices and markets are refused as by the query; and a
 * claim or an implemented control (which count no generation) or a mapping written shows in the
 * very next coverage.
 */
class CoverageIndexIT extends AbstractGraphQlIT {

  static final String DEVICE = "dev:example-camera";

  @Autowired Graph graph;
  @Autowired CoverageService service;
  @Autowired IndexCoverage indexCoverage;
  @Autowired MappingIndexKeeper keeper;
  @Autowired GraphWriter writer;
  @Autowired ApplicationEventPublisher events;
  @Autowired MeterRegistry registry;

  @Test
  void theIndexWalkAnswersEveryDeviceAndMarketAsTheCoverageQueryDoes() {
    keeper.rebuildNow();
    List<String> devices = ids("MATCH (d:Device) RETURN d.id AS id ORDER BY id");
    List<String> markets = ids("MATCH (j:Jurisdiction) RETURN j.code AS id ORDER BY id");
    assertThat(devices).hasSizeGreaterThanOrEqualTo(4).contains(DEVICE);
    assertThat(markets).contains("EU", "DE", "GB", "US", "US-CA", "JP");
    List<List<String>> asked = new ArrayList<>();
    asked.add(null);
    markets.forEach(m -> asked.add(List.of(m)));
    asked.add(List.of("EU", "GB"));
    asked.add(List.of("DE", "US-CA", "JP"));
    asked.add(List.of("US", "GB", "EU", "DE"));
    asked.add(markets.subList(0, Math.min(markets.size(), CoverageService.MAX_MARKETS)));
    long reached = 0;
    for (String device : devices) {
      for (List<String> codes : asked) {
        reached += sameAnswer(indexCoverage, service, device, codes);
      }
    }
    assertThat(reached).isGreaterThan(100);
  }

  @Test
  void unknownDevicesAndMarketsAreRefusedOverTheIndexAsByTheQuery() {
    keeper.rebuildNow();
    assertThatThrownBy(() -> indexCoverage.coverage("dev:nothing", null, LocalDate.now()))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.code()).isEqualTo(ApiException.Code.NOT_FOUND));
    assertThatThrownBy(
            () -> indexCoverage.coverage(DEVICE, List.of("GB", "XX", "QQ"), LocalDate.now()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ApiException.Code.BAD_USER_INPUT);
              assertThat(e.getMessage()).contains("XX, QQ").doesNotContain("GB");
            });
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i <= CoverageService.MAX_MARKETS; i++) {
      tooMany.add("Q" + (char) ('A' + i % 26) + "-" + i);
    }
    JsonNode body =
        client.execute("coverage", Map.of("deviceId", DEVICE, "jurisdictions", tooMany));
    assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(body.at("/errors/0/message").asString()).contains("at most 40");
  }

  @Test
  void aClaimMadeWithoutANewGenerationShowsInTheNextCoverage() {
    keeper.rebuildNow();
    CoverageRowView target = noneRow(row -> true);
    String control = MappingIndexIT.CONTROL;
    try {
      // A vendor's claim counts no generation (ProductEditor): the index's claims are checked.
      claim(control, target.requirement().id(), "PARTIAL");

      JsonNode row = rowOf(target);
      assertThat(row.get("fulfilment").asString()).isEqualTo("PARTIAL");
      assertThat(row.at("/controls/0/id").asString()).isEqualTo(control);
      // That coverage corrected the index's claims of the control, so the index answers again.
      assertThat(fulfilmentOverTheIndex(target)).isEqualTo("PARTIAL");
    } finally {
      withdraw(control, target.requirement().id());
    }
  }

  @Test
  void aControlImplementedWithoutANewGenerationShowsInTheNextCoverage() {
    keeper.rebuildNow();
    CoverageRowView target = noneRow(row -> !row.knownControls().isEmpty());
    String control = target.knownControls().getFirst().id();
    try {
      // A vendor's product edit counts no generation either: the device's controls are checked.
      cypher(
          """
              MATCH (d:Device {id: $device}), (c:Control {id: $control})
              CREATE (d)-[:IMPLEMENTS]->(c)""",
          Map.of("device", DEVICE, "control", control));

      JsonNode row = rowOf(target);
      assertThat(row.get("fulfilment").asString()).isNotEqualTo("NONE");
      assertThat(row.get("controls").toString()).contains(control);
      assertThat(fulfilmentOverTheIndex(target)).isNotEqualTo("NONE");
    } finally {
      cypher(
          "MATCH (:Device {id: $device})-[i:IMPLEMENTS]->(:Control {id: $control}) DELETE i",
          Map.of("device", DEVICE, "control", control));
      GraphChanged.announce(graph, events);
    }
  }

  @Test
  void aMappingWrittenInThisProcessShowsInTheNextCoverage() {
    keeper.rebuildNow();
    CoverageRowView target = noneRow(row -> true);
    String to = target.requirement().id();
    try {
      // MAPPED is FULL one hop from the device's control; EQUAL keeps it FULL one hop further.
      MappingIndexIT.writeMapping(graph, writer, MappingIndexIT.MAPPED, to);
      GraphChanged.announce(graph, events);

      JsonNode row = rowOf(target);
      assertThat(row.get("fulfilment").asString()).isEqualTo("FULL");
      assertThat(row.at("/path/2/fromId").asString()).isEqualTo(MappingIndexIT.MAPPED);
      assertThat(keeper.rebuildNow().holds(to)).isTrue();
      assertThat(fulfilmentOverTheIndex(target)).isEqualTo("FULL");
    } finally {
      MappingIndexIT.removeMapping(MappingIndexIT.MAPPED, to);
      GraphChanged.announce(graph, events);
    }
  }

  @Test
  void aClaimElsewhereShowsAmongTheKnownControlsOfTheNextCoverage() {
    keeper.rebuildNow();
    CoverageRowView target = noneRow(row -> row.knownControls().size() < 5);
    String control =
        ids(
                """
                MATCH (c:Control) WHERE NOT (:Device {id: $device})-[:IMPLEMENTS]->(c)
                RETURN c.id AS id ORDER BY id LIMIT 1""",
                Map.of("device", DEVICE))
            .getFirst();
    // The documents' parts are now kept beside the index: what depends on claims is not.
    sameAnswer(indexCoverage, service, DEVICE, null);
    try {
      claim(control, target.requirement().id(), "FULL");

      sameAnswer(indexCoverage, service, DEVICE, null);
      CoverageRowView row =
          rows(indexCoverage.coverage(DEVICE, null, LocalDate.now()))
              .filter(r -> r.requirement().id().equals(target.requirement().id()))
              .findFirst()
              .orElseThrow();
      assertThat(row.fulfilment()).isEqualTo("NONE");
      assertThat(row.knownControls()).extracting(c -> c.id()).contains(control);
      assertThat(row.gap()).contains(control);
    } finally {
      withdraw(control, target.requirement().id());
    }
  }

  @Test
  void theDocumentsPartsAreReadOncePerGenerationAndAgainAfterAWrite() {
    keeper.rebuildNow();
    double reads = registry.counter("regintel.coverage.parts.reads").count();
    assertThat(indexCoverage.coverage(DEVICE, List.of("GB"), LocalDate.now())).isNotNull();
    assertThat(registry.counter("regintel.coverage.parts.reads").count()).isEqualTo(reads + 1);
    assertThat(registry.get("regintel.coverage.parts.requirements").gauge().value()).isPositive();
    long before = Quiet.roundTrips(graph::roundTrips);
    DeviceCoverageView again = indexCoverage.coverage(DEVICE, List.of("GB"), LocalDate.now());
    assertThat(again).isNotNull();
    assertThat(graph.roundTrips() - before).as("the second coverage's round trips").isOne();
    assertThat(registry.counter("regintel.coverage.parts.reads").count()).isEqualTo(reads + 1);

    RequirementView shown = rows(again).findFirst().orElseThrow().requirement();
    String title = shown.content().title();
    try {
      cypher(
          "MATCH (r:Requirement {id: $id}) SET r.title = $title",
          Map.of("id", shown.id(), "title", "Retitled for a test"));
      GraphChanged.announce(graph, events);
      keeper.rebuildNow();

      DeviceCoverageView after = indexCoverage.coverage(DEVICE, List.of("GB"), LocalDate.now());
      assertThat(after)
          .isNotNull()
          .isEqualTo(service.cypherCoverage(DEVICE, List.of("GB"), LocalDate.now()));
      assertThat(rows(after).filter(r -> r.requirement().id().equals(shown.id())))
          .allSatisfy(
              r -> assertThat(r.requirement().content().title()).isEqualTo("Retitled for a test"));
    } finally {
      Map<String, Object> params = new java.util.HashMap<>();
      params.put("id", shown.id());
      params.put("title", title);
      cypher("MATCH (r:Requirement {id: $id}) SET r.title = $title", params);
      GraphChanged.announce(graph, events);
    }
  }

  /**
   * Asserts that the index walk answers the coverage, and exactly as the coverage query does;
   * returns how many of its rows are reached (not NONE).
   */
  static long sameAnswer(
      IndexCoverage indexCoverage, CoverageService service, String device, List<String> codes) {
    LocalDate today = LocalDate.now();
    DeviceCoverageView fromIndex = indexCoverage.coverage(device, codes, today);
    assertThat(fromIndex).as("%s in %s, by the index", device, codes).isNotNull();
    assertThat(fromIndex)
        .as("%s in %s", device, codes)
        .isEqualTo(service.cypherCoverage(device, codes, today));
    return rows(fromIndex).filter(r -> !r.fulfilment().equals("NONE")).count();
  }

  private static Stream<CoverageRowView> rows(DeviceCoverageView coverage) {
    return coverage.jurisdictions().stream()
        .flatMap(j -> Stream.concat(j.rows().stream(), j.organisationRows().stream()));
  }

  /**
   * The first (by id) row of the device's own coverage that is the device's duty, NONE, and passes
   * the test.
   */
  private CoverageRowView noneRow(Predicate<CoverageRowView> test) {
    return rows(service.cypherCoverage(DEVICE, null, LocalDate.now()))
        .filter(r -> r.duty().equals("DEVICE") && r.fulfilment().equals("NONE") && test.test(r))
        .min(Comparator.comparing(r -> r.requirement().id()))
        .orElseThrow();
  }

  /** The row of the requirement in the next coverage, asked as users ask it. */
  private JsonNode rowOf(CoverageRowView target) {
    JsonNode coverage = ok("coverageDetail", Map.of("deviceId", DEVICE)).at("/data/coverage");
    for (JsonNode market : coverage.get("jurisdictions")) {
      for (JsonNode row : market.get("rows")) {
        if (row.at("/requirement/id").asString().equals(target.requirement().id())) {
          return row;
        }
      }
    }
    throw new AssertionError("no row of " + target.requirement().id() + " in " + coverage);
  }

  /** The row's fulfilment answered over the index, which must answer as the query does. */
  private String fulfilmentOverTheIndex(CoverageRowView target) {
    sameAnswer(indexCoverage, service, DEVICE, null);
    return rows(indexCoverage.coverage(DEVICE, null, LocalDate.now()))
        .filter(r -> r.requirement().id().equals(target.requirement().id()))
        .findFirst()
        .orElseThrow()
        .fulfilment();
  }

  /** A claim written as a vendor's is: without a new generation. */
  private static void claim(String control, String requirement, String fulfilment) {
    cypher(
        """
            MATCH (c:Control {id: $control}), (r:Requirement {id: $to})
            CREATE (c)-[:SATISFIES {fulfilment: $fulfilment}]->(r)""",
        Map.of("control", control, "to", requirement, "fulfilment", fulfilment));
  }

  /** Takes a claim back, and counts a generation so the next test starts from a fresh index. */
  private void withdraw(String control, String requirement) {
    cypher(
        "MATCH (:Control {id: $control})-[s:SATISFIES]->(:Requirement {id: $to}) DELETE s",
        Map.of("control", control, "to", requirement));
    GraphChanged.announce(graph, events);
  }

  /** Runs a write as another process would: this one hears of no change. */
  private static void cypher(String query, Map<String, Object> params) {
    TestNeo4j.driver().executableQuery(query).withParameters(params).execute();
  }

  private List<String> ids(String query) {
    return ids(query, Map.of());
  }

  private List<String> ids(String query, Map<String, Object> params) {
    return graph.read(query, params).stream().map(r -> r.get("id").asString()).toList();
  }
}
