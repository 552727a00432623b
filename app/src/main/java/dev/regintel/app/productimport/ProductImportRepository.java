package dev.regintel.app.productimport;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.productimport.GraphLookup.Ask;
import dev.regintel.app.productimport.GraphLookup.Coded;
import dev.regintel.app.productimport.GraphLookup.Found;
import dev.regintel.app.productimport.GraphLookup.Requirement;
import dev.regintel.app.productimport.GraphLookup.Stored;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Everything a product file refers to, looked up in one statement: requirements by id, documents by
 * id or code (with the requirements asked for in them), the controls, devices and suppliers it
 * writes or names (with who wrote them), and its markets.
 */
@Repository
class ProductImportRepository {

  private static final String LOOKUP =
      """
      CALL () {
        UNWIND $requirements AS id
        MATCH (r:Requirement {id: id})
        RETURN collect({id: r.id, withdrawn: coalesce(r.withdrawn, false)}) AS requirements
      }
      CALL () {
        UNWIND $documents AS id
        MATCH (d:Document {id: id})
        RETURN collect(d.id) AS documents
      }
      CALL () {
        UNWIND $codes AS k
        MATCH (d:Document {codeKey: k.code})
        WHERE k.version IS NULL OR coalesce(d.versionKey, '') = k.version
        OPTIONAL MATCH (d)-[:HAS_REQUIREMENT]->(r:Requirement)
          WHERE r.refKey IN k.refKeys
        WITH k, d, collect(CASE WHEN r IS NULL THEN NULL
          ELSE {refKey: r.refKey, id: r.id, withdrawn: coalesce(r.withdrawn, false)} END) AS found
        RETURN collect({key: k.key, id: d.id, name: d.code + coalesce(' ' + d.version, ''),
          requirements: found}) AS coded
      }
      CALL () {
        UNWIND $controls AS id
        MATCH (c:Control {id: id})
        OPTIONAL MATCH (c)-[:SATISFIES]->(r:Requirement)
        WITH c, collect(r.id) AS claims
        RETURN collect({id: c.id, method: c.srcMethod, url: c.srcUrl, claims: claims}) AS controls
      }
      CALL () {
        UNWIND $devices AS id
        MATCH (n:Device {id: id})
        RETURN collect({id: n.id, method: n.srcMethod, url: n.srcUrl, claims: []}) AS devices
      }
      CALL () {
        UNWIND $suppliers AS id
        MATCH (n:Supplier {id: id})
        RETURN collect({id: n.id, method: n.srcMethod, url: n.srcUrl, claims: []}) AS suppliers
      }
      CALL () {
        UNWIND $markets AS code
        MATCH (j:Jurisdiction {code: code})
        RETURN collect(j.code) AS jurisdictions
      }
      RETURN requirements, documents, coded, controls, devices, suppliers, jurisdictions""";

  private final Graph graph;

  ProductImportRepository(Graph graph) {
    this.graph = graph;
  }

  /** The answers, read on their own (a dry run). */
  Found find(Ask ask) {
    return found(graph.read(LOOKUP, parameters(ask)).getFirst());
  }

  /** The answers, read inside the transaction that then writes, so that nothing moves between. */
  Found find(Graph.Tx tx, Ask ask) {
    return found(tx.list(LOOKUP, parameters(ask)).getFirst());
  }

  private static Map<String, Object> parameters(Ask ask) {
    return Map.of(
        "requirements", ask.requirements(),
        "documents", ask.documents(),
        "codes", ask.codes(),
        "controls", ask.controls(),
        "devices", ask.devices(),
        "suppliers", ask.suppliers(),
        "markets", ask.markets());
  }

  private static Found found(Record row) {
    Map<String, Boolean> requirements = new HashMap<>();
    for (Value r : row.get("requirements").values()) {
      requirements.put(r.get("id").asString(), r.get("withdrawn").asBoolean());
    }
    Map<String, List<Coded>> coded = new HashMap<>();
    for (Value d : row.get("coded").values()) {
      Map<String, Requirement> found = new HashMap<>();
      for (Value r : d.get("requirements").values()) {
        found.put(
            r.get("refKey").asString(),
            new Requirement(r.get("id").asString(), r.get("withdrawn").asBoolean()));
      }
      coded
          .computeIfAbsent(d.get("key").asString(), k -> new ArrayList<>())
          .add(new Coded(d.get("id").asString(), d.get("name").asString(), found));
    }
    return new Found(
        requirements,
        strings(row.get("documents")),
        coded,
        stored(row.get("controls")),
        stored(row.get("devices")),
        stored(row.get("suppliers")),
        strings(row.get("jurisdictions")));
  }

  private static Map<String, Stored> stored(Value nodes) {
    Map<String, Stored> stored = new HashMap<>();
    for (Value n : nodes.values()) {
      stored.put(
          n.get("id").asString(),
          new Stored(
              n.get("method").asString(null),
              n.get("url").asString(null),
              n.get("claims").asList(Value::asString)));
    }
    return stored;
  }

  private static Set<String> strings(Value list) {
    return new HashSet<>(list.asList(Value::asString));
  }
}
