package dev.regintel.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.internal.neo4j.SchemaMigrations;
import dev.regintel.app.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

/** The key repository on a real Neo4j: what is stored, verified and revoked. */
class ApiKeysIT {

  final ApiKeys keys = new ApiKeys(new Graph(TestNeo4j.driver(), null, new SimpleMeterRegistry()));

  @BeforeAll
  static void schema() {
    new SchemaMigrations(
            TestNeo4j.driver(),
            new RegintelProperties(
                "data",
                new RegintelProperties.Neo4j(
                    TestNeo4j.boltUri(), "neo4j", null, null, 0, "64m", Duration.ofSeconds(5)),
                new RegintelProperties.Seed(TestNeo4j.SMALL.toString(), false)))
        .apply();
  }

  @Test
  void twoKeysNeverShareAnIdTheSchemaSaysSo() {
    CreatedApiKey created = keys.create(Role.READER, "first");
    assertThatThrownBy(
            () ->
                TestNeo4j.driver()
                    .executableQuery("CREATE (:ApiKey {id: $id, hash: 'x', role: 'ADMIN'})")
                    .withParameters(Map.of("id", created.apiKey().id()))
                    .execute())
        .isInstanceOf(ClientException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  void theGraphHoldsTheKeysHashNeverTheKey() {
    CreatedApiKey created = keys.create(Role.CURATOR, "  importer ");
    var stored =
        TestNeo4j.driver()
            .executableQuery("MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS k")
            .withParameters(Map.of("id", created.apiKey().id()))
            .execute()
            .records()
            .getFirst()
            .get("k")
            .asMap();
    assertThat(stored.values()).doesNotContain(created.key());
    assertThat(stored.values().stream().map(String::valueOf))
        .noneMatch(v -> v.contains(created.key().substring(17)));
    assertThat(stored.get("hash")).isEqualTo(KeySecrets.hash(created.key()));
    assertThat(stored.get("role")).isEqualTo("CURATOR");
    assertThat(stored.get("label")).isEqualTo("importer");
  }

  @Test
  void aKeyIsVerifiedUntilRevokedAndThenKnownAsRevoked() {
    CreatedApiKey created = keys.create(Role.READER, null);
    assertThat(keys.verify(created.key())).get().satisfies(k -> assertThat(k.active()).isTrue());
    assertThat(keys.list()).extracting(ApiKey::id).contains(created.apiKey().id());

    ApiKey revoked = keys.revoke(created.apiKey().id()).orElseThrow();
    assertThat(revoked.revoked()).isNotNull();
    assertThat(keys.revoke(created.apiKey().id()).orElseThrow().revoked())
        .isEqualTo(revoked.revoked());
    assertThat(keys.verify(created.key())).get().satisfies(k -> assertThat(k.active()).isFalse());
  }

  @Test
  void aWrongSecretForAKnownIdIsNoKey() {
    CreatedApiKey created = keys.create(Role.ADMIN, "x");
    String forged = created.key().substring(0, 17) + "A".repeat(43);
    assertThat(keys.verify(forged)).isEmpty();
    assertThat(keys.revoke("nosuchkey000")).isEmpty();
  }
}
