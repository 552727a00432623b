package dev.regintel.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractGraphQlIT;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.app.write.GraphWriter;
import dev.regintel.app.write.MappingWrite;
import dev.regintel.app.write.Writes;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

/**
 * The trace walked over the mapping index answers exactly as the trace query does, for every
 * control of the shipped corpus and the small test set; and it never answers from a graph that has
 * moved on: a mapping written in this process or by another, or a claim (which counts no
 * generation), shows in the very next trace.
 */
class MappingIndexIT extends AbstractGraphQlIT {

  static final String CONTROL = "ctl:unique-password";
  static final String FIRST = "req:test-standard:v2:5.1-1";
  static final String MAPPED = "req:test-law:sch-1-para-1";

  @Autowired Graph graph;
  @Autowired TraceService service;
  @Autowired IndexTrace indexTrace;
  @Autowired MappingIndexKeeper keeper;
  @Autowired GraphWriter writer;
  @Autowired ApplicationEventPublisher events;

  @Test
  void theIndexWalkAnswersEveryControlAsTheTraceQueryDoes() {
    keeper.rebuildNow();
    List<String> controls = new ArrayList<>();
    graph
        .read("MATCH (c:Control) RETURN c.id AS id ORDER BY id", Map.of())
        .forEach(r -> controls.add(r.get("id").asString()));
    assertThat(controls).hasSizeGreaterThan(20);
    int hits = 0;
    for (String control : controls) {
      for (int hops = 0; hops <= 4; hops++) {
        hits += sameAnswer(indexTrace, service, control, null, hops);
      }
      for (List<String> filter : List.of(List.of("GB"), List.of("EU", "US-CA"))) {
        sameAnswer(indexTrace, service, control, filter, 4);
      }
    }
    assertThat(hits).isGreaterThan(controls.size() * 5);
  }

  @Test
  void aMappingWrittenInThisProcessShowsInTheNextTrace() {
    String target = unreached();
    keeper.rebuildNow();
    assertThat(hitIds(trace(2))).doesNotContain(target);
    try {
      writeMapping(graph, writer, MAPPED, target);
      GraphChanged.announce(graph, events);

      JsonNode hit = hitsById(trace(2)).get(target);
      assertThat(hit).isNotNull();
      assertThat(hit.get("hops").asInt()).isEqualTo(2);
      assertThat(hit.at("/path/2/fromId").asString()).isEqualTo(MAPPED);
      assertThat(keeper.rebuildNow().holds(target)).isTrue();
      TraceView fromIndex = indexTrace.trace(CONTROL, null, 2);
      assertThat(fromIndex).isNotNull().isEqualTo(service.cypherTrace(CONTROL, null, 2));
      assertThat(fromIndex.hits()).anyMatch(h -> h.requirement().id().equals(target));
    } finally {
      removeMapping(MAPPED, target);
      GraphChanged.announce(graph, events);
    }
  }

  @Test
  void aMappingWrittenByAnotherProcessShowsInTheNextTrace() {
    String target = unreached();
    keeper.rebuildNow();
    try {
      // Another process writes and counts a generation; this one hears no event.
      TestNeo4j.driver()
          .executableQuery(
              """
              MATCH (a:Requirement {id: $from}), (b:Requirement {id: $to})
              CREATE (a)-[:MAPS_TO {relation: 'EQUAL'}]->(b)""")
          .withParameters(Map.of("from", MAPPED, "to", target))
          .execute();
      GraphChanged.count(graph);

      assertThat(hitIds(trace(2))).contains(target);
      assertThat(keeper.rebuildNow().holds(target)).isTrue();
      assertThat(indexTrace.trace(CONTROL, null, 2))
          .isEqualTo(service.cypherTrace(CONTROL, null, 2));
    } finally {
      removeMapping(MAPPED, target);
      GraphChanged.announce(graph, events);
    }
  }

  @Test
  void aClaimMadeWithoutANewGenerationShowsInTheNextTrace() {
    String target = unreached();
    keeper.rebuildNow();
    try {
      // A vendor's claim counts no generation (ProductEditor): the index's claims are checked.
      TestNeo4j.driver()
          .executableQuery(
              """
              MATCH (c:Control {id: $control}), (r:Requirement {id: $to})
              CREATE (c)-[:SATISFIES {fulfilment: 'PARTIAL'}]->(r)""")
          .withParameters(Map.of("control", CONTROL, "to", target))
          .execute();

      JsonNode hit = hitsById(trace(0)).get(target);
      assertThat(hit).isNotNull();
      assertThat(hit.get("fulfilment").asString()).isEqualTo("PARTIAL");
      // That trace corrected the index's claims of the control, so the index answers again.
      TraceView fromIndex = indexTrace.trace(CONTROL, null, 0);
      assertThat(fromIndex).isNotNull().isEqualTo(service.cypherTrace(CONTROL, null, 0));
    } finally {
      TestNeo4j.driver()
          .executableQuery(
              "MATCH (:Control {id: $control})-[s:SATISFIES]->(:Requirement {id: $to}) DELETE s")
          .withParameters(Map.of("control", CONTROL, "to", target))
          .execute();
      GraphChanged.announce(graph, events);
    }
  }

  /**
   * Asserts that the index walk answers the trace, and exactly as the trace query does; returns how
   * many hits the answer has.
   */
  static int sameAnswer(
      IndexTrace indexTrace, TraceService service, String control, List<String> filter, int hops) {
    TraceView fromIndex = indexTrace.trace(control, filter, hops);
    assertThat(fromIndex)
        .as("%s in %s within %d hops, by the index", control, filter, hops)
        .isNotNull();
    assertThat(fromIndex)
        .as("%s in %s within %d hops", control, filter, hops)
        .isEqualTo(service.cypherTrace(control, filter, hops));
    return fromIndex.hits().size();
  }

  /** Writes an EQUAL mapping as the seed load does (the caller announces the change). */
  static void writeMapping(Graph graph, GraphWriter writer, String from, String to) {
    graph.write(
        tx ->
            writer.write(
                tx,
                new Writes(Method.SEED)
                    .add(
                        new MappingWrite(
                            from,
                            to,
                            "EQUAL",
                            "SEMANTIC",
                            5,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Provenance.seed("https://example.org/index-test"))),
                null));
  }

  /** Deletes the mappings from one requirement to another, as another process would. */
  static void removeMapping(String from, String to) {
    TestNeo4j.driver()
        .executableQuery(
            "MATCH (:Requirement {id: $from})-[m:MAPS_TO]->(:Requirement {id: $to}) DELETE m")
        .withParameters(Map.of("from", from, "to", to))
        .execute();
  }

  /** A requirement of the small set's first standard, which the control does not reach. */
  private String unreached() {
    String id =
        graph
            .read(
                """
                MATCH (:Document {id: 'doc:test-standard:v1'})-[:HAS_REQUIREMENT]->(r:Requirement)
                RETURN r.id AS id ORDER BY id LIMIT 1""",
                Map.of())
            .getFirst()
            .get("id")
            .asString();
    assertThat(hitIds(trace(4))).doesNotContain(id);
    return id;
  }

  private JsonNode trace(int maxHops) {
    return ok("trace", Map.of("controlId", CONTROL, "maxHops", maxHops)).at("/data/trace/hits");
  }

  private static Map<String, JsonNode> hitsById(JsonNode hits) {
    return TraceIT.hitsById(hits);
  }

  private static List<String> hitIds(JsonNode hits) {
    return new ArrayList<>(hitsById(hits).keySet());
  }
}
