package dev.regintel.app.write;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;

/**
 * Who may change a supplier, device or control through the API: the key that created it. Curated
 * and imported products carry no owner, so only curators change them; a claim belongs to its
 * control's owner. Checked inside the write's transaction, before anything is written.
 */
final class KeyOwnership {

  private KeyOwnership() {}

  /**
   * Forbids every record of {@code writes} that touches a node another key (or no key) owns.
   *
   * @return true when nothing is forbidden
   */
  static boolean check(WriteTx w, Writes writes) {
    Set<String> ids = new LinkedHashSet<>();
    writes.suppliers.forEach(s -> ids.add(s.id()));
    writes.devices.forEach(d -> ids.add(d.id()));
    writes.controls.forEach(c -> ids.add(c.id()));
    writes.satisfies.forEach(s -> ids.add(s.controlId()));
    writes.deletions.forEach(d -> ids.add(d.id()));
    if (ids.isEmpty()) {
      return true;
    }
    List<Record> owners =
        w.tx.list(
            """
            UNWIND $ids AS id
            CALL (id) {
              MATCH (n:Supplier {id: id}) RETURN n
              UNION
              MATCH (n:Device {id: id}) RETURN n
              UNION
              MATCH (n:Control {id: id}) RETURN n
            }
            RETURN n.id AS id, n.ownerKeyId AS owner""",
            Map.of("ids", List.copyOf(ids)));
    boolean allowed = true;
    for (Record r : owners) {
      String owner = r.get("owner").asString(null);
      if (!w.owner.equals(owner)) {
        allowed = false;
        w.forbid(
            r.get("id").asString(),
            owner == null
                ? "curated or imported data, which only a curator changes"
                : "owned by another API key");
      }
    }
    return allowed;
  }
}
