package dev.regintel.app.internal.neo4j;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Not a test: an experiment, run by hand, that finds where a read over Bolt loses its time when the
 * server runs in the same JVM (issue 17, "the floor"). It starts the app's own {@link
 * EmbeddedNeo4j} (Bolt on loopback, authentication on) in a scratch directory, adds 10,000 nodes
 * with a unique id, and times {@code RETURN 1} and a lookup by id one at a time, each way: through
 * {@link Graph} over Bolt as the app read until now, through the driver with one hand-off taken
 * away at a time, directly through an embedded transaction, and through {@link Graph} reading
 * directly. Each is timed on a platform thread and on a virtual thread (the app serves requests on
 * virtual threads). It prints p50/p99 in microseconds.
 *
 * <p>Run: {@code java -cp <app test classpath> dev.regintel.app.internal.neo4j.BoltHandOffProbe
 * [reads per series]}.
 */
public final class BoltHandOffProbe {

  static final String LOOKUP = "MATCH (c:ProbeControl {id: $id}) RETURN c.id AS id";
  static final String ONE = "RETURN 1 AS one";
  static int nodes = 10_000;

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    Path dir = Files.createTempDirectory("bolt-probe");
    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, 0, "128m")) {
      GraphDatabaseService db = server.database(null);
      var auth = AuthTokens.basic(BoltPassword.USER, server.password());
      db.executeTransactionally(
          "CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (c:ProbeControl) REQUIRE c.id IS UNIQUE");
      db.executeTransactionally(
          "UNWIND range(1, $n) AS i CREATE (:ProbeControl {id: 'ctl-' + i, title: 'Control ' + i})",
          Map.of("n", nodes));
      try (Driver plain = GraphDatabase.driver(server.boltUri(), auth);
          Driver oneLoop =
              GraphDatabase.driver(
                  server.boltUri(), auth, Config.builder().withEventLoopThreads(1).build());
          Session reused = plain.session(SessionConfig.builder().build())) {
        Graph bolt = new Graph(plain, null, new SimpleMeterRegistry());
        Graph direct =
            new Graph(
                plain,
                db,
                null,
                new SimpleMeterRegistry(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(10));
        TransactionConfig timeout =
            TransactionConfig.builder().withTimeout(Duration.ofSeconds(10)).build();
        SessionConfig noBookmarks =
            SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        System.out.printf("%d reads per series, p50 / p99 in microseconds%n", n);
        for (String query : List.of(ONE, LOOKUP)) {
          System.out.println(query);
          series(
              "Graph.read over Bolt (session per read, bookmark manager, timeout)",
              n,
              i -> bolt.read(query, params(i)));
          series(
              "driver: session per read, no bookmark manager, timeout",
              n,
              perRead(plain, noBookmarks, timeout, query));
          series(
              "driver: session per read, no bookmark manager, no timeout",
              n,
              perRead(plain, noBookmarks, TransactionConfig.empty(), query));
          series("driver: one session reused", n, i -> reused.run(query, params(i)).list());
          series(
              "driver: 1 event loop thread, session per read",
              n,
              perRead(oneLoop, noBookmarks, timeout, query));
          series(
              "driver: executableQuery",
              n,
              i -> plain.executableQuery(query).withParameters(params(i)).execute());
          series(
              "embedded: beginTx(timeout) + execute, rows as maps",
              n,
              i -> {
                try (Transaction tx = db.beginTx(10, TimeUnit.SECONDS)) {
                  var r = tx.execute(query, params(i));
                  while (r.hasNext()) {
                    r.next();
                  }
                  tx.commit();
                }
              });
          series(
              "Graph.read direct (read-only tx, driver Records)",
              n,
              i -> direct.read(query, params(i)));
          series(
              "Graph.read over Bolt again (after the others: warmer JIT)",
              n,
              i -> bolt.read(query, params(i)));
        }
      }
    } finally {
      deleteQuietly(dir);
    }
  }

  /** A new session for each read, as {@link Graph} opens one. */
  static IntConsumer perRead(
      Driver driver, SessionConfig session, TransactionConfig config, String query) {
    return i -> {
      try (Session s = driver.session(session)) {
        s.run(query, params(i), config).list();
      }
    };
  }

  static Map<String, Object> params(int i) {
    return Map.of("id", "ctl-" + (1 + Math.floorMod(i * 7919, nodes)));
  }

  static void series(String name, int n, IntConsumer read) throws Exception {
    long[] platform = time(n, read, false);
    long[] virtual = time(n, read, true);
    System.out.printf(
        "  %-68s platform %6.0f / %6.0f   virtual %6.0f / %6.0f%n",
        name, pct(platform, 50), pct(platform, 99), pct(virtual, 50), pct(virtual, 99));
  }

  /** Warms up with n reads, then times n more, one at a time, on one thread of the kind asked. */
  static long[] time(int n, IntConsumer read, boolean virtual) throws Exception {
    Callable<long[]> work =
        () -> {
          for (int i = 0; i < n; i++) {
            read.accept(i);
          }
          long[] nanos = new long[n];
          for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            read.accept(i);
            nanos[i] = System.nanoTime() - t;
          }
          return nanos;
        };
    try (var executor =
        virtual
            ? Executors.newVirtualThreadPerTaskExecutor()
            : Executors.newSingleThreadExecutor()) {
      return executor.submit(work).get();
    }
  }

  static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, rank)] / 1000.0;
  }

  static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(paths.toList());
      all.sort((a, b) -> b.getNameCount() - a.getNameCount());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (java.io.IOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }
}
