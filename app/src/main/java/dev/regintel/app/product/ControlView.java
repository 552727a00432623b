package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.Node;

/**
 * A control as the API shows it: its id, its content (whose fields the GraphQL type {@code Control}
 * serves as its own, see {@link ControlFields}), where it was read, the fields its source does not
 * state outright and the curator's note.
 */
public record ControlView(
    String id,
    ControlContent content,
    ProvenanceView source,
    java.util.List<String> unverified,
    String note) {

  public static ControlView of(Node n) {
    return new ControlView(
        Values.str(n, "id"),
        ControlContent.of(n),
        ProvenanceView.of(n),
        Values.strings(n, "unverified"),
        Values.str(n, "note"));
  }
}
