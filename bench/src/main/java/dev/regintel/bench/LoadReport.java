package dev.regintel.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What {@code regintel bench load} measured: throughput, latencies and errors per kind of request
 * with many clients at once, and whether the service answered its health check throughout.
 *
 * @param benchmark {@code load}
 * @param clients clients sending requests at once, each one after another
 * @param seconds how long the measured phase lasted
 * @param warmupSeconds how long the untimed warm-up with all clients lasted
 * @param machine where it ran (service and clients on the same machine)
 * @param requests requests answered in the measured phase
 * @param requestsPerSecond {@code requests} over the measured time
 * @param kinds figures per kind of request, then all together ({@code ALL})
 * @param health the health checks sent once a second during the measured phase
 * @param errorSamples the first failures, as they were answered
 */
public record LoadReport(
    String benchmark,
    int clients,
    int seconds,
    int warmupSeconds,
    MachineFacts machine,
    long requests,
    double requestsPerSecond,
    List<KindFigures> kinds,
    Health health,
    List<String> errorSamples) {

  /** The latencies and the failures of one kind of request. */
  public record KindFigures(String kind, Latencies latencies, long errors) {}

  /**
   * The health checks during the load.
   *
   * @param probes how many were sent
   * @param failures how many did not answer UP
   * @param maxMs the slowest answer
   */
  public record Health(int probes, int failures, double maxMs) {}

  /** All failed requests. */
  public long errors() {
    return kinds.stream().filter(k -> !k.kind().equals("ALL")).mapToLong(KindFigures::errors).sum();
  }

  public String toJson() {
    return BenchReport.json(this);
  }

  /** The report as a readable table. */
  public void print(PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "regintel bench load: %d clients for %d s after %d s of warm-up%n",
        clients,
        seconds,
        warmupSeconds);
    BenchReport.printMachine(out, machine);
    out.printf(
        Locale.ROOT,
        "requests  %,d in %d s: %,.1f requests/s, %d errors%n",
        requests,
        seconds,
        requestsPerSecond,
        errors());
    out.printf(
        Locale.ROOT,
        "%n%-10s %9s %9s %9s %9s %9s %7s%n",
        "kind",
        "requests",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "errors");
    for (KindFigures k : kinds) {
      Latencies l = k.latencies();
      out.printf(
          Locale.ROOT,
          "%-10s %9d %9.2f %9.2f %9.2f %9.2f %7d%n",
          k.kind(),
          l.requests(),
          l.p50(),
          l.p95(),
          l.p99(),
          l.max(),
          k.errors());
    }
    out.printf(
        Locale.ROOT,
        "%nhealth    %d checks, %d not UP, slowest %.1f ms%n",
        health.probes(),
        health.failures(),
        health.maxMs());
    errorSamples.forEach(e -> out.println("  error: " + e));
  }
}
