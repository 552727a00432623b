package dev.regintel.bench.sdn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.Label;
import dev.regintel.ontology.RelType;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** The entities speak the ontology's vocabulary: its labels and relationship types, no others. */
class SdnEntitiesTests {

  static final List<Class<?>> NODES =
      List.of(
          SupplierNode.class,
          ControlNode.class,
          DeviceNode.class,
          RequirementNode.class,
          JurisdictionNode.class);

  @Test
  void everyLabelIsTheOntologys() {
    for (Class<?> type : NODES) {
      String label = type.getAnnotation(Node.class).value()[0];
      assertThat(Label.valueOf(label)).as(type.getSimpleName()).isNotNull();
    }
  }

  @Test
  void everyRelationshipTypeIsTheOntologysAndEveryProductLinkIsMapped() {
    List<String> types =
        NODES.stream()
            .flatMap(t -> Arrays.stream(t.getDeclaredFields()))
            .map(f -> f.getAnnotation(Relationship.class))
            .filter(r -> r != null)
            .map(Relationship::type)
            .toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            RelType.SATISFIES.name(),
            RelType.SUPPLIES.name(),
            RelType.IMPLEMENTS.name(),
            RelType.MARKETED_IN.name());
  }

  @Test
  void noSaveWritesTheNodesAtTheOtherEnd() {
    Stream<Field> links =
        NODES.stream()
            .flatMap(t -> Arrays.stream(t.getDeclaredFields()))
            .filter(f -> f.isAnnotationPresent(Relationship.class));
    assertThat(links)
        .allSatisfy(
            f -> assertThat(f.getAnnotation(Relationship.class).cascadeUpdates()).isFalse());
  }
}
