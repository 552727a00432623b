package dev.regintel.app.internal.neo4j;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.config.RegintelProperties;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.QueryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Applies the graph schema (the versioned Cypher migrations shipped by the ontology module under
 * {@code classpath:neo4j/migrations}) with neo4j-migrations, which records what it applied in the
 * graph and verifies checksums, so applying is idempotent.
 *
 * <p>Validating an applied chain costs neo4j-migrations several seconds on a cold JVM (its own
 * queries, each compiled for the first time), on every start. So after a successful apply this
 * class records a digest of the shipped migration files on {@code (:RegintelMeta {key: 'schema'})},
 * and a start that finds the same digest there has nothing to migrate: one small read. Any change
 * to any migration file, a new one included, changes the digest and runs neo4j-migrations in full.
 */
public final class SchemaMigrations {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

  /** The node neo4j-migrations holds while it migrates; a second migrator finds it and stops. */
  static final String LOCK_LABEL = "__Neo4jMigrationsLock";

  /** How long start-up waits for another instance that holds the migrations lock. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(90);

  private final Migrations migrations;
  private final Driver driver;
  private final boolean embedded;
  private final String database;
  private final ShippedMigrations shipped = ShippedMigrations.fromClasspath();

  public SchemaMigrations(Driver driver, RegintelProperties properties) {
    this.driver = driver;
    this.embedded = properties.neo4j().embedded();
    MigrationsConfig.Builder config =
        MigrationsConfig.builder()
            .withLocationsToScan("classpath:neo4j/migrations")
            .withPackagesToScan();
    String database = properties.neo4j().database();
    this.database = database == null || database.isBlank() ? null : database;
    if (this.database != null) {
      config.withDatabase(database);
    }
    this.migrations = new Migrations(config.build(), driver);
  }

  /**
   * Brings the schema up to the newest version and returns that version. Another instance migrating
   * the same graph holds a lock; this one waits for it (up to {@link #LOCK_WAIT}). An embedded
   * graph can have no other migrator while this process starts, so a lock found there was left by a
   * process that was killed while migrating, and is removed.
   */
  public String apply() {
    String current = currentVersion();
    if (current != null) {
      log.info("Graph schema at version {}, as shipped; nothing to migrate", current);
      return current;
    }
    if (embedded) {
      removeStaleLock();
    }
    RetryTemplate retry =
        new RetryTemplate(
            RetryPolicy.builder()
                .predicate(SchemaMigrations::locked)
                .maxRetries(Long.MAX_VALUE)
                .timeout(LOCK_WAIT)
                .delay(Duration.ofMillis(500))
                .multiplier(1.5)
                .maxDelay(Duration.ofSeconds(5))
                .build());
    String version;
    try {
      version = retry.execute(() -> migrations.apply().map(v -> v.getValue()).orElse("none"));
    } catch (RetryException e) {
      Throwable last = e.getLastException() == null ? e : e.getLastException();
      if (locked(last)) {
        throw new RegintelException(
            "Another process has held the schema migrations lock for over "
                + LOCK_WAIT.toSeconds()
                + " s. If no other regintel instance is starting on this graph, the lock was"
                + " left by a killed one: remove it with MATCH (l:"
                + LOCK_LABEL
                + ") DELETE l",
            last);
      }
      throw last instanceof RuntimeException r ? r : new RegintelException(last.getMessage(), last);
    }
    record(version);
    log.info("Graph schema at version {}", version);
    return version;
  }

  /**
   * The version recorded by the last successful apply, when it recorded the digest of exactly the
   * migrations shipped now; null when they must be applied.
   */
  private String currentVersion() {
    var records =
        query("MATCH (m:RegintelMeta {key: 'schema'}) RETURN m.digest AS digest, m.version AS v")
            .execute()
            .records();
    if (records.isEmpty()
        || !shipped.digest().equals(records.getFirst().get("digest").asString(""))) {
      return null;
    }
    return records.getFirst().get("v").asString("none");
  }

  private void record(String version) {
    query(
            """
            MERGE (m:RegintelMeta {key: 'schema'})
            SET m.digest = $digest, m.version = $version, m.migrations = $count,
                m.appliedAt = datetime()""")
        .withParameters(
            Map.of("digest", shipped.digest(), "version", version, "count", shipped.count()))
        .execute();
  }

  private ExecutableQuery query(String cypher) {
    ExecutableQuery query = driver.executableQuery(cypher);
    return database == null
        ? query
        : query.withConfig(QueryConfig.builder().withDatabase(database).build());
  }

  /** Whether a migration failed because another process holds the lock. */
  private static boolean locked(Throwable failure) {
    return failure instanceof MigrationsException
        && failure.getMessage() != null
        && failure.getMessage().contains(LOCK_LABEL);
  }

  private void removeStaleLock() {
    long removed =
        query("MATCH (l:" + LOCK_LABEL + ") DELETE l RETURN count(*) AS n")
            .execute()
            .records()
            .getFirst()
            .get("n")
            .asLong();
    if (removed > 0) {
      log.warn(
          "Removed a schema migrations lock left by a process that was killed while migrating");
    }
  }
}
