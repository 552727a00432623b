package dev.regintel.bench;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything one run of {@code regintel bench search} measured, printed as a table or written as
 * JSON (same content).
 *
 * @param run which benchmark ran, on what graph and machine, with how many requests
 * @param graph what was loaded
 * @param load how fast it was loaded
 * @param index the search index built from the loaded graph
 * @param classes the searches of each query class, then all of them together ({@code all})
 * @param errors searches that failed
 * @param targets each target, the measured value and whether it was met
 */
public record SearchBenchReport(
    @JsonUnwrapped BenchRun run,
    BenchReport.GraphFigures graph,
    BenchReport.LoadFigures load,
    IndexFigures index,
    List<ClassFigures> classes,
    BenchReport.Errors errors,
    List<BenchReport.Target> targets) {

  /** The latency target of docs/performance.md: per search over GraphQL, p95. */
  static final double P95_TARGET_MS = 20;

  /**
   * The index build: a full rebuild from the loaded graph, as after any load.
   *
   * @param items documents, requirements and controls indexed
   * @param glossaryTerms Japanese glossary terms (user dictionary and expansion)
   * @param seconds from reading the glossary to the new index being searchable
   * @param itemsPerSecond items over seconds
   * @param bytes the index's size on disk
   */
  public record IndexFigures(
      int items, int glossaryTerms, double seconds, double itemsPerSecond, long bytes) {}

  /**
   * The searches of one query class (or all of them).
   *
   * @param name the class: english, japanese, mixed, code, or all
   * @param http through HTTP and GraphQL, measured at the client
   * @param inProcess the same searches as calls of the app's {@code SearchService}, in its JVM
   * @param total the answers' {@code total} (hits in all)
   * @param returned hits returned per search (at most a page)
   * @param empty searches that returned no hit
   * @param filtered searches with a kinds or jurisdictions filter
   * @param laterPages searches for a page after the first
   */
  public record ClassFigures(
      String name,
      Latencies http,
      Latencies inProcess,
      BenchReport.PerRequest total,
      BenchReport.PerRequest returned,
      int empty,
      int filtered,
      int laterPages) {}

  /** The targets of docs/performance.md, judged on the figures: p95 of all and of each class. */
  static List<BenchReport.Target> judge(List<ClassFigures> classes) {
    List<BenchReport.Target> targets = new ArrayList<>();
    for (ClassFigures c : classes.reversed()) {
      targets.add(
          BenchReport.Target.atMost("search p95 " + c.name(), P95_TARGET_MS, "ms", c.http().p95()));
    }
    return targets;
  }

  /** The report as indented JSON. */
  public String toJson() {
    return BenchReport.json(this);
  }

  /** The report as a readable table. */
  public void print(PrintStream out) {
    run.print(out, "searches");
    out.printf(
        "graph     %,d nodes, %,d relationships (generated in %.1f s), loaded in %.1f s%n",
        graph.nodes(),
        graph.relationships(),
        graph.generatedSeconds(),
        load.nodeSeconds() + load.relationshipSeconds());
    out.printf(
        "index     %,d items (%,d glossary terms) built in %.1f s: %,.0f items/s, %s on disk%n",
        index.items(),
        index.glossaryTerms(),
        index.seconds(),
        index.itemsPerSecond(),
        mib(index.bytes()));
    out.println();
    out.printf(
        "%-9s %8s %8s %8s %8s %8s %8s  %-23s %10s %9s %6s%n",
        "class",
        "searches",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "mean ms",
        "max ms",
        "in-process p50/p95 ms",
        "total mean",
        "returned",
        "empty");
    for (ClassFigures c : classes) {
      Latencies h = c.http();
      out.printf(
          "%-9s %8d %8.2f %8.2f %8.2f %8.2f %8.2f  %-23s %10s %9s %6d%n",
          c.name(),
          h.requests(),
          h.p50(),
          h.p95(),
          h.p99(),
          h.mean(),
          h.max(),
          String.format(Locale.ROOT, "%.2f / %.2f", c.inProcess().p50(), c.inProcess().p95()),
          BenchReport.number(c.total().mean()),
          BenchReport.number(c.returned().mean()),
          c.empty());
    }
    ClassFigures all = classes.getLast();
    out.printf(
        "          %d of %d searches filtered by kind or jurisdiction, %d for a later page%n",
        all.filtered(), all.http().requests(), all.laterPages());
    out.println();
    out.printf("%-22s %-12s %-12s %s%n", "target", "limit", "measured", "");
    for (BenchReport.Target t : targets) {
      out.printf(
          "%-22s %-12s %-12s %s%n",
          t.name(),
          t.comparison() + " " + BenchReport.number(t.limit()) + " " + t.unit(),
          BenchReport.number(t.value()) + " " + t.unit(),
          t.met() ? "met" : "MISSED");
    }
    out.println(
        errors.count() == 0
            ? "errors    none"
            : "errors    " + errors.count() + " failed searches; first: " + errors.first());
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
