package dev.regintel.app.write;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.ResultSummary;

/**
 * One {@link GraphWriter#write} in progress: the transaction, the history it records and its
 * tallies. A new one for every attempt, since the driver may run a transaction again.
 */
final class WriteTx {

  final Graph.Tx tx;
  final Method origin;

  /** The API key that owns what this write creates; null for seed loads, crawls and imports. */
  String owner;

  final ChangeLog changes;
  final List<Conflict> conflicts = new ArrayList<>();
  final List<WriteResult.Rejection> rejections = new ArrayList<>();
  int created;
  int updated;
  int unchanged;
  private long nodesCreated;
  private long relationshipsCreated;
  private long propertiesSet;

  WriteTx(Graph.Tx tx, Method origin, Instant at, String runId) {
    this.tx = tx;
    this.origin = origin;
    this.changes = new ChangeLog(at, runId);
  }

  /** Runs a statement for its counters; an empty batch is not sent. */
  void run(String cypher, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("rows", rows);
      // Statements that stamp what they create with its owner read $owner; others ignore it.
      parameters.put("owner", owner);
      count(tx.run(cypher, parameters));
    }
  }

  void run(String cypher, Map<String, Object> parameters) {
    count(tx.run(cypher, parameters));
  }

  List<Record> list(String cypher, Map<String, Object> parameters) {
    return tx.list(cypher, parameters);
  }

  /** The stored properties of the nodes with these ids and this label. */
  Map<String, Map<String, Object>> stored(String label, List<String> ids) {
    Map<String, Map<String, Object>> stored = new HashMap<>();
    if (ids.isEmpty()) {
      return stored;
    }
    for (Record r :
        tx.list(
            "UNWIND $ids AS id MATCH (n:" + label + " {id: id}) RETURN id, properties(n) AS props",
            Map.of("ids", ids))) {
      stored.put(r.get("id").asString(), r.get("props").asMap());
    }
    return stored;
  }

  /** Which of {@code keys} exist as {@code key} of nodes labelled {@code label}. */
  Set<String> existing(String label, String key, List<String> keys) {
    Set<String> found = new HashSet<>();
    List<String> distinct = keys.stream().filter(k -> k != null).distinct().toList();
    if (distinct.isEmpty()) {
      return found;
    }
    for (Record r :
        tx.list(
            "MATCH (n:" + label + ") WHERE n." + key + " IN $keys RETURN n." + key + " AS k",
            Map.of("keys", distinct))) {
      found.add(r.get("k").asString());
    }
    return found;
  }

  void reject(String id, String problem) {
    rejections.add(new WriteResult.Rejection(id, problem));
  }

  void forbid(String id, String problem) {
    rejections.add(new WriteResult.Rejection(id, problem, true));
  }

  /** Provenance as properties of a relationship or an owned node. */
  static Map<String, Object> provenance(Provenance provenance) {
    Map<String, Object> props = new HashMap<>(provenance.toProperties());
    props.putIfAbsent(Provenance.RETRIEVED_KEY, null);
    props.putIfAbsent(Provenance.SHA256_KEY, null);
    return props;
  }

  WriteResult result() {
    int written = changes.write(tx);
    return new WriteResult(
        created,
        updated,
        unchanged,
        nodesCreated,
        relationshipsCreated,
        propertiesSet,
        written,
        conflicts,
        rejections);
  }

  private void count(ResultSummary summary) {
    nodesCreated += summary.counters().nodesCreated();
    relationshipsCreated += summary.counters().relationshipsCreated();
    propertiesSet += summary.counters().propertiesSet();
  }
}
