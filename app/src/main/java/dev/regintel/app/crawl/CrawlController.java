package dev.regintel.app.crawl;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.neo4j.Graph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code crawlRuns} and {@code Document.history}. */
@Controller
class CrawlController {

  private final CrawlRuns runs;
  private final Graph graph;

  CrawlController(CrawlRuns runs, Graph graph) {
    this.runs = runs;
    this.graph = graph;
  }

  @QueryMapping
  List<CrawlRunView> crawlRuns(@Argument String source, @Argument Integer first) {
    int limit = first == null ? 20 : first;
    if (limit < 1 || limit > 500) {
      throw ApiException.badInput("first must be from 1 to 500, not " + limit);
    }
    return runs.latest(source, limit).stream().map(CrawlRunView::of).toList();
  }

  /** The changes of every requested document in one query. */
  @BatchMapping(typeName = "Document")
  Map<DocumentView, List<ChangeView>> history(List<DocumentView> documents) {
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
              RETURN c ORDER BY c.at DESC, c.id LIMIT 500
            }
            RETURN id, collect(c) AS changes""",
            Map.of("ids", List.copyOf(byId.keySet())))) {
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
