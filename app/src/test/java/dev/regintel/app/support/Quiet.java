package dev.regintel.app.support;

import java.util.function.LongSupplier;

/**
 * Waits until the shared app is quiet, for tests that count its round trips to the graph: work in
 * the background (the mapping or search index rebuilt after an earlier test's write) counts its
 * reads too, and would make a request look as if it had sent more than it did.
 */
public final class Quiet {

  private Quiet() {}

  /** The round-trip count once it has not moved for half a second; fails after 30 s. */
  public static long roundTrips(LongSupplier roundTrips) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    long seen = roundTrips.getAsLong();
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      long now = roundTrips.getAsLong();
      if (now == seen) {
        return now;
      }
      seen = now;
    }
    throw new IllegalStateException("the app kept sending Cypher for 30 s");
  }
}
