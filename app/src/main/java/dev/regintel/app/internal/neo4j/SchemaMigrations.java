package dev.regintel.app.internal.neo4j;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import dev.regintel.app.internal.config.RegintelProperties;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the graph schema (the versioned Cypher migrations shipped by the ontology module under
 * {@code classpath:neo4j/migrations}) with neo4j-migrations, which records what it applied in the
 * graph and verifies checksums, so applying is idempotent.
 */
public final class SchemaMigrations {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

  private final Migrations migrations;

  public SchemaMigrations(Driver driver, RegintelProperties properties) {
    MigrationsConfig.Builder config =
        MigrationsConfig.builder()
            .withLocationsToScan("classpath:neo4j/migrations")
            .withPackagesToScan();
    String database = properties.neo4j().database();
    if (database != null && !database.isBlank()) {
      config.withDatabase(database);
    }
    this.migrations = new Migrations(config.build(), driver);
  }

  /** Brings the schema up to the newest version and returns that version. */
  public String apply() {
    String version = migrations.apply().map(v -> v.getValue()).orElse("none");
    log.info("Graph schema at version {}", version);
    return version;
  }
}
