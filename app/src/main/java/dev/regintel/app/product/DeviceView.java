package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.Node;

/** A device as the API shows it. */
public record DeviceView(
    String id,
    String name,
    String nameJa,
    String category,
    String use,
    boolean example,
    ProvenanceView source) {

  public static DeviceView of(Node n) {
    return new DeviceView(
        Values.str(n, "id"),
        Values.str(n, "name"),
        Values.str(n, "nameJa"),
        Values.str(n, "category"),
        Values.str(n, "use"),
        Boolean.TRUE.equals(Values.bool(n, "example")),
        ProvenanceView.of(n));
  }
}
