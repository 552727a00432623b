package dev.regintel.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Relation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * The parents a trace query returns, read: depths from the parentIds of the returned ancestors,
 * mandatory children from the obligations, and the parent rule worked bottom-up over several
 * levels.
 */
class TraceRowsTests {

  /**
   * An ancestor as the query returns it: id, its node's properties, its [id, obligation] children.
   */
  static Map<String, Object> parent(String id, String parentId, List<List<String>> children) {
    Map<String, Object> node = new HashMap<>();
    node.put("id", id);
    node.put("parentId", parentId);
    return Map.of("id", id, "node", node, "children", children);
  }

  static Value rows(Map<?, ?>... parents) {
    return Values.value(Arrays.asList(parents));
  }

  @Test
  void depthsComeFromTheParentIdsOfTheReturnedAncestors() {
    Value parents =
        rows(
            parent(
                "s5.1",
                "s5",
                List.of(List.of("s5.1-1", "MANDATORY"), List.of("s5.1-2", "RECOMMENDED"))),
            parent("s5", "doc-top", List.of(List.of("s5.1", "CONDITIONAL"))),
            parent(
                "doc-top",
                null,
                List.of(List.of("s5", "MANDATORY"), List.of("s6", "INFORMATIVE"))));
    Map<String, TraceEngine.Parent> read = new HashMap<>();
    TraceRows.parents(parents).forEach(p -> read.put(p.id(), p));

    assertThat(read.get("doc-top").depth()).isZero();
    assertThat(read.get("s5").depth()).isEqualTo(1);
    assertThat(read.get("s5.1").depth()).isEqualTo(2);
    assertThat(read.get("s5.1").children()).containsExactly("s5.1-1", "s5.1-2");
    assertThat(read.get("s5.1").mandatory()).containsExactly("s5.1-1");
    assertThat(read.get("s5").mandatory()).containsExactly("s5.1");
    assertThat(read.get("doc-top").mandatory()).containsExactly("s5");
  }

  @Test
  void aParentOutsideTheAnswerEndsTheCountAndACycleStops() {
    Value parents =
        rows(
            parent("a", "not-returned", List.of(List.of("a-1", "MANDATORY"))),
            parent("x", "y", List.of()),
            parent("y", "x", List.of()));
    Map<String, TraceEngine.Parent> read = new HashMap<>();
    TraceRows.parents(parents).forEach(p -> read.put(p.id(), p));

    assertThat(read.get("a").depth()).isZero();
    assertThat(read.get("x").depth()).isLessThanOrEqualTo(3);
  }

  @Test
  void fullFulfilmentClimbsTwoLevelsBottomUp() {
    Value parents =
        rows(
            parent("top", null, List.of(List.of("mid", "MANDATORY"))),
            parent(
                "mid",
                "top",
                List.of(List.of("leaf", "MANDATORY"), List.of("opt", "RECOMMENDED"))));
    Candidate leaf = new Candidate("ctl", Fulfilment.FULL, List.of("leaf"), List.<Relation>of());

    Map<String, TraceEngine.Hit> best = TraceEngine.best(List.of(leaf), TraceRows.parents(parents));

    assertThat(best.get("mid").fulfilment()).isEqualTo(Fulfilment.FULL);
    assertThat(best.get("top").fulfilment())
        .as("top is worked after mid, so it sees mid as FULL")
        .isEqualTo(Fulfilment.FULL);
    assertThat(best.get("top").path())
        .as("satisfies, then part of mid, then part of top")
        .hasSize(3);
  }
}
