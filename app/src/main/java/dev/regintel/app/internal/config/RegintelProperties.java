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
 */
@ConfigurationProperties("regintel")
public record RegintelProperties(
    @DefaultValue("data") String dataDir,
    @DefaultValue Neo4j neo4j,
    @DefaultValue Seed seed,
    @DefaultValue GraphQl graphql,
    @DefaultValue Security security) {

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
            new Security.Cors(List.of())));
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
   */
  public record Neo4j(
      String uri,
      @DefaultValue("neo4j") String user,
      String password,
      String database,
      @DefaultValue("0") int boltPort,
      @DefaultValue("256m") String pageCache,
      @DefaultValue("30s") Duration connectTimeout) {

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
}
