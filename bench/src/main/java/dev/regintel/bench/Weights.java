package dev.regintel.bench;

import java.util.SplittableRandom;

/**
 * Draws an index with probability proportional to fixed weights, by binary search over their
 * running sums. Zipf weights ({@code 1/(rank+1)^s}) give the heavy tails real graphs have: a few
 * requirements mapped from everywhere, a few markets where most devices are sold.
 */
final class Weights {

  private final double[] cumulative;

  private Weights(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  static Weights of(double... weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("no weights");
    }
    return new Weights(weights);
  }

  /** Zipf weights over {@code n} ranks with exponent {@code s}. */
  static Weights zipf(int n, double s) {
    double[] w = new double[Math.max(1, n)];
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 / Math.pow(i + 1, s);
    }
    return new Weights(w);
  }

  /** An index in {@code [0, size())}. */
  int next(SplittableRandom random) {
    return next(random, cumulative.length);
  }

  /** An index among the first {@code n} only, with their relative weights. */
  int next(SplittableRandom random, int n) {
    double u = random.nextDouble() * cumulative[n - 1];
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** A Pareto-distributed weight ({@code alpha} sets the tail) clipped to {@code [1, max]}. */
  static double pareto(SplittableRandom random, double alpha, double max) {
    return Math.min(max, 1 / Math.pow(1 - random.nextDouble(), 1 / alpha));
  }
}
