package dev.regintel.app.write;

import dev.regintel.app.write.ReferenceWrites.ApplicabilityRule;
import dev.regintel.app.write.ReferenceWrites.Jurisdiction;
import dev.regintel.app.write.ReferenceWrites.Publisher;
import dev.regintel.app.write.ReferenceWrites.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the reference data (jurisdictions, publishers, applicability rules, glossary terms) and
 * the mappings between requirements. Like products, each is owned by its curator: a write replaces
 * its properties and links, and crawlers may not write them.
 */
final class ReferenceWriter {

  private final WriteTx w;
  private final ProductWriter owner;

  ReferenceWriter(WriteTx w, ProductWriter owner) {
    this.w = w;
    this.owner = owner;
  }

  void jurisdictions(List<Jurisdiction> records) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> partOf = new ArrayList<>();
    for (Jurisdiction j : owner.owned(records, Jurisdiction::code)) {
      Map<String, Object> props = new HashMap<>(WriteTx.provenance(j.provenance()));
      props.putAll(j.properties());
      rows.add(Map.of("code", j.code(), "props", props));
      if (j.parent() != null) {
        partOf.add(
            Map.of(
                "code",
                j.code(),
                "parent",
                j.parent(),
                "prov",
                WriteTx.provenance(j.provenance())));
      }
    }
    w.run("UNWIND $rows AS row MERGE (j:Jurisdiction {code: row.code}) SET j += row.props", rows);
    w.run(
        """
        UNWIND $rows AS row
        MATCH (j:Jurisdiction {code: row.code}) MATCH (p:Jurisdiction {code: row.parent})
        MERGE (j)-[r:PART_OF]->(p) SET r += row.prov""",
        partOf);
  }

  void publishers(List<Publisher> records) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Publisher p : owner.owned(records, Publisher::id)) {
      Map<String, Object> prov = WriteTx.provenance(p.provenance());
      Map<String, Object> props = new HashMap<>(prov);
      props.putAll(p.properties());
      Map<String, Object> row = new HashMap<>();
      row.put("id", p.id());
      row.put("props", props);
      row.put("code", p.jurisdiction());
      row.put("prov", prov);
      rows.add(row);
    }
    w.run("UNWIND $rows AS row MERGE (p:Publisher {id: row.id}) SET p += row.props", rows);
    w.run(
        """
        UNWIND $rows AS row
        WITH row WHERE row.code IS NOT NULL
        MATCH (p:Publisher {id: row.id})
        OPTIONAL MATCH (p)-[old:BASED_IN]->(o:Jurisdiction) WHERE o.code <> row.code
        DELETE old
        WITH DISTINCT p, row
        MATCH (j:Jurisdiction {code: row.code})
        MERGE (p)-[r:BASED_IN]->(j) SET r += row.prov""",
        rows);
  }

  void rules(List<ApplicabilityRule> records) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ApplicabilityRule r : owner.owned(records, ApplicabilityRule::id)) {
      Map<String, Object> prov = WriteTx.provenance(r.provenance());
      Map<String, Object> props = new HashMap<>(prov);
      props.putAll(r.properties());
      rows.add(Map.of("id", r.id(), "document", r.document(), "props", props, "prov", prov));
    }
    w.run(
        """
        UNWIND $rows AS row
        MERGE (r:ApplicabilityRule {id: row.id}) SET r += row.props
        WITH r, row
        OPTIONAL MATCH (r)-[old:MAKES_APPLICABLE]->(o:Document) WHERE o.id <> row.document
        DELETE old
        WITH DISTINCT r, row
        MATCH (d:Document {id: row.document})
        MERGE (r)-[m:MAKES_APPLICABLE]->(d) SET m += row.prov""",
        rows);
  }

  void mappings(List<MappingWrite> records) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MappingWrite m : owner.owned(records, x -> x.from() + " -> " + x.to())) {
      if (m.from().equals(m.to())) {
        w.reject(m.from(), "a mapping cannot go from a requirement to itself");
        continue;
      }
      Map<String, Object> props = new HashMap<>(WriteTx.provenance(m.provenance()));
      props.putAll(m.properties());
      rows.add(Map.of("from", m.from(), "to", m.to(), "props", props));
    }
    w.run(
        """
        UNWIND $rows AS row
        MATCH (a:Requirement {id: row.from}) MATCH (b:Requirement {id: row.to})
        MERGE (a)-[m:MAPS_TO]->(b) SET m += row.props""",
        rows);
  }

  void terms(List<Term> records) {
    w.run(
        "UNWIND $rows AS row MERGE (t:Term {id: row.id}) SET t += row.props",
        owner.rows(records, Term::id, Term::provenance, Term::properties));
  }
}
