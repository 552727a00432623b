package dev.regintel.app.vendor;

import dev.regintel.app.internal.neo4j.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** The reads product mutations check their input with, each in one query. */
@Repository
class VendorReferences {

  private final Graph graph;

  VendorReferences(Graph graph) {
    this.graph = graph;
  }

  /**
   * Which of the referenced ids name nothing in the graph, as "what 'id'" texts: suppliers,
   * controls, jurisdiction codes and requirements.
   */
  List<String> missing(
      List<String> suppliers,
      List<String> controls,
      List<String> markets,
      List<String> requirements) {
    Record r =
        graph
            .read(
                """
                RETURN [id IN $suppliers WHERE NOT EXISTS { MATCH (:Supplier {id: id}) }] AS suppliers,
                       [id IN $controls WHERE NOT EXISTS { MATCH (:Control {id: id}) }] AS controls,
                       [c IN $markets WHERE NOT EXISTS { MATCH (:Jurisdiction {code: c}) }] AS markets,
                       [id IN $requirements WHERE NOT EXISTS { MATCH (:Requirement {id: id}) }] AS requirements""",
                Map.of(
                    "suppliers", suppliers,
                    "controls", controls,
                    "markets", markets,
                    "requirements", requirements))
            .getFirst();
    List<String> out = new ArrayList<>();
    r.get("suppliers").asList(v -> v.asString()).forEach(id -> out.add("supplier '" + id + "'"));
    r.get("controls").asList(v -> v.asString()).forEach(id -> out.add("control '" + id + "'"));
    r.get("markets").asList(v -> v.asString()).forEach(c -> out.add("market '" + c + "'"));
    r.get("requirements")
        .asList(v -> v.asString())
        .forEach(id -> out.add("requirement '" + id + "'"));
    return out;
  }

  /** Whether a node of {@code label} (Supplier, Device or Control) has this id. */
  boolean exists(String label, String id) {
    return !graph
        .read("MATCH (n:%s {id: $id}) RETURN 1 LIMIT 1".formatted(label), Map.of("id", id))
        .isEmpty();
  }

  /** Whether the control is claimed to satisfy the requirement. */
  boolean claimExists(String controlId, String requirementId) {
    return !graph
        .read(
            """
            MATCH (:Control {id: $control})-[s:SATISFIES]->(:Requirement {id: $requirement})
            RETURN 1 LIMIT 1""",
            Map.of("control", controlId, "requirement", requirementId))
        .isEmpty();
  }

  /** How many suppliers, devices and controls the key owns. */
  long owned(String keyId) {
    return graph
        .read(
            """
            RETURN COUNT { MATCH (s:Supplier {ownerKeyId: $key}) }
                 + COUNT { MATCH (d:Device {ownerKeyId: $key}) }
                 + COUNT { MATCH (c:Control {ownerKeyId: $key}) } AS n""",
            Map.of("key", keyId))
        .getFirst()
        .get("n")
        .asLong();
  }
}
