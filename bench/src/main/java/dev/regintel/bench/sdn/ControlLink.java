package dev.regintel.bench.sdn;

import dev.regintel.ontology.Provenance;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** {@code IMPLEMENTS}, to a control a device implements, with the device's provenance. */
@RelationshipProperties
public class ControlLink extends Link {

  @TargetNode private ControlNode control;

  ControlLink(ControlNode control, Provenance provenance) {
    super(provenance);
    this.control = control;
  }
}
