package dev.regintel.app.internal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed settings under {@code regintel.*}. Environment variables bind by Spring's relaxed rules
 * ({@code REGINTEL_NEO4J_URI}, {@code REGINTEL_NEO4J_USER}, {@code REGINTEL_NEO4J_PASSWORD}, {@code
 * REGINTEL_DATA_DIR}).
 *
 * @param dataDir where the embedded store, the search index and the lock file live
 * @param neo4j how to reach Neo4j
 * @param seed where curated seed data is and whether {@code serve} loads it into an empty graph
 * @param graphql how the GraphQL endpoint is served
 * @param security who may read and write, how often, from which web origins
 * @param limits what one request may cost before it is refused or cancelled
 * @param search how the search index keeps up with the graph
 * @param trace how trace finds the requirements a control reaches
 */
@ConfigurationProperties("regintel")
public record RegintelProperties(
    @DefaultValue("data") String dataDir,
    @DefaultValue Neo4j neo4j,
    @DefaultValue Seed seed,
    @DefaultValue GraphQl graphql,
    @DefaultValue Security security,
    @DefaultValue Limits limits,
    @DefaultValue Search search,
    @DefaultValue Trace trace) {

  /** The constructor settings are bound through; the other is for code that builds them. */
  @ConstructorBinding
  public RegintelProperties {}

  /** Settings with the GraphQL defaults, for tools and tests that set only these three. */
  public RegintelProperties(String dataDir, Neo4j neo4j, Seed seed) {
    this(
        dataDir,
        neo4j,
        seed,
        new GraphQl(GraphQl.DEFAULT_PARSED_QUERY_CACHE),
        new Security(
            false,
            new Security.RateLimit(3000, 6000, Duration.ofMinutes(1)),
            new Security.Cors(List.of())),
        Limits.DEFAULTS,
        new Search(Search.DEFAULT_POLL_INTERVAL, true),
        new Trace(Trace.Walk.INDEX));
  }

  /**
   * The data directory as a file-system path. Paths are bound as text and converted here, because
   * Spring's own conversion would read a relative path such as {@code ../x} as a classpath
   * resource.
   */
  public Path dataPath() {
    return Path.of(dataDir);
  }

  /**
   * @param uri a {@code neo4j://}, {@code neo4j+s://}, {@code bolt://} or {@code bolt+s://} URI;
   *     when empty, an embedded Neo4j is started under the data directory
   * @param user user name for an external server
   * @param password password for an external server
   * @param database the database to use; empty means the server's default
   * @param boltPort port of the embedded server's Bolt connector on 127.0.0.1; 0 picks a free one
   * @param pageCache page cache size of the embedded server, e.g. {@code 512m}
   * @param connectTimeout how long to wait for the server when connecting
   * @param startWait how long start-up waits for an external server that does not answer yet
   *     (started at the same time, restarting) before it gives up with an error naming the URI
   * @param embeddedReads how reads reach the embedded server: {@code direct} (the default) runs
   *     them as transactions inside this JVM, {@code bolt} sends them through the driver as the
   *     writes are; no effect with an external server ({@code uri} set)
   */
  public record Neo4j(
      String uri,
      @DefaultValue("neo4j") String user,
      String password,
      String database,
      @DefaultValue("0") int boltPort,
      @DefaultValue("256m") String pageCache,
      @DefaultValue("30s") Duration connectTimeout,
      @DefaultValue("60s") Duration startWait,
      @DefaultValue("direct") EmbeddedReads embeddedReads) {

    /** How reads reach an embedded server. */
    public enum EmbeddedReads {
      /** As embedded transactions, without Bolt. */
      DIRECT,
      /** Through the driver over Bolt, as writes go. */
      BOLT
    }

    /** The constructor settings are bound through. */
    @ConstructorBinding
    public Neo4j {}

    /** The settings with the default start-up wait, for tools and tests. */
    public Neo4j(
        String uri,
        String user,
        String password,
        String database,
        int boltPort,
        String pageCache,
        Duration connectTimeout) {
      this(
          uri,
          user,
          password,
          database,
          boltPort,
          pageCache,
          connectTimeout,
          Duration.ofSeconds(60),
          EmbeddedReads.DIRECT);
    }

    public boolean embedded() {
      return uri == null || uri.isBlank();
    }
  }

  /**
   * @param dir the seed-data directory
   * @param autoload whether {@code serve} loads the seed data into a graph that has never been
   *     seeded
   */
  public record Seed(
      @DefaultValue("seed-data") String dir, @DefaultValue("true") boolean autoload) {

    /** The seed-data directory as a file-system path. */
    public Path path() {
      return Path.of(dir);
    }
  }

  /**
   * @param parsedQueryCache how many distinct query texts are kept parsed and validated (default
   *     {@value #DEFAULT_PARSED_QUERY_CACHE}); the least used are evicted past that, and 0 keeps
   *     none
   */
  public record GraphQl(@DefaultValue("1000") int parsedQueryCache) {

    public static final int DEFAULT_PARSED_QUERY_CACHE = 1000;

    public GraphQl {
      if (parsedQueryCache < 0) {
        throw new IllegalArgumentException(
            "regintel.graphql.parsed-query-cache must not be negative, not " + parsedQueryCache);
      }
    }
  }

  /**
   * @param readsNeedKey whether queries, GraphiQL and the Actuator (all but health) need a key of
   *     any role; mutations always need one
   * @param rateLimit how many requests a client may send
   * @param cors the web origins whose pages may call the API from a browser; none by default
   */
  public record Security(
      @DefaultValue("false") boolean readsNeedKey,
      @DefaultValue RateLimit rateLimit,
      @DefaultValue Cors cors) {

    /**
     * @param allowedOrigins origins such as {@code https://example.org}; empty allows none
     */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
      public Cors {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
      }
    }

    /**
     * Token buckets: a client may send a burst of the full count, then the count per period.
     *
     * @param perAddress requests per period from one client address without a key; 0: no limit
     * @param perKey requests per period with one key; 0: no limit
     * @param period the period the counts refill over
     */
    public record RateLimit(
        @DefaultValue("3000") int perAddress,
        @DefaultValue("6000") int perKey,
        @DefaultValue("1m") Duration period) {
      public RateLimit {
        if (perAddress < 0 || perKey < 0) {
          throw new IllegalArgumentException(
              "regintel.security.rate-limit counts must not be negative");
        }
        if (period == null || period.isNegative() || period.isZero()) {
          throw new IllegalArgumentException(
              "regintel.security.rate-limit.period must be positive, not " + period);
        }
      }
    }
  }

  /**
   * What one GraphQL request may cost. A query over a limit is refused before it runs, with an
   * error naming the limit; a Neo4j transaction past its budget is cancelled by the database.
   *
   * @param maxQueryLength the most characters a query text may have (default 20000)
   * @param maxTokens the most grammar tokens the parser reads before it gives up (default 5000)
   * @param maxDepth the deepest nesting of fields (default 15)
   * @param maxComplexity the highest estimated cost: every field costs 1, and what is under a list
   *     field counts once per item it may return: its {@code first}, or {@code defaultListSize} for
   *     a list without one (default 100000: one document with all its requirements and their
   *     mappings passes)
   * @param defaultListSize how many items a list field without {@code first} is taken to return
   *     when estimating cost (default 10)
   * @param maxAliases the most aliased fields one query may have (default 30)
   * @param maxSearchOffset the most search hits that may be skipped (default 1000); Lucene holds
   *     offset + first hits in memory while it ranks
   * @param readTimeout the budget of one read transaction; Neo4j cancels it past that (default 10s)
   * @param writeTimeout the budget of one write transaction, e.g. one seed file (default 10m); the
   *     embedded Neo4j's {@code db.transaction.timeout} is the larger of the two
   * @param requestTimeout the budget of one GraphQL request (default 15s): a field that would start
   *     fetching past it is answered with a TIMEOUT error, and a read it sends gets only what is
   *     left of it
   */
  public record Limits(
      @DefaultValue("20000") int maxQueryLength,
      @DefaultValue("5000") int maxTokens,
      @DefaultValue("15") int maxDepth,
      @DefaultValue("100000") int maxComplexity,
      @DefaultValue("10") int defaultListSize,
      @DefaultValue("30") int maxAliases,
      @DefaultValue("1000") int maxSearchOffset,
      @DefaultValue("10s") Duration readTimeout,
      @DefaultValue("10m") Duration writeTimeout,
      @DefaultValue("15s") Duration requestTimeout) {

    /** The documented defaults. */
    public static final Limits DEFAULTS =
        new Limits(
            20_000,
            5_000,
            15,
            100_000,
            10,
            30,
            1_000,
            Duration.ofSeconds(10),
            Duration.ofMinutes(10),
            Duration.ofSeconds(15));

    public Limits {
      positive("max-query-length", maxQueryLength);
      positive("max-tokens", maxTokens);
      positive("max-depth", maxDepth);
      positive("max-complexity", maxComplexity);
      positive("default-list-size", defaultListSize);
      if (maxAliases < 0 || maxSearchOffset < 0) {
        throw new IllegalArgumentException(
            "regintel.limits.max-aliases and max-search-offset must not be negative");
      }
      if (!readTimeout.isPositive() || !writeTimeout.isPositive() || !requestTimeout.isPositive()) {
        throw new IllegalArgumentException(
            "regintel.limits.read-timeout, write-timeout and request-timeout must be positive");
      }
    }

    /** The embedded server's {@code db.transaction.timeout}: no transaction outlives it. */
    public Duration transactionTimeout() {
      return readTimeout.compareTo(writeTimeout) > 0 ? readTimeout : writeTimeout;
    }

    private static void positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(
            "regintel.limits." + name + " must be at least 1, not " + value);
      }
    }
  }

  /**
   * @param pollInterval how often the search index asks the graph for its generation, so that
   *     writes made through another instance on the same graph reach this one's index (default
   *     {@code 5s}); zero turns polling off
   * @param maintain whether this process keeps the index current: at start and after its writes.
   *     The service does; a command-line tool that only writes the graph (load, crawl) does not,
   *     and the service rebuilds the index at its next start, as it finds the graph newer.
   */
  public record Search(
      @DefaultValue("5s") Duration pollInterval, @DefaultValue("true") boolean maintain) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    public Search {
      if (pollInterval == null || pollInterval.isNegative()) {
        throw new IllegalArgumentException(
            "regintel.search.poll-interval must not be negative, not " + pollInterval);
      }
    }
  }

  /**
   * @param walk how trace and coverage walk the mappings: {@code index} (the default) over an
   *     in-memory copy of the mapping topology, kept at the graph's generation and checked against
   *     it on every request (one the copy cannot answer for certain is answered by Cypher); {@code
   *     cypher} by one Cypher query per request, as before the copy existed
   */
  public record Trace(@DefaultValue("index") Walk walk) {

    /** The ways trace and coverage can walk the mappings. */
    public enum Walk {
      /** Over the in-memory mapping index, with Cypher as the fallback. */
      INDEX,
      /** By one Cypher query per trace or coverage. */
      CYPHER
    }

    public Trace {
      if (walk == null) {
        throw new IllegalArgumentException("regintel.trace.walk must be index or cypher");
      }
    }
  }
}
