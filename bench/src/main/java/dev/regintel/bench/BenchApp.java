package dev.regintel.bench;

import dev.regintel.app.RegintelApplication;
import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.neo4j.driver.Record;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every benchmark does around its measurements: a data directory (a new temporary one unless
 * named), the app started on it as {@code serve} starts it, and checks of the database it loads
 * into.
 */
final class BenchApp {

  private BenchApp() {}

  /** Runs {@code run} on the options' data directory, or on a temporary one deleted afterwards. */
  static <T> T inDataDirectory(BenchOptions options, Function<Path, T> run) {
    boolean temporary = options.dataDir() == null;
    Path data;
    try {
      data = temporary ? Files.createTempDirectory("regintel-bench-") : options.dataDir();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return run.apply(data);
    } finally {
      if (temporary) {
        delete(data);
      }
    }
  }

  /** What a benchmark measures once its graph is generated and the app is running. */
  interface Measurement<T> {
    T measure(SyntheticGraph graph, double generatedSeconds, ConfigurableApplicationContext app);
  }

  /**
   * Generates the options' synthetic graph, starts the app on the options' data directory (or a
   * temporary one) and hands both to {@code measurement}; stops the app afterwards.
   */
  static <T> T run(BenchOptions options, PrintStream out, Measurement<T> measurement) {
    return inDataDirectory(
        options,
        data -> {
          Generated generated = generate(options, out);
          out.printf("Starting the app in %s...%n", data);
          try (ConfigurableApplicationContext app = start(data, options.pageCache())) {
            return measurement.measure(generated.graph(), generated.seconds(), app);
          }
        });
  }

  /** A generated synthetic graph and how long generating it took. */
  record Generated(SyntheticGraph graph, double seconds) {}

  /** Generates the options' synthetic graph, saying so on {@code out}. */
  static Generated generate(BenchOptions options, PrintStream out) {
    out.printf("Generating the synthetic graph at scale %s...%n", options.scale());
    long started = System.nanoTime();
    SyntheticGraph graph = SyntheticGraph.generate(options.scale(), options.seed());
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        "  %,d nodes, %,d relationships in %.1f s%n",
        graph.nodes(), graph.relationships(), seconds);
    return new Generated(graph, seconds);
  }

  /**
   * Loads {@code graph} through {@code bolt} as every benchmark does, with progress on {@code out}.
   */
  static SyntheticLoad.Result load(SyntheticGraph graph, Graph bolt, PrintStream out) {
    return graph.load(
        bolt, BenchOptions.BATCH_SIZE, BenchOptions.writers(), line -> out.println("  " + line));
  }

  /**
   * Starts the app on the embedded Neo4j in {@code data}, HTTP on a free port, without seed data
   * and never on an external server named in the environment (the benchmark writes into the graph).
   */
  static ConfigurableApplicationContext start(Path data, String pageCache) {
    return new SpringApplicationBuilder(RegintelApplication.class)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(
            "--server.port=0",
            "--regintel.data-dir=" + data.toAbsolutePath(),
            "--regintel.neo4j.uri=",
            "--regintel.seed.autoload=false",
            "--regintel.security.rate-limit.per-address=0",
            "--regintel.security.rate-limit.per-key=0",
            "--regintel.neo4j.page-cache=" + pageCache,
            "--logging.level.root=WARN",
            "--logging.level.dev.regintel=WARN");
  }

  /** The GraphQL endpoint of a started app. */
  static URI endpoint(ConfigurableApplicationContext app) {
    int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    return URI.create("http://127.0.0.1:" + port + "/graphql");
  }

  /**
   * Refuses a database that holds a graph: a benchmark loads into an empty one. The schema's own
   * records (neo4j-migrations' chain, the digest of the migrations applied) do not count.
   */
  static void requireEmpty(Graph graph) {
    long nodes =
        graph
            .read(
                """
                MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
                  AND NOT n:RegintelMeta
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

  /** The server's name, version and edition, as it reports them. */
  static String neo4jVersion(Graph graph) {
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
