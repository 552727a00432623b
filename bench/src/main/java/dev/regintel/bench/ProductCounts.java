package dev.regintel.bench;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.Provenance;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;

/**
 * What a product write left in the graph, per label and per relationship type: how many, how many
 * properties they hold in all, and how many carry provenance. Two ways that wrote the same records
 * the same way leave equal counts.
 *
 * @param nodes Supplier, Control and Device nodes
 * @param relationships SUPPLIES, IMPLEMENTS, MARKETED_IN and SATISFIES relationships
 */
record ProductCounts(Map<String, Tally> nodes, Map<String, Tally> relationships) {

  /**
   * @param count nodes or relationships
   * @param properties their properties, added up
   * @param withProvenance those with a source URL
   */
  record Tally(long count, long properties, long withProvenance) {

    @Override
    public String toString() {
      return count + " (" + properties + " properties)";
    }
  }

  /** Reads the counts from the graph. */
  static ProductCounts of(Graph graph) {
    return new ProductCounts(
        tallies(
            graph,
            "MATCH (n) WHERE n:Supplier OR n:Control OR n:Device WITH n, labels(n)[0] AS key"),
        tallies(
            graph,
            "MATCH ()-[n:SUPPLIES|IMPLEMENTS|MARKETED_IN|SATISFIES]->() WITH n, type(n) AS key"));
  }

  private static Map<String, Tally> tallies(Graph graph, String match) {
    Map<String, Tally> tallies = new TreeMap<>();
    for (Record r :
        graph.read(
            match
                + " RETURN key, count(n) AS count, sum(size(keys(n))) AS properties,"
                + " count(n."
                + Provenance.URL_KEY
                + ") AS withProvenance",
            Map.of())) {
      tallies.put(
          r.get("key").asString(),
          new Tally(
              r.get("count").asLong(),
              r.get("properties").asLong(),
              r.get("withProvenance").asLong()));
    }
    return tallies;
  }

  /**
   * The problem with these counts when {@code set} was written, or null: a count that is not the
   * set's, or a node or relationship without provenance.
   */
  String problem(ProductSet set) {
    String nodeProblem = problem(nodes, set.nodes());
    return nodeProblem != null ? nodeProblem : problem(relationships, set.relationships());
  }

  private static String problem(Map<String, Tally> found, Map<String, Long> expected) {
    for (Map.Entry<String, Long> e : expected.entrySet()) {
      Tally t = found.getOrDefault(e.getKey(), new Tally(0, 0, 0));
      if (t.count() != e.getValue()) {
        return e.getKey() + ": " + t.count() + " written, " + e.getValue() + " expected";
      }
      if (t.withProvenance() != t.count()) {
        return e.getKey() + ": " + (t.count() - t.withProvenance()) + " without provenance";
      }
    }
    return null;
  }

  /** How many devices have {@code note} as their note. */
  static long devicesNoted(Graph graph, String note) {
    return graph
        .read("MATCH (d:Device) WHERE d.note = $note RETURN count(d) AS n", Map.of("note", note))
        .getFirst()
        .get("n")
        .asLong();
  }
}
