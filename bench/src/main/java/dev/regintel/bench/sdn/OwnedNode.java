package dev.regintel.bench.sdn;

import dev.regintel.ontology.Provenance;
import org.springframework.data.annotation.Id;

/** A node its writer owns, keyed by {@code id}, with its provenance; never new. */
public abstract class OwnedNode extends Provenanced implements StoredNode {

  @Id private String id;

  /**
   * @param provenance null for a node given by its key alone, as the end of a relationship
   */
  OwnedNode(String id, Provenance provenance) {
    super(provenance);
    this.id = id;
  }

  @Override
  public String getId() {
    return id;
  }
}
