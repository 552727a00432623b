package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.Page;
import dev.regintel.app.internal.neo4j.Batch;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.Ids;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** Requirements in the graph: lookups, pages per document, and batched neighbours. */
@Repository
public class RequirementRepository {

  private final Graph graph;
  private final Batch batch;

  RequirementRepository(Graph graph, Batch batch) {
    this.graph = graph;
    this.batch = batch;
  }

  public Optional<RequirementView> byId(String id) {
    return graph.read("MATCH (r:Requirement {id: $id}) RETURN r", Map.of("id", id)).stream()
        .findFirst()
        .map(r -> RequirementView.of(r.get("r").asNode()));
  }

  /** By the code of a document (its current version) and a ref inside it. */
  public Optional<RequirementView> byRef(String documentCode, String ref) {
    return graph
        .read(
            """
            MATCH (d:Document) WHERE (d.codeKey = $codeKey OR $codeKey IN d.aliasKeys)
              AND EXISTS { (d)-[:HAS_REQUIREMENT]->(:Requirement {refKey: $refKey}) }
            WITH d ORDER BY CASE d.status WHEN 'IN_FORCE' THEN 0 WHEN 'FINAL' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END,
                 d.published DESC LIMIT 1
            MATCH (d)-[:HAS_REQUIREMENT]->(r:Requirement {refKey: $refKey})
            RETURN r""",
            Map.of("codeKey", Ids.codeKey(documentCode), "refKey", Ids.slug(ref)))
        .stream()
        .findFirst()
        .map(r -> RequirementView.of(r.get("r").asNode()));
  }

  /**
   * Pages of several documents' requirements, in document order: one query per distinct page shape
   * (usually one), whatever the number of documents.
   */
  Map<RequirementPageKey, Page.Connection<RequirementView>> pages(Set<RequirementPageKey> keys) {
    Map<RequirementPageKey, Page.Connection<RequirementView>> out = new HashMap<>();
    Map<Page, List<RequirementPageKey>> byPage =
        keys.stream().collect(Collectors.groupingBy(RequirementPageKey::page));
    byPage.forEach(
        (page, pageKeys) -> {
          List<String> ids =
              pageKeys.stream().map(RequirementPageKey::documentId).distinct().toList();
          Map<String, Page.Connection<RequirementView>> byDoc = new HashMap<>();
          graph
              .read(
                  """
              UNWIND $ids AS id
              MATCH (d:Document {id: id})
              RETURN id,
                     COUNT { (d)-[:HAS_REQUIREMENT]->() } AS total,
                     COLLECT { MATCH (d)-[:HAS_REQUIREMENT]->(r) RETURN r ORDER BY r.order SKIP $skip LIMIT $limit } AS page""",
                  Map.of("ids", ids, "skip", page.offset(), "limit", page.limit()))
              .forEach(
                  r ->
                      byDoc.put(
                          r.get("id").asString(),
                          page.connection(
                              r.get("page").asList(v -> RequirementView.of(v.asNode())),
                              r.get("total").asLong())));
          for (RequirementPageKey key : pageKeys) {
            out.put(key, byDoc.getOrDefault(key.documentId(), page.connection(List.of(), 0)));
          }
        });
    return out;
  }

  Map<RequirementView, RequirementView> parents(Collection<RequirementView> reqs) {
    return batch.one(
        reqs,
        RequirementView::id,
        """
        UNWIND $ids AS id
        MATCH (:Requirement {id: id})<-[:HAS_PART]-(p:Requirement)
        RETURN id, p""",
        r -> RequirementView.of(r.get("p").asNode()));
  }

  Map<RequirementView, List<RequirementView>> children(Collection<RequirementView> reqs) {
    return batch.many(
        reqs,
        RequirementView::id,
        """
        UNWIND $ids AS id
        MATCH (:Requirement {id: id})-[:HAS_PART]->(c:Requirement)
        RETURN id, c ORDER BY c.order""",
        r -> RequirementView.of(r.get("c").asNode()));
  }

  /** Mappings in both directions, each turned to start at the asking requirement. */
  Map<RequirementView, List<MappingView>> mappings(Collection<RequirementView> reqs) {
    Map<String, RequirementView> byId = new LinkedHashMap<>();
    reqs.forEach(r -> byId.put(r.id(), r));
    return batch.many(
        reqs,
        RequirementView::id,
        """
        UNWIND $ids AS id
        MATCH (r:Requirement {id: id})-[m:MAPS_TO]-(o:Requirement)
        RETURN id, o, properties(m) AS m, startNode(m) = r AS outgoing
        ORDER BY o.documentId, o.order""",
        row -> mapping(row, byId.get(row.get("id").asString())));
  }

  private static MappingView mapping(Record row, RequirementView self) {
    return MappingView.of(
        self,
        RequirementView.of(row.get("o").asNode()),
        row.get("m").asMap(),
        row.get("outgoing").asBoolean());
  }
}
