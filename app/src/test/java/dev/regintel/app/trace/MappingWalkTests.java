package dev.regintel.app.trace;

import static dev.regintel.ontology.Fulfilment.FULL;
import static dev.regintel.ontology.Fulfilment.PARTIAL;
import static dev.regintel.ontology.Relation.EQUAL;
import static dev.regintel.ontology.Relation.INTERSECTS_WITH;
import static dev.regintel.ontology.Relation.SUBSET_OF;
import static dev.regintel.ontology.Relation.SUPERSET_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Relation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Composition along mapping chains, as trace answers it (walk, then best path per requirement). */
class MappingWalkTests {

  static MappingWalk.Edge edge(String from, Relation relation, String to) {
    return new MappingWalk.Edge(from, to, relation);
  }

  static Map<String, TraceEngine.Hit> trace(
      Fulfilment first, int maxHops, MappingWalk.Edge... edges) {
    List<Candidate> candidates =
        new MappingWalk(List.of(edges))
            .candidates(List.of(new MappingWalk.Start("ctl", "a", first)), maxHops);
    return TraceEngine.best(candidates, List.of());
  }

  static String kinds(TraceEngine.Hit hit) {
    return String.join(" ", hit.path().stream().map(TraceStepView::kind).toList());
  }

  @Test
  void chainOfEqualsStaysFull() {
    var hits = trace(FULL, 4, edge("a", EQUAL, "b"), edge("b", EQUAL, "c"), edge("c", EQUAL, "d"));
    assertThat(hits.get("d").fulfilment()).isEqualTo(FULL);
    assertThat(hits.get("d").hops()).isEqualTo(3);
    assertThat(kinds(hits.get("d"))).isEqualTo("SATISFIES EQUAL EQUAL EQUAL");
  }

  @Test
  void subsetStepMakesItPartial() {
    var hits = trace(FULL, 4, edge("a", SUBSET_OF, "b"));
    assertThat(hits.get("b").fulfilment()).isEqualTo(PARTIAL);
  }

  @Test
  void supersetStepKeepsItFull() {
    var hits = trace(FULL, 4, edge("a", SUPERSET_OF, "b"));
    assertThat(hits.get("b").fulfilment()).isEqualTo(FULL);
  }

  @Test
  void intersectsStepMakesItPartial() {
    var hits = trace(FULL, 4, edge("a", INTERSECTS_WITH, "b"), edge("b", EQUAL, "c"));
    assertThat(hits.get("b").fulfilment()).isEqualTo(PARTIAL);
    assertThat(hits.get("c").fulfilment()).isEqualTo(PARTIAL);
  }

  @Test
  void walkingAMappingBackwardsInvertsItsRelation() {
    // b SUBSET_OF a, seen from a: a SUPERSET_OF b, so meeting a fully meets b fully.
    var hits = trace(FULL, 4, edge("b", SUBSET_OF, "a"));
    assertThat(hits.get("b").fulfilment()).isEqualTo(FULL);
    assertThat(kinds(hits.get("b"))).isEqualTo("SATISFIES SUPERSET_OF");
    // b SUPERSET_OF a, seen from a: a SUBSET_OF b, so only partial.
    var other = trace(FULL, 4, edge("b", SUPERSET_OF, "a"));
    assertThat(other.get("b").fulfilment()).isEqualTo(PARTIAL);
    assertThat(kinds(other.get("b"))).isEqualTo("SATISFIES SUBSET_OF");
  }

  @Test
  void mixedChainIsFullOnlyIfEveryStepPreservesIt() {
    var hits =
        trace(
            FULL,
            4,
            edge("a", EQUAL, "b"),
            edge("b", SUPERSET_OF, "c"),
            edge("c", INTERSECTS_WITH, "d"));
    assertThat(hits.get("c").fulfilment()).isEqualTo(FULL);
    assertThat(hits.get("d").fulfilment()).isEqualTo(PARTIAL);
  }

  @Test
  void fullPathBeatsAShorterPartialOne() {
    // a -SUBSET_OF-> d directly (1 hop, PARTIAL); a -EQUAL-> b -EQUAL-> d (2 hops, FULL).
    var hits =
        trace(FULL, 4, edge("a", SUBSET_OF, "d"), edge("a", EQUAL, "b"), edge("b", EQUAL, "d"));
    assertThat(hits.get("d").fulfilment()).isEqualTo(FULL);
    assertThat(hits.get("d").hops()).isEqualTo(2);
  }

  @Test
  void amongEqualFulfilmentsFewestHopsWin() {
    var hits =
        trace(
            FULL,
            4,
            edge("a", INTERSECTS_WITH, "b"),
            edge("b", INTERSECTS_WITH, "c"),
            edge("c", INTERSECTS_WITH, "d"),
            edge("a", INTERSECTS_WITH, "d"));
    assertThat(hits.get("d").hops()).isEqualTo(1);
  }

  @Test
  void partialSatisfactionNeverComposesToFull() {
    var hits = trace(PARTIAL, 4, edge("a", EQUAL, "b"), edge("b", SUBSET_OF, "c"));
    assertThat(hits.get("a").fulfilment()).isEqualTo(PARTIAL);
    assertThat(hits.get("c").fulfilment()).isEqualTo(PARTIAL);
  }

  @Test
  void whatIsPartlyMetReachesNoTargetItOnlyIntersectsOrContains() {
    var hits = trace(PARTIAL, 4, edge("a", INTERSECTS_WITH, "b"), edge("a", SUPERSET_OF, "c"));
    assertThat(hits).containsOnlyKeys("a");
  }

  @Test
  void twoIntersectionsInARowProveNothingButALongerSubsetPathStillDoes() {
    var hits =
        trace(
            FULL,
            4,
            edge("a", INTERSECTS_WITH, "x"),
            edge("x", INTERSECTS_WITH, "d"),
            edge("a", SUBSET_OF, "y"),
            edge("y", EQUAL, "z"),
            edge("z", SUBSET_OF, "d"));
    assertThat(hits.get("d").fulfilment()).isEqualTo(PARTIAL);
    assertThat(kinds(hits.get("d"))).isEqualTo("SATISFIES SUBSET_OF EQUAL SUBSET_OF");
  }

  @Test
  void cyclesEndAndEachRequirementIsReachedOnce() {
    var hits =
        trace(
            FULL,
            8,
            edge("a", EQUAL, "b"),
            edge("b", EQUAL, "c"),
            edge("c", EQUAL, "a"),
            edge("c", EQUAL, "d"));
    assertThat(hits).containsOnlyKeys("a", "b", "c", "d");
    assertThat(hits.get("a").hops()).isZero();
    assertThat(hits.get("d").hops()).isEqualTo(2);
  }

  @Test
  void maxHopsCutsThePathOff() {
    MappingWalk.Edge[] chain = {
      edge("a", EQUAL, "b"), edge("b", EQUAL, "c"), edge("c", EQUAL, "d")
    };
    assertThat(trace(FULL, 2, chain)).containsOnlyKeys("a", "b", "c");
    assertThat(trace(FULL, 0, chain)).containsOnlyKeys("a");
  }

  @Test
  void parentIsFullWhenEveryMandatoryChildIsFull() {
    List<Candidate> candidates =
        new MappingWalk(List.of(edge("a", EQUAL, "p.1"), edge("a", EQUAL, "p.2")))
            .candidates(List.of(new MappingWalk.Start("ctl", "a", FULL)), 4);
    var parent =
        new TraceEngine.Parent("p", 0, List.of("p.1", "p.2", "p.3"), List.of("p.1", "p.2"));
    var hits = TraceEngine.best(candidates, List.of(parent));
    assertThat(hits.get("p").fulfilment()).isEqualTo(FULL);
    assertThat(kinds(hits.get("p"))).endsWith("PART_OF");
  }

  @Test
  void parentIsPartialWhenAMandatoryChildIsMissing() {
    List<Candidate> candidates =
        new MappingWalk(List.of(edge("a", EQUAL, "p.1")))
            .candidates(List.of(new MappingWalk.Start("ctl", "a", FULL)), 4);
    var parent = new TraceEngine.Parent("p", 0, List.of("p.1", "p.2"), List.of("p.1", "p.2"));
    var grand = new TraceEngine.Parent("g", -1, List.of("p"), List.of("p"));
    var hits = TraceEngine.best(candidates, List.of(grand, parent));
    assertThat(hits.get("p").fulfilment()).isEqualTo(PARTIAL);
    assertThat(hits.get("g").fulfilment()).isEqualTo(PARTIAL);
    assertThat(kinds(hits.get("g"))).isEqualTo("SATISFIES EQUAL PART_OF PART_OF");
  }

  @Test
  void controlsReachingARequirementAreCollected() {
    List<Candidate> candidates =
        new MappingWalk(List.of(edge("a", EQUAL, "c"), edge("b", INTERSECTS_WITH, "c")))
            .candidates(
                List.of(
                    new MappingWalk.Start("ctl:one", "a", FULL),
                    new MappingWalk.Start("ctl:two", "b", FULL)),
                4);
    var hits = TraceEngine.best(candidates, List.of());
    assertThat(hits.get("c").controls()).containsExactlyInAnyOrder("ctl:one", "ctl:two");
    assertThat(hits.get("c").fulfilment()).isEqualTo(FULL);
    assertThat(hits.get("c").path().getFirst().fromId()).isEqualTo("ctl:one");
  }
}
