package dev.regintel.bench.sdn;

import org.springframework.data.annotation.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A jurisdiction, as a market of a device: its key alone, since a product write only links to it.
 * It exists beforehand and is never new ({@link StoredNode}), so a save does not write it.
 */
@Node("Jurisdiction")
public class JurisdictionNode implements StoredNode {

  @Id private String code;

  JurisdictionNode(String code) {
    this.code = code;
  }

  @Override
  public String getId() {
    return code;
  }
}
