package dev.regintel.app.bench;

import dev.regintel.app.RegintelApplication;
import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.trace.TraceQueries;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the trace and coverage benchmark, start to end: starts the app (embedded Neo4j in a
 * fresh data directory, HTTP on a free port, no seed data), generates and loads a {@link
 * SyntheticGraph}, then times, one request after another on one HTTP client, {@code trace} on
 * random controls and {@code coverage} on random devices through GraphQL, and the same trace as raw
 * Cypher through the driver. Round trips come from the app's own {@link Graph} counter, read before
 * and after each request (nothing else runs meanwhile).
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

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BenchOptions options;
  private final PrintStream out;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final List<String> failures = new ArrayList<>();
  private int failed;

  public TraceBenchmark(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Runs the benchmark and returns what it measured; progress goes to the given stream. */
  public BenchReport run() {
    boolean temporary = options.dataDir() == null;
    Path data;
    try {
      data = temporary ? Files.createTempDirectory("regintel-bench-") : options.dataDir();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return run(data);
    } finally {
      if (temporary) {
        delete(data);
      }
    }
  }

  private BenchReport run(Path data) {
    out.printf("Generating the synthetic graph at scale %s...%n", options.scale());
    long started = System.nanoTime();
    SyntheticGraph graph = SyntheticGraph.generate(options.scale(), options.seed());
    double generated = (System.nanoTime() - started) / 1e9;
    out.printf(
        "  %,d nodes, %,d relationships in %.1f s%nStarting the app in %s...%n",
        graph.nodes(), graph.relationships(), generated, data);
    try (ConfigurableApplicationContext app = start(data)) {
      int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      return measure(
          graph,
          generated,
          app.getBean(Graph.class),
          URI.create("http://127.0.0.1:" + port + "/graphql"),
          options.pageCache());
    }
  }

  /**
   * Loads {@code graph} through {@code bolt} into an empty database and times the series against
   * the app serving GraphQL at {@code endpoint} on that database.
   *
   * @param generatedSeconds how long generating the graph took
   * @param pageCache the database's page cache, for the report
   */
  BenchReport measure(
      SyntheticGraph graph, double generatedSeconds, Graph bolt, URI endpoint, String pageCache) {
    requireEmpty(bolt);
    String neo4j = neo4jVersion(bolt);
    out.println("Loading...");
    SyntheticLoad.Result loaded =
        graph.load(
            bolt,
            BenchOptions.BATCH_SIZE,
            BenchOptions.writers(),
            line -> out.println("  " + line));
    BenchReport.LoadFigures load = BenchReport.LoadFigures.of(loaded);
    List<String> controls = graph.controlIds();
    List<String> devices = graph.deviceIds();

    out.printf("Warming up (%d requests per series)...%n", options.warmup());
    SplittableRandom warm = SyntheticGraph.random(options.seed(), 100);
    Series scratch = new Series(1);
    for (int i = 0; i < options.warmup(); i++) {
      trace(endpoint, bolt, pick(warm, controls), scratch, 0);
      raw(bolt, pick(warm, controls), scratch, 0);
      post(endpoint, bolt, FLOOR, Map.of("id", pick(warm, controls)), scratch, 0);
      coverage(endpoint, bolt, pick(warm, devices), scratch, 0);
    }
    int n = options.requests();
    out.printf("Timing %d trace requests over GraphQL...%n", n);
    Series trace = new Series(n);
    SplittableRandom picks = SyntheticGraph.random(options.seed(), 101);
    List<String> traced = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      traced.add(pick(picks, controls));
      trace(endpoint, bolt, traced.get(i), trace, i);
      tick(i, n);
    }
    out.printf("Timing the same %d traces as raw Cypher...%n", n);
    Series raw = new Series(n);
    for (int i = 0; i < n; i++) {
      raw(bolt, traced.get(i), raw, i);
      tick(i, n);
    }
    out.printf("Timing %d control lookups over GraphQL (the floor)...%n", n);
    Series floor = new Series(n);
    for (int i = 0; i < n; i++) {
      post(endpoint, bolt, FLOOR, Map.of("id", traced.get(i)), floor, i);
      tick(i, n);
    }
    out.printf("Timing %d coverage requests over GraphQL...%n", n);
    Series coverage = new Series(n);
    SplittableRandom devicePicks = SyntheticGraph.random(options.seed(), 102);
    for (int i = 0; i < n; i++) {
      coverage(endpoint, bolt, pick(devicePicks, devices), coverage, i);
      tick(i, n);
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
        "trace",
        options.scale(),
        options.seed(),
        n,
        options.warmup(),
        MachineFacts.current(neo4j, pageCache),
        new BenchReport.GraphFigures(
            graph.nodes(),
            graph.relationships(),
            graph.nodeCounts(),
            graph.relationshipCounts(),
            BenchReport.round(generatedSeconds, 3)),
        load,
        traceFigures,
        coverageFigures,
        new BenchReport.Errors(failed, failures.isEmpty() ? null : failures.getFirst()),
        BenchReport.judge(traceFigures, load));
  }

  private ConfigurableApplicationContext start(Path data) {
    return new SpringApplicationBuilder(RegintelApplication.class)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(
            "--server.port=0",
            "--regintel.data-dir=" + data.toAbsolutePath(),
            // Never an external server named in the environment: the load writes into the graph.
            "--regintel.neo4j.uri=",
            "--regintel.seed.autoload=false",
            "--regintel.neo4j.page-cache=" + options.pageCache(),
            "--logging.level.root=WARN",
            "--logging.level.dev.regintel=WARN");
  }

  private static void requireEmpty(Graph graph) {
    long nodes =
        graph
            .read(
                """
                MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
                RETURN count(n) AS nodes""",
                Map.of())
            .getFirst()
            .get("nodes")
            .asLong();
    if (nodes > 0) {
      throw new RegintelException(
          "The database holds a graph already ("
              + nodes
              + " nodes); the benchmark loads into an empty one. Leave out --data or name a new"
              + " directory.");
    }
  }

  private static String neo4jVersion(Graph graph) {
    Record row =
        graph
            .read(
                "CALL dbms.components() YIELD name, versions, edition"
                    + " RETURN name, versions[0] AS version, edition",
                Map.of())
            .getFirst();
    return row.get("name").asString()
        + " "
        + row.get("version").asString()
        + " "
        + row.get("edition").asString();
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
  private void trace(URI endpoint, Graph graph, String controlId, Series into, int i) {
    JsonNode data =
        post(endpoint, graph, TRACE, Map.of("controlId", controlId, "maxHops", MAX_HOPS), into, i);
    if (data != null) {
      into.items()[i] = data.path("trace").path("hits").size();
    }
  }

  /** Times the {@code i}-th coverage of a series over GraphQL. */
  private void coverage(URI endpoint, Graph graph, String deviceId, Series into, int i) {
    JsonNode data = post(endpoint, graph, COVERAGE, Map.of("deviceId", deviceId), into, i);
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
      URI endpoint, Graph graph, String query, Map<String, Object> variables, Series into, int i) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
            .build();
    long trips = graph.roundTrips();
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    into.nanos()[i] = System.nanoTime() - started;
    into.roundTrips()[i] = graph.roundTrips() - trips;
    JsonNode body = JSON.readTree(response.body());
    if (response.statusCode() != 200 || body.has("errors") || body.path("data").isNull()) {
      fail(variables + ": HTTP " + response.statusCode() + " " + body.path("errors"));
      return null;
    }
    return body.path("data");
  }

  /** Times the {@code i}-th {@link TraceQueries#trace} of a series, sent through the driver. */
  private void raw(Graph graph, String controlId, Series into, int i) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("controlId", controlId);
    parameters.put("jurisdictions", null);
    String cypher = TraceQueries.trace(MAX_HOPS);
    long started = System.nanoTime();
    List<Record> rows =
        graph
            .driver()
            .executableQuery(cypher)
            .withParameters(parameters)
            .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
            .execute()
            .records();
    into.nanos()[i] = System.nanoTime() - started;
    into.items()[i] = rows.size();
    if (rows.isEmpty()) {
      fail("raw trace of " + controlId + " returned no row");
    }
  }

  private void fail(String message) {
    failed++;
    if (failures.isEmpty()) {
      failures.add(message);
      out.println("  request failed: " + message);
    }
  }

  /** Shows a long series is alive: a line at each quarter. */
  private void tick(int i, int n) {
    if (n >= 100 && (i + 1) % (n / 4) == 0 && i + 1 < n) {
      out.printf("  %d of %d%n", i + 1, n);
    }
  }

  private static String pick(SplittableRandom random, List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  private static double ratio(double graphql, double raw) {
    return raw > 0 ? BenchReport.round(graphql / raw, 3) : 0;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("regintel bench: could not delete " + dir + ": " + e.getMessage());
    }
  }
}
