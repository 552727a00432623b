package dev.regintel.app.history;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.internal.neo4j.Graph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The {@code :Change} history the graph writer records, read back per document. */
@Repository
class HistoryRepository {

  /** The most changes one document's history shows. */
  static final int LIMIT = 500;

  private final Graph graph;

  HistoryRepository(Graph graph) {
    this.graph = graph;
  }

  /** The changes of every given document, newest first, in one query. */
  Map<DocumentView, List<ChangeView>> of(List<DocumentView> documents) {
    Map<String, DocumentView> byId = new LinkedHashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    Map<DocumentView, List<ChangeView>> result = new LinkedHashMap<>();
    documents.forEach(d -> result.put(d, List.of()));
    for (Record r :
        graph.read(
            """
            UNWIND $ids AS id
            CALL (id) {
              MATCH (c:Change {documentId: id})
              RETURN c ORDER BY c.at DESC, c.id LIMIT $limit
            }
            RETURN id, collect(c) AS changes""",
            Map.of("ids", List.copyOf(byId.keySet()), "limit", LIMIT))) {
      DocumentView document = byId.get(r.get("id").asString());
      result.put(
          document,
          r.get("changes").asList(Value::asNode).stream()
              .map(c -> ChangeView.of(c, document))
              .toList());
    }
    return result;
  }
}
