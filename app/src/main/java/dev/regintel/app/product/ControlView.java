package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.Node;

/** A control as the API shows it. */
public record ControlView(
    String id,
    String name,
    String nameJa,
    String description,
    String descriptionJa,
    String category,
    ProvenanceView source) {

  public static ControlView of(Node n) {
    return new ControlView(
        Values.str(n, "id"),
        Values.str(n, "name"),
        Values.str(n, "nameJa"),
        Values.str(n, "description"),
        Values.str(n, "descriptionJa"),
        Values.str(n, "category"),
        ProvenanceView.of(n));
  }
}
