package dev.regintel.app.history;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.internal.neo4j.Values;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.neo4j.driver.types.Node;

/**
 * A {@code :Change} node as the API shows it, with its document; {@code id} orders changes made at
 * the same instant, for a subscription's cursor.
 */
public record ChangeView(
    OffsetDateTime at,
    String kind,
    DocumentView document,
    String detail,
    String nodeId,
    List<String> fields,
    String before,
    String after,
    String crawlRunId,
    ProvenanceView source,
    String id) {

  /** The change node {@code c} of {@code document}. */
  public static ChangeView of(Node c, DocumentView document) {
    return new ChangeView(
        ((ZonedDateTime) c.get("at").asObject()).toOffsetDateTime(),
        Values.str(c, "kind"),
        document,
        Values.str(c, "detail"),
        Values.str(c, "nodeId"),
        Values.strings(c, "fields"),
        Values.str(c, "before"),
        Values.str(c, "after"),
        Values.str(c, "runId"),
        ProvenanceView.of(c),
        Values.str(c, "id"));
  }
}
