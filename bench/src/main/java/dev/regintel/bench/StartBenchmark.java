package dev.regintel.bench;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.startup.StartupTimeline;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * How long the service takes to start as a user starts it ({@code regintel serve}: the service's
 * own JVM, with the class cache when the launcher has made one): a first start on a new data
 * directory, which loads the seed data, then a restart on the same directory. Each start is timed
 * from launching the process to three answers, asked every {@value #POLL_MILLIS} ms: any GraphQL
 * answer; a trace of a seeded control with hits (the seed data is in); a Japanese search with hits
 * (the search index is in). The service's own account of its phases ({@link StartupTimeline}) comes
 * from its log. A third, quiet start on another new directory asks nothing while it starts: its
 * phases are the start undisturbed (the traces a waiting client sends while the seed loads slow the
 * seed down on two cores), and the seed target is judged on them.
 */
final class StartBenchmark {

  /** A control of the seed data with requirements to trace. */
  static final String CONTROL = "ctl:unique-per-device-password";

  static final String ANY = "{ jurisdictions { code } }";

  /** How long a start may take before the benchmark gives up on it. */
  static final long START_WAIT_MILLIS = 300_000;

  /** The kind of the start nobody asks anything while it starts. */
  static final String QUIET = "quiet";

  static final String TRACE =
      "query($c: ID!) { trace(controlId: $c) { hits { requirement { id } fulfilment } } }";

  static final String SEARCH = "{ search(query: \"デフォルトパスワード\") { total } }";

  /**
   * One start.
   *
   * @param kind {@code first} (new data directory), {@code restart} or {@code quiet} (new data
   *     directory, nothing asked while it starts; its answer times are -1)
   * @param phases the service's phases in ms ({@code jvm}, {@code neo4j}, ... {@code total})
   * @param firstAnswerMs launch to the first GraphQL answer
   * @param dataMs launch to the first trace with hits
   * @param searchMs launch to the first search with hits
   */
  record Start(
      String kind, Map<String, Long> phases, long firstAnswerMs, long dataMs, long searchMs) {}

  private final Path seedData;
  private final PrintStream progress;

  StartBenchmark(Path seedData, PrintStream progress) {
    this.seedData = seedData;
    this.progress = progress;
  }

  /**
   * {@code rounds} times: a first start and a restart on a new data directory, then a quiet first
   * start on another.
   */
  List<Start> run(int rounds, Path dataRoot) {
    List<Start> starts = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Path data = dataRoot.resolve("round-" + round);
      for (String kind : List.of("first", "restart", QUIET)) {
        Start start =
            kind.equals(QUIET)
                ? quiet(dataRoot.resolve("round-" + round + "-quiet"))
                : once(kind, data);
        if (kind.equals(QUIET)) {
          progress.printf("round %d, quiet first start: %s%n", round, start.phases());
        } else {
          progress.printf(
              "round %d, %s start: first answer %.1f s, with data %.1f s, search %.1f s; %s%n",
              round,
              kind,
              start.firstAnswerMs() / 1e3,
              start.dataMs() / 1e3,
              start.searchMs() / 1e3,
              start.phases());
        }
        starts.add(start);
      }
    }
    return starts;
  }

  /** A first start that nobody asks anything while it starts: only its log is read. */
  private Start quiet(Path data) {
    try (ServiceProcess service = ServiceProcess.launch(data, "256m", seedData, List.of())) {
      return new Start(QUIET, phases(service, START_WAIT_MILLIS), -1, -1, -1);
    }
  }

  private Start once(String kind, Path data) {
    try (ServiceProcess service = ServiceProcess.launch(data, "256m", seedData, List.of())) {
      GraphQlHttp client = new GraphQlHttp(service.endpoint());
      long any = await(service, client, ANY, Map.of(), d -> true);
      long withData =
          await(
              service,
              client,
              TRACE,
              Map.of("c", CONTROL),
              d -> d.path("trace").path("hits").size() > 0);
      long search =
          await(
              service, client, SEARCH, Map.of(), d -> d.path("search").path("total").asLong() > 0);
      Map<String, Long> phases = phases(service, 10_000);
      return new Start(kind, phases, any, withData, search);
    }
  }

  /**
   * How long a client waits between two tries. A quarter of a second, as an eager client would:
   * polling every 20 ms, the traces sent while the seed loads (each one walked by Cypher, the index
   * not being built yet) took so much of the two cores that the seed phase measured 5.6 to 6.3 s
   * instead of about 4 s (docs/performance.md, "Start").
   */
  static final long POLL_MILLIS = 250;

  /** Milliseconds from launch until {@code query} answers without errors and {@code ok}. */
  private static long await(
      ServiceProcess service,
      GraphQlHttp client,
      String query,
      Map<String, Object> variables,
      Predicate<JsonNode> ok) {
    long deadline = System.nanoTime() + START_WAIT_MILLIS * 1_000_000L;
    while (System.nanoTime() < deadline) {
      if (!service.alive()) {
        throw new RegintelException("the service stopped while starting:\n" + service.tail());
      }
      try {
        GraphQlHttp.Answer answer = client.post(query, variables);
        if (answer.error() == null && ok.test(answer.data())) {
          return (System.nanoTime() - service.launched()) / 1_000_000;
        }
      } catch (UncheckedIOException notListening) {
        // not yet
      }
      ServiceProcess.sleep(POLL_MILLIS);
    }
    throw new RegintelException("no answer to " + query + " within 5 minutes:\n" + service.tail());
  }

  /** The phases the service logged once ready, waiting up to {@code waitMillis} for the line. */
  static Map<String, Long> phases(ServiceProcess service, long waitMillis) {
    long deadline = System.nanoTime() + waitMillis * 1_000_000L;
    while (System.nanoTime() < deadline) {
      if (!service.alive()) {
        throw new RegintelException("the service stopped while starting:\n" + service.tail());
      }
      for (String line : service.logLines()) {
        int at = line.indexOf(StartupTimeline.LOG_PREFIX);
        if (at >= 0) {
          return parse(line.substring(at + StartupTimeline.LOG_PREFIX.length()));
        }
      }
      ServiceProcess.sleep(20);
    }
    throw new RegintelException("the service logged no start-up phases:\n" + service.tail());
  }

  /** {@code jvm=1100 neo4j=2900 ...} as a map, in order. */
  static Map<String, Long> parse(String pairs) {
    Map<String, Long> phases = new LinkedHashMap<>();
    for (String pair : pairs.strip().split("\\s+")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        phases.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
      }
    }
    return phases;
  }

  /** A new temporary directory for the rounds' data directories. */
  static Path temporaryRoot() {
    try {
      return Files.createTempDirectory("regintel-bench-start");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
