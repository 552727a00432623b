package dev.regintel.app.jurisdiction;

import dev.regintel.app.internal.neo4j.Batch;
import dev.regintel.app.internal.neo4j.Graph;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** Jurisdictions and publishers in the graph. */
@Repository
class JurisdictionRepository {

  private final Graph graph;
  private final Batch batch;

  JurisdictionRepository(Graph graph, Batch batch) {
    this.graph = graph;
    this.batch = batch;
  }

  /** Every jurisdiction, by code. */
  List<JurisdictionView> jurisdictions() {
    return graph.read("MATCH (j:Jurisdiction) RETURN j ORDER BY j.code", Map.of()).stream()
        .map(r -> JurisdictionView.of(r.get("j").asNode()))
        .toList();
  }

  /** Every publisher, by name. */
  List<PublisherView> publishers() {
    return graph.read("MATCH (p:Publisher) RETURN p ORDER BY p.name", Map.of()).stream()
        .map(r -> PublisherView.of(r.get("p").asNode()))
        .toList();
  }

  /** Where each publisher is based, in one query; publishers based nowhere are left out. */
  Map<PublisherView, JurisdictionView> basedIn(Collection<PublisherView> publishers) {
    return batch.one(
        publishers,
        PublisherView::id,
        """
        UNWIND $ids AS id
        MATCH (:Publisher {id: id})-[:BASED_IN]->(j:Jurisdiction)
        RETURN id, j""",
        r -> JurisdictionView.of(r.get("j").asNode()));
  }
}
