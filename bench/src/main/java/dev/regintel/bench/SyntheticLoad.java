package dev.regintel.bench;

import dev.regintel.app.internal.neo4j.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Writes a {@link SyntheticGraph}: one {@link Part} per label and per relationship type ({@link
 * SyntheticParts}), nodes first, each sent as {@code UNWIND $rows ... CREATE} in write transactions
 * of a fixed number of rows, a few transactions at a time. Rows are made per batch, so memory stays
 * flat at any scale, and every batch is checked to have created one node or relationship per row.
 */
public final class SyntheticLoad {

  private SyntheticLoad() {}

  /**
   * One label or relationship type to write.
   *
   * @param name the label or relationship type
   * @param node whether it creates nodes (written before any relationship)
   * @param rows how many
   * @param cypher the statement, taking {@code $rows}
   * @param row the {@code i}-th row's parameters
   */
  record Part(
      String name, boolean node, int rows, String cypher, IntFunction<Map<String, Object>> row) {}

  /**
   * What a load wrote and how fast.
   *
   * @param nodes nodes created
   * @param relationships relationships created
   * @param nodeSeconds time spent writing nodes
   * @param relationshipSeconds time spent writing relationships
   * @param batches write transactions
   * @param batchSize rows per transaction at most
   * @param writers transactions run at once
   */
  public record Result(
      long nodes,
      long relationships,
      double nodeSeconds,
      double relationshipSeconds,
      int batches,
      int batchSize,
      int writers) {

    public double nodesPerSecond() {
      return nodeSeconds > 0 ? nodes / nodeSeconds : 0;
    }

    public double relationshipsPerSecond() {
      return relationshipSeconds > 0 ? relationships / relationshipSeconds : 0;
    }

    public double seconds() {
      return nodeSeconds + relationshipSeconds;
    }
  }

  static Result run(
      SyntheticGraph g, Graph graph, int batchSize, int writers, Consumer<String> progress) {
    long nodes = 0;
    long relationships = 0;
    long nodeNanos = 0;
    long relationshipNanos = 0;
    int batches = 0;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      for (Part part : SyntheticParts.parts(g)) {
        long started = System.nanoTime();
        // At most two batches per writer in flight, so memory stays flat at any scale.
        Semaphore inFlight = new Semaphore(2 * writers);
        List<Future<Long>> written = new ArrayList<>();
        for (int from = 0; from < part.rows(); from += batchSize) {
          int first = from;
          int last = Math.min(part.rows(), from + batchSize);
          inFlight.acquireUninterruptibly();
          written.add(
              pool.submit(
                  () -> {
                    try {
                      return write(graph, part, first, last);
                    } finally {
                      inFlight.release();
                    }
                  }));
        }
        long created = 0;
        for (Future<Long> batch : written) {
          created += done(batch);
        }
        batches += written.size();
        long took = System.nanoTime() - started;
        if (part.node()) {
          nodes += created;
          nodeNanos += took;
        } else {
          relationships += created;
          relationshipNanos += took;
        }
        progress.accept("%-18s %,10d in %6.1f s".formatted(part.name(), created, took / 1e9));
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(
        nodes,
        relationships,
        nodeNanos / 1e9,
        relationshipNanos / 1e9,
        batches,
        batchSize,
        writers);
  }

  /** Writes rows {@code [first, last)} of a part in one transaction; returns what it created. */
  private static long write(Graph graph, Part part, int first, int last) {
    List<Map<String, Object>> rows = new ArrayList<>(last - first);
    for (int i = first; i < last; i++) {
      rows.add(part.row().apply(i));
    }
    Map<String, Object> parameters = Map.of("rows", rows);
    ResultSummary summary = graph.write(tx -> tx.run(part.cypher(), parameters));
    long made =
        part.node() ? summary.counters().nodesCreated() : summary.counters().relationshipsCreated();
    if (made != rows.size()) {
      throw new IllegalStateException(
          part.name() + ": wrote " + made + " of " + rows.size() + " rows of a batch");
    }
    return made;
  }

  private static long done(Future<Long> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
