package dev.regintel.app.jurisdiction;

import dev.regintel.app.internal.neo4j.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Jurisdictions and publishers: the reference data every document points at. */
@Controller
class JurisdictionController {

  private final Graph graph;

  JurisdictionController(Graph graph) {
    this.graph = graph;
  }

  @QueryMapping
  List<JurisdictionView> jurisdictions() {
    return graph.read("MATCH (j:Jurisdiction) RETURN j ORDER BY j.code", Map.of()).stream()
        .map(r -> JurisdictionView.of(r.get("j").asNode()))
        .toList();
  }

  @QueryMapping
  List<PublisherView> publishers() {
    return graph.read("MATCH (p:Publisher) RETURN p ORDER BY p.name", Map.of()).stream()
        .map(r -> PublisherView.of(r.get("p").asNode()))
        .toList();
  }

  @BatchMapping(typeName = "Publisher", field = "jurisdiction")
  Map<PublisherView, JurisdictionView> jurisdiction(List<PublisherView> publishers) {
    Map<String, PublisherView> byId = new HashMap<>();
    publishers.forEach(p -> byId.put(p.id(), p));
    Map<PublisherView, JurisdictionView> out = new HashMap<>();
    graph
        .read(
            """
            UNWIND $ids AS id
            MATCH (:Publisher {id: id})-[:BASED_IN]->(j:Jurisdiction)
            RETURN id, j""",
            Map.of("ids", List.copyOf(byId.keySet())))
        .forEach(
            r ->
                out.put(
                    byId.get(r.get("id").asString()), JurisdictionView.of(r.get("j").asNode())));
    return out;
  }
}
