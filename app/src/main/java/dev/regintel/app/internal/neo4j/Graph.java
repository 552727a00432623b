package dev.regintel.app.internal.neo4j;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The one way the app talks to Neo4j. Every statement sent is one Bolt round trip and is counted,
 * so tests and benchmarks can prove that a request costs a bounded number of them.
 */
public final class Graph {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Graph.class);

  private final Driver driver;
  private final String database;
  private final AtomicLong roundTrips = new AtomicLong();
  private final Counter counter;

  public Graph(Driver driver, String database, MeterRegistry registry) {
    this.driver = driver;
    this.database = database == null || database.isBlank() ? null : database;
    this.counter =
        Counter.builder("regintel.neo4j.round.trips")
            .description("Cypher statements sent to Neo4j")
            .register(registry);
  }

  /** Runs one read query (routed to a reader in a cluster) and returns all its records. */
  public List<Record> read(String cypher, Map<String, Object> parameters) {
    count();
    long started = System.nanoTime();
    QueryConfig.Builder config = QueryConfig.builder().withRouting(RoutingControl.READ);
    if (database != null) {
      config.withDatabase(database);
    }
    List<Record> records =
        driver
            .executableQuery(cypher)
            .withParameters(parameters)
            .withConfig(config.build())
            .execute()
            .records();
    if (log.isDebugEnabled()) {
      log.debug(
          "read in {} ms, {} rows: {}",
          (System.nanoTime() - started) / 1_000_000,
          records.size(),
          cypher.replaceAll("\\s+", " "));
    }
    return records;
  }

  /**
   * Runs {@code work} in one write transaction, retried by the driver on transient failures. The
   * statements it runs through the given {@link Tx} are counted.
   */
  public <T> T write(Function<Tx, T> work) {
    try (var session = driver.session(sessionConfig())) {
      return session.executeWrite(tx -> work.apply(new Tx(tx)));
    }
  }

  /** Statements sent since this Graph was made; read it before and after a request. */
  public long roundTrips() {
    return roundTrips.get();
  }

  /** The driver, for the health check and for benchmarks that compare against raw Cypher. */
  public Driver driver() {
    return driver;
  }

  private SessionConfig sessionConfig() {
    return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
  }

  private void count() {
    roundTrips.incrementAndGet();
    counter.increment();
  }

  /** A write transaction whose statements are counted. */
  public final class Tx {
    private final TransactionContext tx;

    private Tx(TransactionContext tx) {
      this.tx = tx;
    }

    /** Runs one statement and consumes it, returning its summary (counters of what changed). */
    public ResultSummary run(String cypher, Map<String, Object> parameters) {
      count();
      return tx.run(cypher, parameters).consume();
    }

    /** Runs one statement and returns its records. */
    public List<Record> list(String cypher, Map<String, Object> parameters) {
      count();
      Result result = tx.run(cypher, parameters);
      return result.list();
    }
  }
}
