package dev.regintel.bench.sdn;

import dev.regintel.ontology.Provenance;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** {@code MARKETED_IN}, to a market of a device, with the device's provenance. */
@RelationshipProperties
public class MarketLink extends Link {

  @TargetNode private JurisdictionNode market;

  MarketLink(JurisdictionNode market, Provenance provenance) {
    super(provenance);
    this.market = market;
  }
}
