package dev.regintel.app.feeds;

import dev.regintel.app.drafts.DraftFilter;
import dev.regintel.app.internal.neo4j.Graph;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Watches in the graph, one {@code :Watch} node each, holding the id of the key that owns it. Like
 * API keys they are the service's bookkeeping, not domain data, so they are written here and not
 * through the graph writer, and no change event records them.
 */
@Repository
class Watches {

  private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Graph graph;

  Watches(Graph graph) {
    this.graph = graph;
  }

  /**
   * Saves a watch for {@code keyId} unless the key already has {@code max}; the check and the write
   * are one transaction.
   *
   * @return the watch, or empty when the key has {@code max} watches already
   */
  Optional<Watch> create(String keyId, String name, DraftFilter filter, int max) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", "watch:" + randomId());
    p.put("keyId", keyId);
    p.put("name", name);
    p.put("publishers", filter.publishers());
    p.put("jurisdictions", filter.jurisdictions());
    p.put("kinds", filter.kinds());
    p.put("keywords", filter.keywords());
    p.put("createdAt", Instant.now().atZone(ZoneOffset.UTC));
    p.put("max", max);
    List<Record> rows =
        graph.write(
            tx ->
                tx.list(
                    """
                    OPTIONAL MATCH (o:Watch {keyId: $keyId})
                    WITH count(o) AS owned WHERE owned < $max
                    CREATE (w:Watch {id: $id, keyId: $keyId, createdAt: $createdAt})
                    SET w.name = $name, w.publishers = $publishers,
                        w.jurisdictions = $jurisdictions, w.kinds = $kinds,
                        w.keywords = $keywords
                    RETURN properties(w) AS w""",
                    p));
    return rows.stream().findFirst().map(r -> read(r.get("w")));
  }

  /** The watches of {@code keyId}, oldest first. */
  List<Watch> of(String keyId) {
    return graph
        .read(
            """
            MATCH (w:Watch {keyId: $keyId})
            RETURN properties(w) AS w ORDER BY w.createdAt, w.id""",
            Map.of("keyId", keyId))
        .stream()
        .map(r -> read(r.get("w")))
        .toList();
  }

  /** Deletes the watch {@code id} if {@code keyId} owns it; returns it as it was. */
  Optional<Watch> delete(String keyId, String id) {
    List<Record> rows =
        graph.write(
            tx ->
                tx.list(
                    """
                    MATCH (w:Watch {id: $id, keyId: $keyId})
                    WITH w, properties(w) AS before
                    DELETE w
                    RETURN before AS w""",
                    Map.of("id", id, "keyId", keyId)));
    return rows.stream().findFirst().map(r -> read(r.get("w")));
  }

  private static Watch read(Value w) {
    return new Watch(
        w.get("id").asString(),
        w.get("keyId").asString(),
        w.get("name").isNull() ? null : w.get("name").asString(),
        strings(w.get("publishers")),
        strings(w.get("jurisdictions")),
        strings(w.get("kinds")),
        strings(w.get("keywords")),
        w.get("createdAt").asZonedDateTime().toInstant());
  }

  private static List<String> strings(Value v) {
    return v.isNull() ? null : v.asList(Value::asString);
  }

  private static String randomId() {
    StringBuilder id = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
