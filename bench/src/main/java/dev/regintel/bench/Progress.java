package dev.regintel.bench;

import java.io.PrintStream;

/**
 * What a benchmark tells while it runs: a line at each quarter of a long series, and the first
 * failed request; it counts every failure for the report.
 */
final class Progress {

  private final PrintStream out;
  private final String what;
  private int failed;
  private String first;

  /**
   * @param out where the lines go
   * @param what what one request is called in a failure line ("request", "search")
   */
  Progress(PrintStream out, String what) {
    this.out = out;
    this.what = what;
  }

  /** Counts a failed request; prints the first. */
  void fail(String message) {
    failed++;
    if (first == null) {
      first = message;
      out.println("  " + what + " failed: " + message);
    }
  }

  /** Shows a long series is alive: a line at each quarter. */
  void tick(int i, int n) {
    if (n >= 100 && (i + 1) % (n / 4) == 0 && i + 1 < n) {
      out.printf("  %d of %d%n", i + 1, n);
    }
  }

  /** The failures so far, for the report. */
  BenchReport.Errors errors() {
    return new BenchReport.Errors(failed, first);
  }
}
