package dev.regintel.app.internal.graphql;

import dev.regintel.ontology.Provenance;
import java.time.OffsetDateTime;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** The GraphQL Provenance of a node or relationship, read from its {@code src*} properties. */
public record ProvenanceView(String url, OffsetDateTime retrieved, String method, String sha256) {

  public static ProvenanceView of(MapAccessor entity) {
    Value retrieved = entity.get(Provenance.RETRIEVED_KEY);
    return new ProvenanceView(
        entity.get(Provenance.URL_KEY).asString(""),
        retrieved.isNull() ? null : OffsetDateTime.parse(retrieved.asString()),
        entity.get(Provenance.METHOD_KEY).asString(""),
        entity.get(Provenance.SHA256_KEY).asString(null));
  }

  /** The same from a plain map (e.g. a relationship's properties returned as a map). */
  public static ProvenanceView of(Map<String, Object> properties) {
    Object retrieved = properties.get(Provenance.RETRIEVED_KEY);
    return new ProvenanceView(
        (String) properties.getOrDefault(Provenance.URL_KEY, ""),
        retrieved == null ? null : OffsetDateTime.parse(retrieved.toString()),
        (String) properties.getOrDefault(Provenance.METHOD_KEY, ""),
        (String) properties.get(Provenance.SHA256_KEY));
  }
}
