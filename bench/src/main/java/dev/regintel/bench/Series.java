package dev.regintel.bench;

/**
 * Per-request figures of one series: latency, Bolt round trips, and items answered (trace hits,
 * coverage rows).
 */
record Series(long[] nanos, long[] roundTrips, long[] items) {
  Series(int n) {
    this(new long[n], new long[n], new long[n]);
  }
}
