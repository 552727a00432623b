package dev.regintel.app.security;

import dev.regintel.app.internal.neo4j.Graph;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * API keys in the graph, one {@code :ApiKey} node each, holding the SHA-256 of the key (see {@link
 * KeySecrets}) and never the key. Keys are the service's bookkeeping, not domain data, so they are
 * written here and not through the graph writer.
 */
@Repository
public class ApiKeys {

  private final Graph graph;

  public ApiKeys(Graph graph) {
    this.graph = graph;
  }

  /** Makes a key with a role and an optional label; the result is the only copy of the key. */
  public CreatedApiKey create(Role role, String label) {
    KeySecrets.Generated generated = KeySecrets.generate();
    Instant now = Instant.now();
    Map<String, Object> p = new HashMap<>();
    p.put("id", generated.id());
    p.put("hash", KeySecrets.hash(generated.key()));
    p.put("role", role.name());
    p.put("label", label == null || label.isBlank() ? null : label.strip());
    p.put("createdAt", now.atZone(ZoneOffset.UTC));
    graph.write(
        tx ->
            tx.run(
                """
                CREATE (k:ApiKey {id: $id, hash: $hash, role: $role, createdAt: $createdAt})
                SET k.label = $label""",
                p));
    return new CreatedApiKey(
        generated.key(), new ApiKey(generated.id(), role, (String) p.get("label"), now, null));
  }

  /** Every key, oldest first, revoked ones included. */
  public List<ApiKey> list() {
    List<ApiKey> keys = new ArrayList<>();
    for (Record r :
        graph.read(
            "MATCH (k:ApiKey) RETURN properties(k) AS k ORDER BY k.createdAt, k.id", Map.of())) {
      keys.add(read(r.get("k")));
    }
    return keys;
  }

  /**
   * Revokes a key from now on; revoking it again keeps the first time.
   *
   * @return the key as revoked, or empty when there is no key with that id
   */
  public Optional<ApiKey> revoke(String id) {
    List<Record> rows =
        graph.write(
            tx ->
                tx.list(
                    """
                    MATCH (k:ApiKey {id: $id})
                    SET k.revokedAt = coalesce(k.revokedAt, $now)
                    RETURN properties(k) AS k""",
                    Map.of("id", id, "now", ZonedDateTime.now(ZoneOffset.UTC))));
    return rows.stream().findFirst().map(r -> read(r.get("k")));
  }

  /**
   * The stored key that {@code key} proves, if it is of the right form, known and its hash matches;
   * a revoked key is returned as such, for the caller to refuse with that reason.
   */
  public Optional<ApiKey> verify(String key) {
    Optional<String> id = KeySecrets.idOf(key);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    List<Record> rows =
        graph.read("MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS k", Map.of("id", id.get()));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Value stored = rows.getFirst().get("k");
    return KeySecrets.matches(key, stored.get("hash").asString())
        ? Optional.of(read(stored))
        : Optional.empty();
  }

  private static ApiKey read(Value k) {
    return new ApiKey(
        k.get("id").asString(),
        Role.valueOf(k.get("role").asString()),
        k.get("label").isNull() ? null : k.get("label").asString(),
        instant(k.get("createdAt")),
        instant(k.get("revokedAt")));
  }

  private static Instant instant(Value v) {
    return v.isNull() ? null : v.asZonedDateTime().toInstant();
  }
}
