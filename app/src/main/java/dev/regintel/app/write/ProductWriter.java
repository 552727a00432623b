package dev.regintel.app.write;

import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes what vendors and curators own: controls and their claims ({@code SATISFIES}), suppliers
 * and devices with their links. Each node has one owner, the file or key that writes it, so a write
 * replaces the node's properties and links (nulls remove) and records no history. Crawlers never
 * write these: a crawled record of this kind is rejected.
 */
final class ProductWriter {

  private final WriteTx w;

  ProductWriter(WriteTx w) {
    this.w = w;
  }

  void controls(List<ControlWrite> records) {
    w.run(
        """
        UNWIND $rows AS row MERGE (c:Control {id: row.id})
        ON CREATE SET c.ownerKeyId = $owner SET c += row.props""",
        rows(records, ControlWrite::id, ControlWrite::provenance, ControlWrite::properties));
  }

  void satisfies(List<SatisfiesWrite> records) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SatisfiesWrite s : owned(records, s -> s.controlId() + " -> " + s.requirementId())) {
      Map<String, Object> props = new HashMap<>(WriteTx.provenance(s.provenance()));
      props.putAll(s.properties());
      rows.add(Map.of("control", s.controlId(), "requirement", s.requirementId(), "props", props));
    }
    w.run(
        """
        UNWIND $rows AS row
        MATCH (c:Control {id: row.control}) MATCH (r:Requirement {id: row.requirement})
        MERGE (c)-[s:SATISFIES]->(r) SET s += row.props""",
        rows);
  }

  void suppliers(List<SupplierWrite> records) {
    w.run(
        """
        UNWIND $rows AS row MERGE (s:Supplier {id: row.id})
        ON CREATE SET s.ownerKeyId = $owner SET s += row.props""",
        rows(records, SupplierWrite::id, SupplierWrite::provenance, SupplierWrite::properties));
  }

  void devices(List<DeviceWrite> records) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DeviceWrite d : owned(records, DeviceWrite::id)) {
      Map<String, Object> prov = WriteTx.provenance(d.provenance());
      Map<String, Object> props = new HashMap<>(prov);
      props.putAll(d.properties());
      Map<String, Object> row = new HashMap<>();
      row.put("id", d.id());
      row.put("props", props);
      row.put("prov", prov);
      row.put("supplier", d.supplier());
      row.put("controls", d.controls());
      row.put("markets", d.markets());
      rows.add(row);
    }
    w.run(
        """
        UNWIND $rows AS row MERGE (d:Device {id: row.id})
        ON CREATE SET d.ownerKeyId = $owner SET d += row.props""",
        rows);
    w.run(
        """
        UNWIND $rows AS row
        MATCH (d:Device {id: row.id})
        OPTIONAL MATCH (d)<-[old:SUPPLIES]-(o:Supplier) WHERE o.id <> coalesce(row.supplier, '')
        DELETE old
        WITH DISTINCT d, row WHERE row.supplier IS NOT NULL
        MATCH (s:Supplier {id: row.supplier})
        MERGE (s)-[r:SUPPLIES]->(d) SET r += row.prov""",
        rows);
    w.run(
        """
        UNWIND $rows AS row
        MATCH (d:Device {id: row.id})
        OPTIONAL MATCH (d)-[old:IMPLEMENTS]->(o:Control) WHERE NOT o.id IN row.controls
        DELETE old
        WITH DISTINCT d, row
        UNWIND row.controls AS controlId
        MATCH (c:Control {id: controlId})
        MERGE (d)-[r:IMPLEMENTS]->(c) SET r += row.prov""",
        rows);
    w.run(
        """
        UNWIND $rows AS row
        MATCH (d:Device {id: row.id})
        OPTIONAL MATCH (d)-[old:MARKETED_IN]->(o:Jurisdiction) WHERE NOT o.code IN row.markets
        DELETE old
        WITH DISTINCT d, row
        UNWIND row.markets AS code
        MATCH (j:Jurisdiction {code: code})
        MERGE (d)-[r:MARKETED_IN]->(j) SET r += row.prov""",
        rows);
  }

  /**
   * The records an owner may write, as rows of {@code id} and {@code props} (provenance and
   * properties); the others are rejected.
   */
  <T> List<Map<String, Object>> rows(
      List<T> records,
      Function<T, String> id,
      Function<T, Provenance> provenance,
      Function<T, Map<String, Object>> properties) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (T record : owned(records, id)) {
      Map<String, Object> props = new HashMap<>(WriteTx.provenance(provenance.apply(record)));
      props.putAll(properties.apply(record));
      rows.add(Map.of("id", id.apply(record), "props", props));
    }
    return rows;
  }

  /** The records, when their writer may own them: anyone but a crawler. */
  <T> List<T> owned(List<T> records, Function<T, String> id) {
    List<T> owned = new ArrayList<>();
    for (T record : records) {
      if (w.origin == Method.CRAWL) {
        w.reject(id.apply(record), "a crawl writes documents and requirements only");
      } else {
        owned.add(record);
      }
    }
    return owned;
  }
}
