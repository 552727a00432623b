package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.Node;

/**
 * A control as the API shows it: its id, its content (whose fields the GraphQL type {@code Control}
 * serves as its own, see {@link ControlFields}) and where it was read.
 */
public record ControlView(String id, ControlContent content, ProvenanceView source) {

  public static ControlView of(Node n) {
    return new ControlView(Values.str(n, "id"), ControlContent.of(n), ProvenanceView.of(n));
  }
}
