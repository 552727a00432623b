package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.Node;

/** A supplier as the API shows it. */
public record SupplierView(
    String id, String name, String nameJa, String url, boolean example, ProvenanceView source) {

  public static SupplierView of(Node n) {
    return new SupplierView(
        Values.str(n, "id"),
        Values.str(n, "name"),
        Values.str(n, "nameJa"),
        Values.str(n, "url"),
        Boolean.TRUE.equals(Values.bool(n, "example")),
        ProvenanceView.of(n));
  }
}
