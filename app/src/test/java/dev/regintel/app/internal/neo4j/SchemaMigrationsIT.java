package dev.regintel.app.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.support.TestNeo4j;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * A start whose migrations were all applied skips neo4j-migrations on the digest of the shipped
 * files; a digest that differs (a migration file changed or added) makes it apply them again.
 */
class SchemaMigrationsIT {

  static final RegintelProperties PROPERTIES =
      new RegintelProperties(
          "data",
          new RegintelProperties.Neo4j(
              TestNeo4j.boltUri(), "neo4j", null, null, 0, "64m", Duration.ofSeconds(5)),
          new RegintelProperties.Seed(TestNeo4j.SMALL.toString(), false));

  static Record marker() {
    return TestNeo4j.driver()
        .executableQuery(
            "MATCH (m:RegintelMeta {key: 'schema'})"
                + " RETURN m.digest AS digest, m.version AS version, m.appliedAt AS at")
        .execute()
        .records()
        .getFirst();
  }

  @Test
  void theDigestOfTheShippedMigrationsDecidesWhetherTheyAreAppliedAgain() {
    String version = new SchemaMigrations(TestNeo4j.driver(), PROPERTIES).apply();
    ShippedMigrations shipped = ShippedMigrations.fromClasspath();
    Record applied = marker();
    assertThat(shipped.count()).isGreaterThanOrEqualTo(7);
    assertThat(applied.get("digest").asString()).isEqualTo(shipped.digest());
    assertThat(applied.get("version").asString()).isEqualTo(version);

    assertThat(new SchemaMigrations(TestNeo4j.driver(), PROPERTIES).apply()).isEqualTo(version);
    assertThat(marker().get("at"))
        .as("nothing to do: not applied again")
        .isEqualTo(applied.get("at"));

    TestNeo4j.driver()
        .executableQuery("MATCH (m:RegintelMeta {key: 'schema'}) SET m.digest = 'an older set'")
        .execute();
    assertThat(new SchemaMigrations(TestNeo4j.driver(), PROPERTIES).apply()).isEqualTo(version);
    Record again = marker();
    assertThat(again.get("digest").asString()).isEqualTo(shipped.digest());
    assertThat(again.get("at")).as("another digest: applied again").isNotEqualTo(applied.get("at"));
  }
}
