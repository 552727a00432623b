package dev.regintel.app.bench;

import java.nio.file.Path;

/**
 * What one benchmark run does.
 *
 * @param scale the synthetic graph's scale (1 is about the shipped corpus)
 * @param requests timed requests per series
 * @param warmup untimed requests per series before timing
 * @param seed the seed of the graph and of the choice of controls and devices
 * @param dataDir the data directory for the embedded Neo4j; null for a new temporary one, deleted
 *     afterwards
 */
public record BenchOptions(double scale, int requests, int warmup, long seed, Path dataDir) {

  public static final double DEFAULT_SCALE = 1;
  public static final int DEFAULT_REQUESTS = 1000;
  public static final int DEFAULT_WARMUP = 200;
  public static final long DEFAULT_SEED = 42;

  /** Rows per write transaction while loading. */
  static final int BATCH_SIZE = 10_000;

  /**
   * Write transactions run at once while loading: one per core, at most four. On two cores, two
   * writers load about 1.6 to 1.8 times as fast as one, and three or more are slower than one: they
   * wait on each other's node locks (docs/performance.md).
   */
  static int writers() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  public BenchOptions {
    SyntheticCounts.at(scale);
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1, not " + requests);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup must not be negative, not " + warmup);
    }
  }

  /**
   * The embedded Neo4j's page cache: the app's default holds a scale-1 store; from scale 10 the
   * store outgrows it, and a benchmark that reads from disk measures the disk.
   */
  String pageCache() {
    return scale >= 10 ? "2g" : "256m";
  }
}
