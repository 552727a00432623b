package dev.regintel.ontology;

import static dev.regintel.ontology.Fulfilment.FULL;
import static dev.regintel.ontology.Fulfilment.NONE;
import static dev.regintel.ontology.Fulfilment.PARTIAL;
import static dev.regintel.ontology.Relation.EQUAL;
import static dev.regintel.ontology.Relation.INTERSECTS_WITH;
import static dev.regintel.ontology.Relation.SUBSET_OF;
import static dev.regintel.ontology.Relation.SUPERSET_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FulfilmentTests {

  @ParameterizedTest(name = "{0} through {1} gives {2}")
  @CsvSource({
    "FULL, EQUAL, FULL",
    "FULL, SUPERSET_OF, FULL",
    "FULL, SUBSET_OF, PARTIAL",
    "FULL, INTERSECTS_WITH, PARTIAL",
    "PARTIAL, EQUAL, PARTIAL",
    "PARTIAL, SUPERSET_OF, NONE",
    "PARTIAL, SUBSET_OF, PARTIAL",
    "PARTIAL, INTERSECTS_WITH, NONE",
    "NONE, EQUAL, NONE",
    "NONE, SUPERSET_OF, NONE",
    "NONE, SUBSET_OF, NONE",
    "NONE, INTERSECTS_WITH, NONE",
  })
  void oneStepFollowsTheTable(Fulfilment from, Relation relation, Fulfilment expected) {
    assertThat(from.through(relation)).isEqualTo(expected);
  }

  @Test
  void chainOfEqualsAndSupersetsStaysFull() {
    assertThat(Fulfilment.along(FULL, List.of(EQUAL, SUPERSET_OF, EQUAL))).isEqualTo(FULL);
  }

  @Test
  void oneSubsetStepMakesThePathPartial() {
    assertThat(Fulfilment.along(FULL, List.of(EQUAL, SUBSET_OF, SUBSET_OF))).isEqualTo(PARTIAL);
    assertThat(Fulfilment.along(FULL, List.of(INTERSECTS_WITH, EQUAL))).isEqualTo(PARTIAL);
  }

  @Test
  void partialFirstStepNeverBecomesFull() {
    assertThat(Fulfilment.along(PARTIAL, List.of(EQUAL, SUBSET_OF))).isEqualTo(PARTIAL);
  }

  @Test
  void aChainOfIntersectionsProvesNothingAboutItsEnd() {
    assertThat(Fulfilment.along(FULL, List.of(INTERSECTS_WITH, INTERSECTS_WITH))).isEqualTo(NONE);
    assertThat(Fulfilment.along(FULL, List.of(SUBSET_OF, SUPERSET_OF))).isEqualTo(NONE);
  }

  @Test
  void emptyPathKeepsTheFirstStep() {
    assertThat(Fulfilment.along(FULL, List.of())).isEqualTo(FULL);
  }

  @Test
  void betterOfTwoPrefersFull() {
    assertThat(PARTIAL.or(FULL)).isEqualTo(FULL);
    assertThat(NONE.or(PARTIAL)).isEqualTo(PARTIAL);
    assertThat(NONE.or(NONE)).isEqualTo(NONE);
  }

  @Test
  void parentIsFullOnlyWhenEveryMandatoryChildIsFull() {
    assertThat(Fulfilment.ofParent(List.of(FULL, FULL))).isEqualTo(FULL);
    assertThat(Fulfilment.ofParent(List.of(FULL, NONE))).isEqualTo(PARTIAL);
    assertThat(Fulfilment.ofParent(List.of(PARTIAL, PARTIAL))).isEqualTo(PARTIAL);
    assertThat(Fulfilment.ofParent(List.of(NONE, NONE))).isEqualTo(NONE);
    assertThat(Fulfilment.ofParent(List.of())).isEqualTo(NONE);
  }
}
