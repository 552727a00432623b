package dev.regintel.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * What one benchmark run does.
 *
 * @param scale the synthetic graph's scale (1 is about the shipped corpus)
 * @param requests timed requests per series
 * @param warmup untimed requests per series before timing, at least
 * @param warmupSeconds how long the warm-up lasts at least: the JIT compiles the request path only
 *     after many requests, and on two cores a few hundred leave it half-compiled
 * @param seed the seed of the graph and of the choice of controls and devices
 * @param dataDir the data directory for the embedded Neo4j; null for a new temporary one, deleted
 *     afterwards
 */
public record BenchOptions(
    double scale, int requests, int warmup, int warmupSeconds, long seed, Path dataDir) {

  public static final double DEFAULT_SCALE = 1;
  public static final int DEFAULT_REQUESTS = 1000;
  public static final int DEFAULT_WARMUP = 1000;
  public static final int DEFAULT_WARMUP_SECONDS = 30;
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
    if (warmupSeconds < 0) {
      throw new IllegalArgumentException(
          "warmup seconds must not be negative, not " + warmupSeconds);
    }
  }

  /** Options without a minimum warm-up time (tests). */
  public BenchOptions(double scale, int requests, int warmup, long seed, Path dataDir) {
    this(scale, requests, warmup, 0, seed, dataDir);
  }

  /**
   * Runs warm-up rounds, numbered from 0, until both {@link #warmup} rounds and {@link
   * #warmupSeconds} have passed; returns how many ran.
   */
  int warmUp(PrintStream out, String what, IntConsumer round) {
    out.printf("Warming up (at least %d %s and %d s)...%n", warmup, what, warmupSeconds);
    long started = System.nanoTime();
    long until = started + warmupSeconds * 1_000_000_000L;
    int rounds = 0;
    while (rounds < warmup || System.nanoTime() < until) {
      round.accept(rounds++);
    }
    out.printf("  %d rounds in %.1f s%n", rounds, (System.nanoTime() - started) / 1e9);
    return rounds;
  }

  /**
   * The embedded Neo4j's page cache: the app's default holds a scale-1 store; from scale 10 the
   * store outgrows it, and a benchmark that reads from disk measures the disk.
   */
  String pageCache() {
    return scale >= 10 ? "2g" : "256m";
  }
}
