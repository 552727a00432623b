package dev.regintel.bench.sdn;

import org.springframework.data.annotation.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A requirement, as the end of a claim: its key alone, since a product write only links to it. It
 * exists beforehand and is never new ({@link StoredNode}), so a save does not write it.
 */
@Node("Requirement")
public class RequirementNode implements StoredNode {

  @Id private String id;

  RequirementNode(String id) {
    this.id = id;
  }

  @Override
  public String getId() {
    return id;
  }
}
