package dev.regintel.bench;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.trace.TraceQueries;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

/**
 * One run of the trace and coverage benchmark, start to end: starts the service in a JVM of its own
 * ({@link ServiceProcess}: embedded Neo4j in a fresh data directory, HTTP and Bolt on free ports,
 * no seed data), generates and loads a {@link SyntheticGraph} through Bolt, then times, one request
 * after another on one HTTP client, {@code trace} on random controls and {@code coverage} on random
 * devices through GraphQL, and the same trace as raw Cypher through the driver, both from this JVM.
 * Round trips come from the service's own {@link Graph} counter, read before and after each request
 * (nothing else runs meanwhile).
 */
public final class TraceBenchmark {

  /** Trace depth, the API's default. */
  static final int MAX_HOPS = 4;

  static final String TRACE =
      """
      query Trace($controlId: ID!, $maxHops: Int) {
        trace(controlId: $controlId, maxHops: $maxHops) {
          control { id }
          hits { requirement { id ref title } fulfilment hops path { fromId toId kind } }
        }
      }""";

  static final String COVERAGE =
      """
      query Coverage($deviceId: ID!) {
        coverage(deviceId: $deviceId) {
          device { id }
          jurisdictions {
            jurisdiction { code }
            applicable { document { id } reason }
            rows { requirement { id } fulfilment controls { id } }
            full partial none
          }
        }
      }""";

  /**
   * The cheapest request that still reads the graph: one control by id. Its latency is the fixed
   * cost of HTTP, GraphQL and one Bolt round trip, which the trace's GraphQL/raw ratio includes.
   */
  static final String FLOOR =
      """
      query Floor($id: ID!) {
        control(id: $id) { id }
      }""";

  private final BenchOptions options;
  private final PrintStream out;
  private final Progress progress;

  public TraceBenchmark(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.progress = new Progress(out, "request");
  }

  /**
   * Runs the benchmark and returns what it measured; progress goes to the given stream. The service
   * runs in a JVM of its own ({@link ServiceProcess}); this JVM generates and loads the graph and
   * is the client.
   */
  public BenchReport run() {
    return BenchApp.inDataDirectory(
        options,
        data -> {
          BenchApp.Generated generated = BenchApp.generate(options, out);
          out.printf("Starting the service in %s...%n", data);
          try (ServiceProcess service = ServiceProcess.start(data, options.pageCache());
              Driver driver = GraphDatabase.driver(service.bolt().toString(), service.auth())) {
            Graph bolt = new Graph(driver, null, new SimpleMeterRegistry());
            return measure(
                generated.graph(),
                generated.seconds(),
                bolt,
                service.endpoint(),
                service::roundTrips,
                options.pageCache());
          }
        });
  }

  /**
   * Loads {@code graph} through {@code bolt} into an empty database and times the series against
   * the app serving GraphQL at {@code endpoint} on that database.
   *
   * @param generatedSeconds how long generating the graph took
   * @param roundTrips the service's count of Cypher statements sent, read before and after each
   *     request
   * @param pageCache the database's page cache, for the report
   */
  BenchReport measure(
      SyntheticGraph graph,
      double generatedSeconds,
      Graph bolt,
      URI endpoint,
      LongSupplier roundTrips,
      String pageCache) {
    BenchApp.requireEmpty(bolt);
    String neo4j = BenchApp.neo4jVersion(bolt);
    GraphQlHttp http = new GraphQlHttp(endpoint);
    out.println("Loading...");
    SyntheticLoad.Result loaded = BenchApp.load(graph, bolt, out);
    BenchReport.LoadFigures load = BenchReport.LoadFigures.of(loaded);
    List<String> controls = graph.controlIds();
    List<String> devices = graph.deviceIds();

    SplittableRandom warm = SyntheticGraph.random(options.seed(), 100);
    Series scratch = new Series(1);
    int warmed =
        options.warmUp(
            out,
            "requests per series",
            i -> {
              trace(http, roundTrips, pick(warm, controls), scratch, 0);
              raw(bolt, pick(warm, controls), scratch, 0);
              post(http, roundTrips, FLOOR, Map.of("id", pick(warm, controls)), scratch, 0);
              coverage(http, roundTrips, pick(warm, devices), scratch, 0);
            });
    int n = options.requests();
    out.printf("Timing %d trace requests over GraphQL...%n", n);
    Series trace = new Series(n);
    SplittableRandom picks = SyntheticGraph.random(options.seed(), 101);
    List<String> traced = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      traced.add(pick(picks, controls));
      trace(http, roundTrips, traced.get(i), trace, i);
      progress.tick(i, n);
    }
    out.printf("Timing the same %d traces as raw Cypher...%n", n);
    Series raw = new Series(n);
    for (int i = 0; i < n; i++) {
      raw(bolt, traced.get(i), raw, i);
      progress.tick(i, n);
    }
    out.printf("Timing %d control lookups over GraphQL (the floor)...%n", n);
    Series floor = new Series(n);
    for (int i = 0; i < n; i++) {
      post(http, roundTrips, FLOOR, Map.of("id", traced.get(i)), floor, i);
      progress.tick(i, n);
    }
    out.printf("Timing %d coverage requests over GraphQL...%n", n);
    Series coverage = new Series(n);
    SplittableRandom devicePicks = SyntheticGraph.random(options.seed(), 102);
    for (int i = 0; i < n; i++) {
      coverage(http, roundTrips, pick(devicePicks, devices), coverage, i);
      progress.tick(i, n);
    }

    Latencies traceLatency = Latencies.of(trace.nanos());
    Latencies rawLatency = Latencies.of(raw.nanos());
    BenchReport.TraceFigures traceFigures =
        new BenchReport.TraceFigures(
            traceLatency,
            rawLatency,
            Latencies.of(floor.nanos()),
            ratio(traceLatency.p50(), rawLatency.p50()),
            ratio(traceLatency.p99(), rawLatency.p99()),
            BenchReport.PerRequest.of(trace.roundTrips()),
            BenchReport.PerRequest.of(trace.items()));
    BenchReport.CoverageFigures coverageFigures =
        new BenchReport.CoverageFigures(
            Latencies.of(coverage.nanos()),
            BenchReport.PerRequest.of(coverage.roundTrips()),
            BenchReport.PerRequest.of(coverage.items()));
    return new BenchReport(
        new BenchRun(
            "trace",
            options.scale(),
            options.seed(),
            n,
            warmed,
            MachineFacts.current(neo4j, pageCache)),
        BenchReport.GraphFigures.of(graph, generatedSeconds),
        load,
        traceFigures,
        coverageFigures,
        progress.errors(),
        BenchReport.judge(traceFigures, load));
  }

  /**
   * Per-request figures of one series: latency, Bolt round trips, and items answered (trace hits,
   * coverage rows).
   */
  private record Series(long[] nanos, long[] roundTrips, long[] items) {
    Series(int n) {
      this(new long[n], new long[n], new long[n]);
    }
  }

  /** Times the {@code i}-th trace of a series over GraphQL. */
  private void trace(GraphQlHttp http, LongSupplier trips, String controlId, Series into, int i) {
    JsonNode data =
        post(http, trips, TRACE, Map.of("controlId", controlId, "maxHops", MAX_HOPS), into, i);
    if (data != null) {
      into.items()[i] = data.path("trace").path("hits").size();
    }
  }

  /** Times the {@code i}-th coverage of a series over GraphQL. */
  private void coverage(GraphQlHttp http, LongSupplier trips, String deviceId, Series into, int i) {
    JsonNode data = post(http, trips, COVERAGE, Map.of("deviceId", deviceId), into, i);
    if (data != null) {
      long rows = 0;
      for (JsonNode market : data.path("coverage").path("jurisdictions")) {
        rows += market.path("rows").size();
      }
      into.items()[i] = rows;
    }
  }

  /**
   * Posts one GraphQL request, records its latency and round trips, and returns its data, or null
   * after recording a failure.
   */
  private JsonNode post(
      GraphQlHttp http,
      LongSupplier roundTrips,
      String query,
      Map<String, Object> variables,
      Series into,
      int i) {
    long trips = roundTrips.getAsLong();
    GraphQlHttp.Answer answer = http.post(query, variables);
    into.nanos()[i] = answer.nanos();
    into.roundTrips()[i] = roundTrips.getAsLong() - trips;
    if (answer.error() != null) {
      progress.fail(answer.error());
    }
    return answer.data();
  }

  /** Times the {@code i}-th {@link TraceQueries#trace} of a series, sent through the driver. */
  private void raw(Graph graph, String controlId, Series into, int i) {
    String cypher = TraceQueries.trace(MAX_HOPS);
    long started = System.nanoTime();
    // Sent as the service sends it (Graph.read: one auto-commit read), with the same parameters.
    List<Record> rows = graph.read(cypher, Map.of("controlId", controlId));
    into.nanos()[i] = System.nanoTime() - started;
    into.items()[i] = rows.size();
    if (rows.isEmpty()) {
      progress.fail("raw trace of " + controlId + " returned no row");
    }
  }

  private static String pick(SplittableRandom random, List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  private static double ratio(double graphql, double raw) {
    return raw > 0 ? BenchReport.round(graphql / raw, 3) : 0;
  }
}
