package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/** One requirement as the API shows it. */
public record RequirementView(
    String id,
    String ref,
    String title,
    String titleJa,
    String text,
    String textJa,
    Boolean textIsOfficial,
    String obligation,
    String condition,
    String conditionJa,
    String section,
    String deadline,
    String documentId,
    String parentId,
    List<String> unverified,
    String note,
    ProvenanceView source) {

  /** The view of a requirement node, or of a map of its properties. */
  public static RequirementView of(MapAccessor n) {
    return new RequirementView(
        Values.str(n, "id"),
        Values.str(n, "ref"),
        Values.str(n, "title"),
        Values.str(n, "titleJa"),
        Values.str(n, "text"),
        Values.str(n, "textJa"),
        Values.bool(n, "textIsOfficial"),
        Values.str(n, "obligation"),
        Values.str(n, "condition"),
        Values.str(n, "conditionJa"),
        Values.str(n, "section"),
        Values.str(n, "deadline"),
        Values.str(n, "documentId"),
        Values.str(n, "parentId"),
        Values.strings(n, "unverified"),
        Values.str(n, "note"),
        ProvenanceView.of(n));
  }
}
