package dev.regintel.bench.sdn;

import dev.regintel.ontology.Provenance;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** {@code SUPPLIES}, to the supplier of a device, with the device's provenance. */
@RelationshipProperties
public class SupplierLink extends Link {

  @TargetNode private SupplierNode supplier;

  SupplierLink(SupplierNode supplier, Provenance provenance) {
    super(provenance);
    this.supplier = supplier;
  }
}
