package dev.regintel.bench;

import java.io.PrintStream;

/**
 * What every benchmark report starts with: which benchmark ran, on what graph, how many requests,
 * and on which machine.
 *
 * @param benchmark which benchmark ran ({@code trace} or {@code search})
 * @param scale the synthetic graph's scale
 * @param seed the seed of the graph and of the requests
 * @param requests timed requests per series
 * @param warmup untimed requests per series before timing
 * @param machine where it ran
 */
public record BenchRun(
    String benchmark, double scale, long seed, int requests, int warmup, MachineFacts machine) {

  /** The report's first lines: what ran ({@code what} names the requests), then the machine. */
  void print(PrintStream out, String what) {
    out.println();
    out.printf(
        "regintel bench %s: scale %s, seed %d, %d %s after %d warm-up%n",
        benchmark, BenchReport.number(scale), seed, requests, what, warmup);
    BenchReport.printMachine(out, machine);
  }
}
