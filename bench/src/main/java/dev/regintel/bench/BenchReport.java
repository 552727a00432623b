package dev.regintel.bench;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything one run of {@code regintel bench trace} measured, printed as a table or written as
 * JSON (same content).
 *
 * @param run which benchmark ran, on what graph and machine, with how many requests
 * @param graph what was loaded
 * @param load how fast it was loaded
 * @param trace {@code trace} over GraphQL (walked over the mapping index and by Cypher) and as raw
 *     Cypher
 * @param coverage {@code coverage} over GraphQL
 * @param errors requests that failed
 * @param targets each target, the measured value and whether it was met
 */
public record BenchReport(
    @JsonUnwrapped BenchRun run,
    GraphFigures graph,
    LoadFigures load,
    TraceFigures trace,
    CoverageFigures coverage,
    Errors errors,
    List<Target> targets) {

  /** The synthetic graph: totals, per label and type, and how long generating it took. */
  public record GraphFigures(
      long nodes,
      long relationships,
      Map<String, Long> nodesByLabel,
      Map<String, Long> relationshipsByType,
      double generatedSeconds) {

    static GraphFigures of(SyntheticGraph graph, double generatedSeconds) {
      return new GraphFigures(
          graph.nodes(),
          graph.relationships(),
          graph.nodeCounts(),
          graph.relationshipCounts(),
          round(generatedSeconds, 3));
    }
  }

  /**
   * The load: what was written, in how long, how fast, in how many transactions of how many rows,
   * how many at a time.
   */
  public record LoadFigures(
      long nodes,
      long relationships,
      double nodeSeconds,
      double relationshipSeconds,
      double nodesPerSecond,
      double relationshipsPerSecond,
      int transactions,
      int batchSize,
      int writers) {

    static LoadFigures of(SyntheticLoad.Result r) {
      return new LoadFigures(
          r.nodes(),
          r.relationships(),
          round(r.nodeSeconds(), 3),
          round(r.relationshipSeconds(), 3),
          Math.round(r.nodesPerSecond()),
          Math.round(r.relationshipsPerSecond()),
          r.batches(),
          r.batchSize(),
          r.writers());
    }
  }

  /** A mean and a maximum of a count per request. */
  public record PerRequest(double mean, long max) {

    static PerRequest of(long[] values) {
      long max = 0;
      double sum = 0;
      for (long v : values) {
        max = Math.max(max, v);
        sum += v;
      }
      return new PerRequest(values.length == 0 ? 0 : round(sum / values.length, 2), max);
    }
  }

  /**
   * The trace series.
   *
   * @param graphql {@code trace} through HTTP and GraphQL, walked over the service's mapping index
   *     ({@code regintel.trace.walk=index}, the default)
   * @param cypherWalk the same traces through HTTP and GraphQL from the service restarted with
   *     {@code regintel.trace.walk=cypher}
   * @param raw the same Cypher ({@code TraceQueries.trace(4)}) sent through the driver
   * @param indexRead the one read of an index walk ({@code TraceQueries.INDEX_TRACE}, with the ids
   *     of the requirements the trace reached) sent through the driver: what the index walk still
   *     asks the database, for a breakdown of its latency
   * @param floor {@code control(id) { id }} through HTTP and GraphQL: the fixed cost of a request
   * @param ratioP50 GraphQL (index walk) p50 over raw p50
   * @param ratioP99 GraphQL (index walk) p99 over raw p99
   * @param cypherRatioP50 GraphQL (Cypher walk) p50 over raw p50
   * @param cypherRatioP99 GraphQL (Cypher walk) p99 over raw p99
   * @param roundTrips Bolt round trips per GraphQL request (index walk)
   * @param cypherRoundTrips Bolt round trips per GraphQL request (Cypher walk)
   * @param hits requirements reached per trace
   * @param index the service's mapping index
   */
  public record TraceFigures(
      Latencies graphql,
      Latencies cypherWalk,
      Latencies raw,
      Latencies indexRead,
      Latencies floor,
      double ratioP50,
      double ratioP99,
      double cypherRatioP50,
      double cypherRatioP99,
      PerRequest roundTrips,
      PerRequest cypherRoundTrips,
      PerRequest hits,
      IndexFigures index) {}

  /**
   * The service's mapping index once built after the load.
   *
   * @param bytes its estimated heap size
   * @param buildMillis how long its build took
   */
  public record IndexFigures(long bytes, long buildMillis) {}

  /**
   * The coverage series.
   *
   * @param graphql {@code coverage} through HTTP and GraphQL
   * @param roundTrips Bolt round trips per request
   * @param rows coverage rows (requirements judged) per request
   */
  public record CoverageFigures(Latencies graphql, PerRequest roundTrips, PerRequest rows) {}

  /** Failed requests: how many, and the first failure's message. */
  public record Errors(int count, String first) {}

  /**
   * A target and whether the run met it.
   *
   * @param name what is measured
   * @param comparison {@code <=} or {@code >=}
   * @param limit the target
   * @param unit of limit and value
   * @param value what was measured
   * @param met whether value is within the limit
   */
  public record Target(
      String name, String comparison, double limit, String unit, double value, boolean met) {

    static Target atMost(String name, double limit, String unit, double value) {
      return new Target(name, "<=", limit, unit, value, value <= limit);
    }

    static Target atLeast(String name, double limit, String unit, double value) {
      return new Target(name, ">=", limit, unit, value, value >= limit);
    }
  }

  /** The targets of docs/performance.md, judged on the figures. */
  static List<Target> judge(TraceFigures trace, LoadFigures load) {
    List<Target> targets = new ArrayList<>();
    targets.add(Target.atMost("trace p50", 10, "ms", trace.graphql().p50()));
    targets.add(Target.atMost("trace p99", 50, "ms", trace.graphql().p99()));
    targets.add(Target.atMost("GraphQL/raw p50", 1.5, "x", trace.ratioP50()));
    targets.add(Target.atMost("GraphQL/raw p99", 1.5, "x", trace.ratioP99()));
    targets.add(Target.atLeast("load", 50_000, "relationships/s", load.relationshipsPerSecond()));
    return targets;
  }

  /** The report as indented JSON. */
  public String toJson() {
    return json(this);
  }

  /** The machine and database lines every report starts with. */
  static void printMachine(PrintStream out, MachineFacts m) {
    out.printf(
        "machine   %d cores (%s), %s memory, max heap %s%n",
        m.cores(), m.cpu(), gib(m.memoryBytes()), gib(m.maxHeapBytes()));
    out.printf("          Java %s, %s%n", m.java(), m.os());
    out.printf("neo4j     %s, embedded, page cache %s%n", m.neo4j(), m.pageCache());
  }

  /** Any report as indented JSON. */
  static String json(Object report) {
    return JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValueAsString(report);
  }

  /** The report as a readable table. */
  public void print(PrintStream out) {
    run.print(out, "requests per series");
    out.printf(
        "graph     %,d nodes, %,d relationships (generated in %.1f s)%n",
        graph.nodes(), graph.relationships(), graph.generatedSeconds());
    out.printf("          %s%n", graph.nodesByLabel());
    out.printf("          %s%n", graph.relationshipsByType());
    out.printf(
        "load      %,d nodes in %.1f s (%,.0f nodes/s); %,d relationships in %.1f s (%,.0f"
            + " relationships/s)%n          %d transactions of at most %,d rows, %d at a time%n",
        load.nodes(),
        load.nodeSeconds(),
        load.nodesPerSecond(),
        load.relationships(),
        load.relationshipSeconds(),
        load.relationshipsPerSecond(),
        load.transactions(),
        load.batchSize(),
        load.writers());
    out.println();
    out.printf(
        "%-24s %8s %8s %8s %8s %8s %8s  %s%n",
        "series", "requests", "p50 ms", "p95 ms", "p99 ms", "mean ms", "max ms", "round trips");
    line(out, "trace (GraphQL, index)", trace.graphql(), trace.roundTrips());
    line(out, "trace (GraphQL, cypher)", trace.cypherWalk(), trace.cypherRoundTrips());
    line(out, "trace (raw Cypher)", trace.raw(), null);
    line(out, "index walk's read", trace.indexRead(), null);
    line(out, "control (GraphQL)", trace.floor(), null);
    line(out, "coverage (GraphQL)", coverage.graphql(), coverage.roundTrips());
    out.println();
    out.printf(
        "hits per trace       mean %s, max %d%n", number(trace.hits().mean()), trace.hits().max());
    out.printf(
        "rows per coverage    mean %s, max %d%n",
        number(coverage.rows().mean()), coverage.rows().max());
    out.printf(
        "GraphQL/raw (trace)  p50 %.2f, p99 %.2f (walk=cypher: p50 %.2f, p99 %.2f)%n",
        trace.ratioP50(), trace.ratioP99(), trace.cypherRatioP50(), trace.cypherRatioP99());
    out.printf(
        "mapping index        about %.1f MB, built in %,d ms%n",
        trace.index().bytes() / 1e6, trace.index().buildMillis());
    out.println();
    out.printf("%-18s %-28s %-28s %s%n", "target", "limit", "measured", "");
    for (Target t : targets) {
      out.printf(
          "%-18s %-28s %-28s %s%n",
          t.name(),
          t.comparison() + " " + number(t.limit()) + " " + t.unit(),
          number(t.value()) + " " + t.unit(),
          t.met() ? "met" : "MISSED");
    }
    out.println(
        errors.count() == 0
            ? "errors    none"
            : "errors    " + errors.count() + " failed requests; first: " + errors.first());
  }

  private static void line(PrintStream out, String name, Latencies l, PerRequest roundTrips) {
    out.printf(
        "%-24s %8d %8.2f %8.2f %8.2f %8.2f %8.2f  %s%n",
        name,
        l.requests(),
        l.p50(),
        l.p95(),
        l.p99(),
        l.mean(),
        l.max(),
        roundTrips == null ? "-" : number(roundTrips.mean()) + " (max " + roundTrips.max() + ")");
  }

  static double round(double value, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(value * f) / f;
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  static String gib(long bytes) {
    return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", bytes / 1073741824.0);
  }
}
