package dev.regintel.app.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * Removes suppliers, devices, controls and claims. Nothing is removed from under another record: a
 * supplier that still supplies devices, or a control that devices still implement, is refused with
 * their ids, so a deletion never silently changes someone else's coverage.
 */
final class ProductDeletes {

  private final WriteTx w;

  ProductDeletes(WriteTx w) {
    this.w = w;
  }

  void delete(List<ProductDeletion> deletions) {
    List<ProductDeletion> own = new ProductWriter(w).owned(deletions, ProductDeletion::id);
    List<Map<String, Object>> claims = new ArrayList<>();
    List<String> devices = new ArrayList<>();
    List<String> controls = new ArrayList<>();
    List<String> suppliers = new ArrayList<>();
    for (ProductDeletion d : own) {
      switch (d.kind()) {
        case SATISFIES -> claims.add(Map.of("control", d.id(), "requirement", d.requirementId()));
        case DEVICE -> devices.add(d.id());
        case CONTROL -> controls.add(d.id());
        case SUPPLIER -> suppliers.add(d.id());
      }
    }
    missing("claim", claims.isEmpty() ? List.of() : claimsMissing(claims));
    w.run(
        """
        UNWIND $rows AS row
        MATCH (:Control {id: row.control})-[s:SATISFIES]->(:Requirement {id: row.requirement})
        DELETE s""",
        claims);
    remove("Device", devices, null);
    remove("Control", controls, "MATCH (n)<-[:IMPLEMENTS]-(d:Device) RETURN d.id ORDER BY d.id");
    remove("Supplier", suppliers, "MATCH (n)-[:SUPPLIES]->(d:Device) RETURN d.id ORDER BY d.id");
  }

  /**
   * Detaches and deletes the nodes of {@code label} with these ids, but not one that {@code
   * blockers} (a subquery over {@code n}) still finds records under, which is refused with them.
   */
  private void remove(String label, List<String> ids, String blockers) {
    if (ids.isEmpty()) {
      return;
    }
    List<Record> found =
        w.tx.list(
            "UNWIND $ids AS id MATCH (n:%s {id: id}) RETURN id, %s AS blockers"
                .formatted(label, blockers == null ? "[]" : "COLLECT { " + blockers + " }"),
            Map.of("ids", ids));
    List<String> present = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Record r : found) {
      String id = r.get("id").asString();
      present.add(id);
      List<String> still = r.get("blockers").asList(v -> v.asString());
      if (still.isEmpty()) {
        rows.add(Map.of("id", id));
      } else {
        w.reject(id, "still used by " + String.join(", ", still) + "; remove it from them first");
      }
    }
    missing(
        label.toLowerCase(java.util.Locale.ROOT),
        ids.stream().filter(id -> !present.contains(id)).toList());
    w.run("UNWIND $rows AS row MATCH (n:%s {id: row.id}) DETACH DELETE n".formatted(label), rows);
  }

  private List<String> claimsMissing(List<Map<String, Object>> claims) {
    List<String> missing = new ArrayList<>();
    for (Record r :
        w.tx.list(
            """
            UNWIND $rows AS row
            OPTIONAL MATCH (:Control {id: row.control})-[s:SATISFIES]->(:Requirement {id: row.requirement})
            WITH row, s WHERE s IS NULL
            RETURN row.control + ' -> ' + row.requirement AS claim""",
            Map.of("rows", claims))) {
      missing.add(r.get("claim").asString());
    }
    return missing;
  }

  private void missing(String what, List<String> ids) {
    ids.forEach(id -> w.reject(id, "no such " + what));
  }
}
