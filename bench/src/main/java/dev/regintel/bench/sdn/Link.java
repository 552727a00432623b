package dev.regintel.bench.sdn;

import dev.regintel.ontology.Provenance;
import org.springframework.data.neo4j.core.schema.RelationshipId;

/**
 * A relationship with its provenance; a subclass names the node at the other end, which is written
 * on its own.
 */
public abstract class Link extends Provenanced {

  @RelationshipId private String id;

  Link(Provenance provenance) {
    super(provenance);
  }
}
