package dev.regintel.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RelationTests {

  @Test
  void subsetAndSupersetAreEachOthersInverse() {
    assertThat(Relation.SUBSET_OF.inverse()).isEqualTo(Relation.SUPERSET_OF);
    assertThat(Relation.SUPERSET_OF.inverse()).isEqualTo(Relation.SUBSET_OF);
  }

  @Test
  void equalAndIntersectsAreSymmetric() {
    assertThat(Relation.EQUAL.inverse()).isEqualTo(Relation.EQUAL);
    assertThat(Relation.INTERSECTS_WITH.inverse()).isEqualTo(Relation.INTERSECTS_WITH);
  }

  @ParameterizedTest
  @EnumSource(Relation.class)
  void inverseOfInverseIsItself(Relation relation) {
    assertThat(relation.inverse().inverse()).isEqualTo(relation);
  }

  @Test
  void onlyEqualAndSupersetCarryFullFulfilment() {
    assertThat(Relation.EQUAL.preservesFullFulfilment()).isTrue();
    assertThat(Relation.SUPERSET_OF.preservesFullFulfilment()).isTrue();
    assertThat(Relation.SUBSET_OF.preservesFullFulfilment()).isFalse();
    assertThat(Relation.INTERSECTS_WITH.preservesFullFulfilment()).isFalse();
  }
}
