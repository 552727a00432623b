package dev.regintel.app.diff;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.product.DeviceView;
import dev.regintel.app.requirement.MappingView;
import dev.regintel.app.requirement.RequirementView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The graph reads of the diff: both sides in one query, the touches of a page in another. */
@Repository
class DiffRepository {

  /**
   * One side of a diff as read.
   *
   * @param found whether the document exists
   * @param total how many of its requirements the baseline (if any) keeps
   * @param clauses the first {@code max} of them in document order
   * @param views the same as the API's requirement views, by id
   */
  record Side(
      String id,
      boolean found,
      long total,
      List<Clause> clauses,
      Map<String, RequirementView> views) {}

  /** What the requirements of an entry touch. */
  record Touches(
      List<ControlView> controls, List<DeviceView> devices, List<MappingView> mappings) {}

  private final Graph graph;

  DiffRepository(Graph graph) {
    this.graph = graph;
  }

  /**
   * Both documents' requirements (those a baseline selects, when one is given), each with its
   * parent's ref, in one query.
   */
  Map<String, Side> sides(List<String> ids, String baseline, int max) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("ids", ids);
    parameters.put("baseline", baseline);
    parameters.put("max", max);
    Map<String, Side> out = new HashMap<>();
    graph
        .read(
            """
            UNWIND $ids AS id
            OPTIONAL MATCH (d:Document {id: id})
            WITH id, d
            RETURN id, d IS NOT NULL AS found,
                   CASE WHEN d IS NULL THEN 0 ELSE COUNT {
                     MATCH (d)-[:HAS_REQUIREMENT]->(r:Requirement)
                     WHERE $baseline IS NULL OR $baseline IN coalesce(r.baselines, [])
                   } END AS total,
                   CASE WHEN d IS NULL THEN [] ELSE COLLECT {
                     MATCH (d)-[:HAS_REQUIREMENT]->(r:Requirement)
                     WHERE $baseline IS NULL OR $baseline IN coalesce(r.baselines, [])
                     OPTIONAL MATCH (p:Requirement)-[:HAS_PART]->(r)
                     RETURN {r: r, parentRef: p.ref} ORDER BY r.order LIMIT $max
                   } END AS rows""",
            parameters)
        .forEach(
            record -> {
              List<Clause> clauses = new ArrayList<>();
              Map<String, RequirementView> views = new HashMap<>();
              for (Value row : record.get("rows").values()) {
                RequirementView view = RequirementView.of(row.get("r").asNode());
                views.put(view.id(), view);
                clauses.add(
                    clause(
                        view,
                        row.get("parentRef").isNull() ? null : row.get("parentRef").asString()));
              }
              String id = record.get("id").asString();
              out.put(
                  id,
                  new Side(
                      id,
                      record.get("found").asBoolean(),
                      record.get("total").asLong(),
                      List.copyOf(clauses),
                      views));
            });
    return out;
  }

  private static Clause clause(RequirementView view, String parentRef) {
    var c = view.content();
    return new Clause(
        view.id(),
        c.ref(),
        parentRef,
        c.title(),
        c.text(),
        c.obligation(),
        Boolean.TRUE.equals(c.withdrawn()),
        c.note());
  }

  /**
   * For each requirement id, the controls claimed to satisfy it, the devices implementing those
   * controls and its mappings (seen from it), in one query.
   */
  Map<String, Touches> touches(Collection<String> ids, Map<String, RequirementView> views) {
    Map<String, Touches> out = new HashMap<>();
    graph
        .read(
            """
            UNWIND $ids AS id
            MATCH (r:Requirement {id: id})
            RETURN id,
                   COLLECT { MATCH (c:Control)-[:SATISFIES]->(r) RETURN DISTINCT c ORDER BY c.name } AS controls,
                   COLLECT { MATCH (v:Device)-[:IMPLEMENTS]->(:Control)-[:SATISFIES]->(r)
                             RETURN DISTINCT v ORDER BY v.name } AS devices,
                   COLLECT { MATCH (r)-[m:MAPS_TO]-(o:Requirement)
                             RETURN {o: o, m: properties(m), outgoing: startNode(m) = r}
                             ORDER BY o.documentId, o.order } AS mappings""",
            Map.of("ids", List.copyOf(ids)))
        .forEach(
            record -> {
              String id = record.get("id").asString();
              RequirementView self = views.get(id);
              out.put(
                  id,
                  new Touches(
                      record.get("controls").asList(v -> ControlView.of(v.asNode())),
                      record.get("devices").asList(v -> DeviceView.of(v.asNode())),
                      record.get("mappings").asList(v -> mapping(self, v))));
            });
    return out;
  }

  private static MappingView mapping(RequirementView self, Value row) {
    return MappingView.of(
        self,
        RequirementView.of(row.get("o").asNode()),
        row.get("m").asMap(),
        row.get("outgoing").asBoolean());
  }

  /**
   * The nearest earlier version of a document that has requirements (walking NEXT_VERSION back,
   * then SUPERSEDES), or empty when it has none; empty too when the document does not exist.
   */
  Optional<String> previousVersion(String documentId) {
    return graph
        .read(
            """
            MATCH (d:Document {id: $id})
            CALL (d) {
              MATCH path = (p:Document)-[:NEXT_VERSION]->{1,20}(d)
              WHERE EXISTS { (p)-[:HAS_REQUIREMENT]->() }
              RETURN p, length(path) AS steps
              UNION
              MATCH path = (d)-[:SUPERSEDES]->{1,20}(p:Document)
              WHERE EXISTS { (p)-[:HAS_REQUIREMENT]->() }
              RETURN p, length(path) + 100 AS steps
            }
            RETURN p.id AS previous ORDER BY steps LIMIT 1""",
            Map.of("id", documentId))
        .stream()
        .findFirst()
        .map(r -> r.get("previous").asString());
  }

  /**
   * For each document, the nearest later version (by NEXT_VERSION) that has requirements; absent
   * from the map when there is none. One query for all.
   */
  Map<String, String> nextVersions(Collection<String> documentIds) {
    Map<String, String> out = new HashMap<>();
    graph
        .read(
            """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            WITH id, COLLECT {
              MATCH path = (d)-[:NEXT_VERSION]->{1,20}(n:Document)
              WHERE EXISTS { (n)-[:HAS_REQUIREMENT]->() }
              RETURN n.id ORDER BY length(path) LIMIT 1
            } AS next
            WHERE size(next) > 0
            RETURN id, next[0] AS next""",
            Map.of("ids", List.copyOf(documentIds)))
        .forEach(r -> out.put(r.get("id").asString(), r.get("next").asString()));
    return out;
  }

  /**
   * For each document, the requirements of its earlier versions (up to 20 back) that carry a
   * SATISFIES claim or a mapping, at most {@code max} per document.
   */
  Map<String, List<RequirementView>> claimedInEarlierVersions(
      Collection<String> documentIds, int max) {
    Map<String, List<RequirementView>> out = new HashMap<>();
    graph
        .read(
            """
            UNWIND $ids AS id
            MATCH (old:Document)-[:NEXT_VERSION]->{1,20}(:Document {id: id})
            MATCH (old)-[:HAS_REQUIREMENT]->(r:Requirement)
            WHERE EXISTS { (r)<-[:SATISFIES]-() } OR EXISTS { (r)-[:MAPS_TO]-() }
            WITH id, r ORDER BY r.id
            WITH id, collect(DISTINCT r)[..$max] AS rs
            UNWIND rs AS r
            RETURN id, r""",
            Map.of("ids", List.copyOf(documentIds), "max", max))
        .forEach(
            row ->
                out.computeIfAbsent(row.get("id").asString(), k -> new ArrayList<>())
                    .add(RequirementView.of(row.get("r").asNode())));
    return out;
  }
}
