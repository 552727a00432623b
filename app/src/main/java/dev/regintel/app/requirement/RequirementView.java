package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.MapAccessor;

/**
 * One requirement as the API shows it: where it stands and its content, whose fields the GraphQL
 * type {@code Requirement} serves as its own ({@link RequirementFields}).
 */
public record RequirementView(
    String id,
    String documentId,
    String parentId,
    RequirementContent content,
    ProvenanceView source) {

  /** The view of a requirement node, or of a map of its properties. */
  public static RequirementView of(MapAccessor n) {
    return new RequirementView(
        Values.str(n, "id"),
        Values.str(n, "documentId"),
        Values.str(n, "parentId"),
        RequirementContent.of(n),
        ProvenanceView.of(n));
  }
}
