package dev.regintel.bench;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.trace.TraceQueries;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * The trace benchmark's series sent straight through the driver, as the service sends them (one
 * auto-commit read each, same parameters): the whole Cypher trace, and the one read of an index
 * walk. Against the same traces over GraphQL, they show what HTTP, GraphQL and the walk add.
 */
final class DriverReads {

  private final Progress progress;

  DriverReads(Progress progress) {
    this.progress = progress;
  }

  /** Times the {@code i}-th {@link TraceQueries#trace} of a series, sent through the driver. */
  void raw(Graph graph, String controlId, Series into, int i) {
    String cypher = TraceQueries.trace(TraceBenchmark.MAX_HOPS);
    long started = System.nanoTime();
    // Sent as the service sends it (Graph.read: one auto-commit read), with the same parameters.
    List<Record> rows = graph.read(cypher, Map.of("controlId", controlId));
    into.nanos()[i] = System.nanoTime() - started;
    into.items()[i] = rows.size();
    if (rows.isEmpty()) {
      progress.fail("raw trace of " + controlId + " returned no row");
    }
  }

  /**
   * Times the {@code i}-th index walk's read ({@link TraceQueries#INDEX_TRACE}) of a series, sent
   * through the driver with the requirements the trace reached, as the service sends it.
   */
  void indexRead(Graph graph, String controlId, List<String> ids, Series into, int i) {
    long started = System.nanoTime();
    List<Record> rows =
        graph.read(TraceQueries.INDEX_TRACE, Map.of("controlId", controlId, "ids", ids));
    into.nanos()[i] = System.nanoTime() - started;
    into.items()[i] = rows.isEmpty() ? 0 : rows.getFirst().get("nodes").size();
    if (into.items()[i] != ids.size()) {
      progress.fail(
          "the index read of %s found %d of %d requirements"
              .formatted(controlId, into.items()[i], ids.size()));
    }
  }
}
