package dev.regintel.bench;

import java.util.Arrays;

/**
 * Summary of one series of request latencies, in milliseconds. Percentiles are nearest-rank: p99 of
 * 1000 requests is the 990th fastest.
 *
 * @param requests how many were timed
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param mean the arithmetic mean
 * @param max the slowest
 */
public record Latencies(int requests, double p50, double p95, double p99, double mean, double max) {

  /** Summarises latencies given in nanoseconds. */
  static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latencies(0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0);
    return new Latencies(
        sorted.length,
        ms(percentile(sorted, 50)),
        ms(percentile(sorted, 95)),
        ms(percentile(sorted, 99)),
        ms(mean),
        ms(sorted[sorted.length - 1]));
  }

  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  private static double ms(double nanos) {
    return Math.round(nanos / 1_000) / 1_000.0;
  }
}
