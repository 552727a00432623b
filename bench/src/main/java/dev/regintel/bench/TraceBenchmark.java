package dev.regintel.bench;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.write.GraphChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;

/**
 * One run of the trace and coverage benchmark, start to end: starts the service in a JVM of its own
 * ({@link ServiceProcess}: embedded Neo4j in a fresh data directory, HTTP and Bolt on free ports,
 * no seed data), generates and loads a {@link SyntheticGraph} through Bolt, counts a generation of
 * the graph (as every load does) and waits for the service's mapping index to reach it. Then it
 * times, one request after another on one HTTP client, {@code trace} on random controls and {@code
 * coverage} on random devices through GraphQL, and the same trace as raw Cypher through the driver,
 * both from this JVM. Last, it restarts the service on the same data directory with {@code
 * regintel.trace.walk=cypher} and times the same traces through GraphQL again, so that both walks
 * are measured side by side; the two walks' hit counts must agree on every trace. Round trips come
 * from the service's own {@link Graph} counter, read before and after each request (nothing else
 * runs meanwhile).
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
  private final DriverReads reads;

  public TraceBenchmark(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.progress = new Progress(out, "request");
    this.reads = new DriverReads(progress);
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
          List<ServiceProcess> restarted = new ArrayList<>();
          try (ServiceProcess service =
                  ServiceProcess.start(data, options.pageCache(), null, QUIET);
              Driver driver = GraphDatabase.driver(service.bolt().toString(), service.auth())) {
            Graph bolt = new Graph(driver, null, new SimpleMeterRegistry());
            return measure(
                generated.graph(),
                generated.seconds(),
                bolt,
                service,
                () -> {
                  driver.close();
                  service.close();
                  out.println("Restarting the service with regintel.trace.walk=cypher...");
                  ServiceProcess cypher =
                      ServiceProcess.start(
                          data,
                          options.pageCache(),
                          null,
                          Stream.concat(QUIET.stream(), Stream.of("-D" + WALK + "=cypher"))
                              .toList());
                  restarted.add(cypher);
                  return cypher;
                },
                options.pageCache());
          } finally {
            restarted.forEach(ServiceProcess::close);
          }
        });
  }

  /**
   * The service keeps no search index: this benchmark never searches, and a rebuild (after the
   * load's generation, or at the restart) would take the CPU from the timed series.
   */
  static final List<String> QUIET =
      List.of("-Dregintel.search.poll-interval=0", "-Dregintel.search.maintain=false");

  /** The property that chooses the service's trace walk. */
  static final String WALK = "regintel.trace.walk";

  /** The service's gauge of the generation its mapping index is current at (-1: none). */
  static final String INDEX_GENERATION = "regintel.trace.index.generation";

  static final String INDEX_BYTES = "regintel.trace.index.bytes";
  static final String INDEX_BUILD = "regintel.trace.index.build";

  /** How long the service may take to build its mapping index after the load. */
  private static final long INDEX_WAIT_NANOS = 30L * 60 * 1_000_000_000L;

  /**
   * Loads {@code graph} through {@code bolt} into an empty database and times the series against
   * the service ({@code indexed}, walking its mapping index) serving GraphQL on that database, then
   * the trace series against the service {@code cypherWalk} gives (which walks by Cypher; it may
   * stop the first service and {@code bolt} with it).
   *
   * @param generatedSeconds how long generating the graph took
   * @param pageCache the database's page cache, for the report
   */
  BenchReport measure(
      SyntheticGraph graph,
      double generatedSeconds,
      Graph bolt,
      Served indexed,
      Supplier<Served> cypherWalk,
      String pageCache) {
    BenchApp.requireEmpty(bolt);
    String neo4j = BenchApp.neo4jVersion(bolt);
    GraphQlHttp http = new GraphQlHttp(indexed.endpoint());
    LongSupplier roundTrips = indexed::roundTrips;
    out.println("Loading...");
    SyntheticLoad.Result loaded = BenchApp.load(graph, bolt, out);
    BenchReport.LoadFigures load = BenchReport.LoadFigures.of(loaded);
    List<String> controls = graph.controlIds();
    List<String> devices = graph.deviceIds();
    BenchReport.IndexFigures index = awaitIndex(http, indexed, GraphChanged.count(bolt), controls);

    SplittableRandom warm = SyntheticGraph.random(options.seed(), 100);
    Series scratch = new Series(1);
    int warmed =
        options.warmUp(
            out,
            "requests per series",
            i -> {
              trace(http, roundTrips, pick(warm, controls), scratch, 0);
              reads.raw(bolt, pick(warm, controls), scratch, 0);
              post(http, roundTrips, FLOOR, Map.of("id", pick(warm, controls)), scratch, 0);
              coverage(http, roundTrips, pick(warm, devices), scratch, 0);
            });
    int n = options.requests();
    out.printf("Timing %d trace requests over GraphQL (index walk)...%n", n);
    Series trace = new Series(n);
    SplittableRandom picks = SyntheticGraph.random(options.seed(), 101);
    List<String> traced = new ArrayList<>(n);
    List<List<String>> reached = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      traced.add(pick(picks, controls));
      reached.add(trace(http, roundTrips, traced.get(i), trace, i));
      progress.tick(i, n);
    }
    out.printf("Timing the same %d traces as raw Cypher...%n", n);
    Series raw = new Series(n);
    for (int i = 0; i < n; i++) {
      reads.raw(bolt, traced.get(i), raw, i);
      progress.tick(i, n);
    }
    out.printf("Timing the index walk's read of the same %d traces...%n", n);
    Series indexRead = new Series(n);
    for (int i = 0; i < n; i++) {
      reads.indexRead(bolt, traced.get(i), reached.get(i), indexRead, i);
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
    Series cypher = cypherSeries(cypherWalk.get(), traced);
    for (int i = 0; i < n; i++) {
      if (cypher.items()[i] != trace.items()[i]) {
        progress.fail(
            "the walks differ on the trace of %s: %d hits by the index, %d by Cypher"
                .formatted(traced.get(i), trace.items()[i], cypher.items()[i]));
      }
    }

    Latencies traceLatency = Latencies.of(trace.nanos());
    Latencies cypherLatency = Latencies.of(cypher.nanos());
    Latencies rawLatency = Latencies.of(raw.nanos());
    BenchReport.TraceFigures traceFigures =
        new BenchReport.TraceFigures(
            traceLatency,
            cypherLatency,
            rawLatency,
            Latencies.of(indexRead.nanos()),
            Latencies.of(floor.nanos()),
            ratio(traceLatency.p50(), rawLatency.p50()),
            ratio(traceLatency.p99(), rawLatency.p99()),
            ratio(cypherLatency.p50(), rawLatency.p50()),
            ratio(cypherLatency.p99(), rawLatency.p99()),
            BenchReport.PerRequest.of(trace.roundTrips()),
            BenchReport.PerRequest.of(cypher.roundTrips()),
            BenchReport.PerRequest.of(trace.items()),
            index);
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
   * Waits until the service's mapping index is current at {@code generation}: the first trace after
   * the load finds the graph at a newer generation than the index and starts a rebuild.
   */
  private BenchReport.IndexFigures awaitIndex(
      GraphQlHttp http, Served service, long generation, List<String> controls) {
    out.printf("Waiting for the service's mapping index at generation %d...%n", generation);
    long started = System.nanoTime();
    Series scratch = new Series(1);
    trace(http, service::roundTrips, controls.getFirst(), scratch, 0);
    while (service.gauge(INDEX_GENERATION) != generation) {
      if (System.nanoTime() - started > INDEX_WAIT_NANOS) {
        throw new RegintelException(
            "the service's mapping index did not reach generation " + generation);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    BenchReport.IndexFigures index =
        new BenchReport.IndexFigures(
            (long) service.gauge(INDEX_BYTES), (long) service.gauge(INDEX_BUILD));
    out.printf("  built in %,d ms, about %.1f MB%n", index.buildMillis(), index.bytes() / 1e6);
    return index;
  }

  /** Warms up the service that walks by Cypher and times the same traces through it. */
  private Series cypherSeries(Served service, List<String> traced) {
    GraphQlHttp http = new GraphQlHttp(service.endpoint());
    SplittableRandom warm = SyntheticGraph.random(options.seed(), 103);
    Series scratch = new Series(1);
    options.warmUp(
        out,
        "traces walked by Cypher",
        i -> trace(http, service::roundTrips, pick(warm, traced), scratch, 0));
    int n = traced.size();
    out.printf("Timing the same %d traces over GraphQL (Cypher walk)...%n", n);
    Series cypher = new Series(n);
    for (int i = 0; i < n; i++) {
      trace(http, service::roundTrips, traced.get(i), cypher, i);
      progress.tick(i, n);
    }
    return cypher;
  }

  /** Times the {@code i}-th trace of a series over GraphQL; returns the requirements reached. */
  private List<String> trace(
      GraphQlHttp http, LongSupplier trips, String controlId, Series into, int i) {
    JsonNode data =
        post(http, trips, TRACE, Map.of("controlId", controlId, "maxHops", MAX_HOPS), into, i);
    List<String> ids = new ArrayList<>();
    if (data != null) {
      JsonNode hits = data.path("trace").path("hits");
      into.items()[i] = hits.size();
      hits.forEach(h -> ids.add(h.path("requirement").path("id").asString()));
    }
    return ids;
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

  private static String pick(SplittableRandom random, List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  private static double ratio(double graphql, double raw) {
    return raw > 0 ? BenchReport.round(graphql / raw, 3) : 0;
  }
}
