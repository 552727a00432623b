package dev.regintel.app.internal.neo4j;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.ontology.Text;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The one way the app talks to Neo4j. Every statement sent is one round trip and is counted, so
 * tests and benchmarks can prove that a request costs a bounded number of them. Writes always go
 * through the driver over Bolt; reads too, unless the database runs in this JVM and was handed in
 * ({@code regintel.neo4j.embedded-reads=direct}): then a read is an embedded transaction whose rows
 * are turned into the same driver {@link Record}s ({@link EmbeddedReads}).
 */
public final class Graph {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Graph.class);

  /** How many times a read is sent before its error is given up on. */
  static final int READ_ATTEMPTS = 3;

  private final Driver driver;
  private final EmbeddedReads direct;
  private final String database;
  private final AtomicLong roundTrips = new AtomicLong();
  private final Counter counter;
  private final TransactionConfig reads;
  private final TransactionConfig writes;
  private final Duration readTimeout;
  private final Duration writeTimeout;

  /** A Graph with the default time budgets ({@link RegintelProperties.Limits#DEFAULTS}). */
  public Graph(Driver driver, String database, MeterRegistry registry) {
    this(
        driver,
        database,
        registry,
        RegintelProperties.Limits.DEFAULTS.readTimeout(),
        RegintelProperties.Limits.DEFAULTS.writeTimeout());
  }

  /**
   * @param readTimeout the budget of one read; Neo4j cancels it past that
   * @param writeTimeout the budget of one write transaction
   */
  public Graph(
      Driver driver,
      String database,
      MeterRegistry registry,
      Duration readTimeout,
      Duration writeTimeout) {
    this(driver, null, database, registry, readTimeout, writeTimeout);
  }

  /**
   * @param embedded the database {@code driver} reaches, running in this JVM, to read from without
   *     Bolt; null to read over Bolt
   */
  public Graph(
      Driver driver,
      GraphDatabaseService embedded,
      String database,
      MeterRegistry registry,
      Duration readTimeout,
      Duration writeTimeout) {
    this.driver = driver;
    this.direct = embedded == null ? null : new EmbeddedReads(embedded);
    this.readTimeout = readTimeout;
    this.writeTimeout = writeTimeout;
    this.reads = TransactionConfig.builder().withTimeout(readTimeout).build();
    this.writes = TransactionConfig.builder().withTimeout(writeTimeout).build();
    this.database = database == null || database.isBlank() ? null : database;
    this.counter =
        Counter.builder("regintel.neo4j.round.trips")
            .description("Cypher statements sent to Neo4j")
            .register(registry);
  }

  /**
   * Runs one read query and returns all its records. It runs as an auto-commit transaction in a
   * read session (routed to a reader in a cluster): the driver sends the statement and the request
   * for its records together, so a read costs one network round trip where a transaction function
   * costs two (its commit is a second). A read that fails on a retryable error (a leader change, a
   * lost connection, a transient lock) is sent again, at most {@value #READ_ATTEMPTS} times in all,
   * and each try is counted. A read that runs past {@code regintel.limits.read-timeout} is
   * cancelled by Neo4j and ends in a {@link QueryTimeoutException}, and so does one sent for a
   * GraphQL request past what is left of its {@link RequestDeadline}; one that cannot reach Neo4j
   * ends in a {@link GraphUnavailableException}. A read that goes directly to the database in this
   * JVM is one read-only embedded transaction with the same timeout, counted and retried the same
   * way, and its errors end the same way.
   */
  public List<Record> read(String cypher, Map<String, Object> parameters) {
    for (int attempt = 1; ; attempt++) {
      count();
      long started = System.nanoTime();
      RequestDeadline request = RequestDeadline.current();
      Duration timeout = readTimeout;
      if (request != null) {
        request.check();
        Duration left = request.remaining();
        if (left.compareTo(readTimeout) < 0) {
          timeout = left;
        } else {
          request = null; // the read's own budget is the tighter one
        }
      }
      try {
        List<Record> records =
            direct != null
                ? direct.read(cypher, parameters, timeout)
                : bolt(cypher, parameters, request == null ? reads : timeout(timeout));
        if (log.isDebugEnabled()) {
          log.debug(
              "read in {} ms, {} rows: {}",
              (System.nanoTime() - started) / 1_000_000,
              records.size(),
              Text.collapse(cypher));
        }
        return records;
      } catch (Neo4jException e) {
        if (timedOut(e)) {
          throw request != null
              ? request.expired(e)
              : new QueryTimeoutException("read-timeout", readTimeout, e);
        }
        if (!(e instanceof RetryableException) || attempt >= READ_ATTEMPTS) {
          throw unavailable(e);
        }
        log.warn("read failed ({}), trying again: {}", e.getMessage(), summary(cypher));
        pause(100L * attempt);
      }
    }
  }

  private List<Record> bolt(
      String cypher, Map<String, Object> parameters, TransactionConfig config) {
    try (Session session = driver.session(sessionConfig(AccessMode.READ))) {
      return session.run(cypher, parameters, config).list();
    }
  }

  private static TransactionConfig timeout(Duration timeout) {
    return TransactionConfig.builder().withTimeout(timeout).build();
  }

  /** Whether reads go to the database in this JVM without Bolt. */
  public boolean readsDirect() {
    return direct != null;
  }

  /**
   * Whether Neo4j ended the transaction for running too long: past the driver's timeout
   * (TransactionTimedOutClientConfiguration) or the server's {@code db.transaction.timeout}
   * (TransactionTimedOut).
   */
  static boolean timedOut(Neo4jException e) {
    String code = e.code();
    return code != null && code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
  }

  private static String summary(String cypher) {
    String flat = Text.collapse(cypher);
    return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry a read", e);
    }
  }

  /**
   * Runs {@code work} in one write transaction, retried by the driver on transient failures. The
   * statements it runs through the given {@link Tx} are counted. A transaction that runs past
   * {@code regintel.limits.write-timeout} is cancelled by Neo4j and ends in a {@link
   * QueryTimeoutException}.
   */
  public <T> T write(Function<Tx, T> work) {
    try (var session = driver.session(sessionConfig(AccessMode.WRITE))) {
      return session.executeWrite(tx -> work.apply(new Tx(tx)), writes);
    } catch (Neo4jException e) {
      if (timedOut(e)) {
        throw new QueryTimeoutException("write-timeout", writeTimeout, e);
      }
      throw unavailable(e);
    }
  }

  /**
   * A {@link GraphUnavailableException} when Neo4j cannot be reached (once the retries are spent),
   * else the error as it is.
   */
  private static RuntimeException unavailable(Neo4jException e) {
    return e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
        ? new GraphUnavailableException(e)
        : e;
  }

  /** Statements sent since this Graph was made; read it before and after a request. */
  public long roundTrips() {
    return roundTrips.get();
  }

  /** The driver, for the health check and for benchmarks that compare against raw Cypher. */
  public Driver driver() {
    return driver;
  }

  /**
   * Sessions share the driver's bookmark manager (the one its executable queries use), so in a
   * cluster a read sees every write this app has committed before it.
   */
  private SessionConfig sessionConfig(AccessMode mode) {
    SessionConfig.Builder config =
        SessionConfig.builder()
            .withDefaultAccessMode(mode)
            .withBookmarkManager(driver.executableQueryBookmarkManager());
    if (database != null) {
      config.withDatabase(database);
    }
    return config.build();
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
