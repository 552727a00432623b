package dev.regintel.app.write;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.ChangeKind;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Provenance;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history one write records: a {@code :Change} node for every new document or version, status
 * change, comment-period change, other field change, enrichment, and requirement added or changed,
 * with the values before and after and the provenance of the record that made it.
 */
final class ChangeLog {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Instant at;
  private final String runId;
  private final List<Map<String, Object>> rows = new ArrayList<>();

  ChangeLog(Instant at, String runId) {
    this.at = at;
    this.runId = runId;
  }

  /** A node made: nothing before, nothing listed. */
  void created(
      ChangeKind kind, String documentId, String nodeId, String detail, Provenance source) {
    changed(kind, documentId, nodeId, List.of(), Map.of(), Map.of(), detail, source);
  }

  /** Fields changed, with their values before and after. */
  void changed(
      ChangeKind kind,
      String documentId,
      String nodeId,
      List<String> fields,
      Map<String, Object> before,
      Map<String, Object> after,
      String detail,
      Provenance source) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", Ids.CHANGE + UUID.randomUUID());
    row.put("at", at.atZone(ZoneOffset.UTC));
    row.put("kind", kind.name());
    row.put("documentId", documentId);
    row.put("nodeId", nodeId);
    row.put("fields", fields);
    row.put("before", json(before, fields));
    row.put("after", json(after, fields));
    row.put("detail", detail);
    row.put("runId", runId);
    row.putAll(source.toProperties());
    rows.add(row);
  }

  /** Writes the recorded history; returns how many entries. */
  int write(Graph.Tx tx) {
    if (!rows.isEmpty()) {
      tx.run("UNWIND $rows AS row CREATE (c:Change) SET c = row", Map.of("rows", rows));
    }
    return rows.size();
  }

  private static String json(Map<String, Object> values, List<String> fields) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (String f : fields) {
      Object v = values.get(f);
      shown.put(f, v == null ? null : v.toString());
    }
    return JSON.writeValueAsString(shown);
  }
}
