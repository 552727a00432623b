package dev.regintel.bench;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import java.util.Map;

/**
 * What every round must leave: exactly the set, with provenance everywhere, and the same counts
 * (properties included) whichever way wrote it: the first way's counts are the reference.
 */
final class ProductChecks {

  private final Graph graph;
  private final ProductSet set;
  private ProductCounts created;
  private ProductCounts updated;

  ProductChecks(Graph graph, ProductSet set) {
    this.graph = graph;
    this.set = set;
  }

  /** Deletes every product node and its relationships. */
  void clear() {
    graph.write(
        tx ->
            tx.run(
                "MATCH (n) WHERE n:Supplier OR n:Device OR n:Control DETACH DELETE n", Map.of()));
  }

  /** The counts the first way left after creating the set, the reference for the others. */
  ProductCounts reference() {
    return created;
  }

  /** Checks the graph after {@code way} created the set. */
  void afterCreate(ProductWay way) {
    created = check(way, "creating", created);
  }

  /** Checks the graph after {@code way} updated every device, giving each {@code note}. */
  void afterUpdate(ProductWay way, String note) {
    updated = check(way, "updating", updated);
    long noted = ProductCounts.devicesNoted(graph, note);
    if (noted != set.devices().size()) {
      throw new RegintelException(
          way.name() + " updated " + noted + " of " + set.devices().size() + " devices");
    }
  }

  private ProductCounts check(ProductWay way, String what, ProductCounts reference) {
    ProductCounts counts = ProductCounts.of(graph);
    String problem = counts.problem(set);
    if (problem == null && reference != null && !reference.equals(counts)) {
      problem = "wrote " + counts + " where the first way wrote " + reference;
    }
    if (problem != null) {
      throw new RegintelException(way.name() + ", " + what + " the product set: " + problem);
    }
    return counts;
  }
}
