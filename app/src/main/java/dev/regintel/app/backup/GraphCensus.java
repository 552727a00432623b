package dev.regintel.app.backup;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.Label;
import dev.regintel.ontology.RelType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * What the graph holds, counted from Neo4j's count store (one cheap read each): nodes per label,
 * relationships per type, the schema version, and whether anything is outside the ontology.
 */
final class GraphCensus {

  private final Graph graph;

  GraphCensus(Graph graph) {
    this.graph = graph;
  }

  /**
   * Nodes per label and relationships per type, every label and type of the ontology named.
   *
   * @throws RegintelException when the graph holds a label or type outside the ontology, a node
   *     with other than one label, or a node without its key
   */
  BackupHeader count(String regintelVersion, String exportedAt) {
    refuseForeignNames();
    Map<String, Long> nodes = new LinkedHashMap<>();
    for (Label label : Label.values()) {
      String key = BackupFormat.keyOf(label);
      long keyless =
          single(
              "MATCH (n:"
                  + label
                  + ") WHERE NOT n."
                  + key
                  + " IS :: STRING NOT NULL"
                  + " RETURN count(n) AS n");
      if (keyless > 0) {
        throw new RegintelException(
            keyless
                + " "
                + label
                + " node(s) have no text '"
                + key
                + "', their key: cannot back up");
      }
      nodes.put(label.name(), single("MATCH (n:" + label + ") RETURN count(n) AS n"));
    }
    Map<String, Long> relationships = new LinkedHashMap<>();
    for (RelType type : RelType.values()) {
      relationships.put(type.name(), single("MATCH ()-[r:" + type + "]->() RETURN count(r) AS n"));
    }
    return new BackupHeader(
        BackupFormat.NAME,
        BackupFormat.VERSION,
        regintelVersion,
        schemaVersion(),
        exportedAt,
        nodes,
        relationships);
  }

  /** The nodes of the graph's data, the migration library's own left out. */
  long dataNodes() {
    return single("MATCH (n) WHERE " + BackupFormat.NOT_MIGRATION + " RETURN count(n) AS n");
  }

  /** The relationships of the graph's data. */
  long dataRelationships() {
    return single(
        "MATCH (n)-[r]->() WHERE " + BackupFormat.NOT_MIGRATION + " RETURN count(r) AS n");
  }

  /** The version of the newest schema migration applied, or {@code none}. */
  String schemaVersion() {
    List<Record> rows =
        graph.read(
            "MATCH (m:"
                + BackupFormat.MIGRATION_PREFIX
                + ") WHERE m.version IS NOT NULL AND m.version <> 'BASELINE'"
                + " RETURN m.version AS version ORDER BY m.version DESC LIMIT 1",
            Map.of());
    return rows.isEmpty() ? "none" : rows.getFirst().get("version").asString();
  }

  private void refuseForeignNames() {
    for (Record row : graph.read("CALL db.labels() YIELD label RETURN label", Map.of())) {
      String label = row.get("label").asString();
      if (!label.startsWith(BackupFormat.MIGRATION_PREFIX)
          && BackupFormat.label(label).isEmpty()
          && single("MATCH (n:" + quoted(label) + ") RETURN count(n) AS n") > 0) {
        throw new RegintelException(
            "the graph has nodes labelled '" + label + "', which is not in the ontology");
      }
    }
    for (Record row :
        graph.read(
            "CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type", Map.of())) {
      String type = row.get("type").asString();
      if (BackupFormat.relType(type).isEmpty()
          && single(
                  "MATCH (n)-[r:"
                      + quoted(type)
                      + "]->() WHERE "
                      + BackupFormat.NOT_MIGRATION
                      + " RETURN count(r) AS n")
              > 0) {
        throw new RegintelException(
            "the graph has relationships of type '" + type + "', which is not in the ontology");
      }
    }
    List<Record> mixed =
        graph.read(
            "MATCH (n) WHERE size(labels(n)) <> 1 AND "
                + BackupFormat.NOT_MIGRATION
                + " RETURN labels(n) AS labels LIMIT 1",
            Map.of());
    if (!mixed.isEmpty()) {
      throw new RegintelException(
          "the graph has a node labelled "
              + mixed.getFirst().get("labels").asList()
              + "; every node of the ontology has exactly one label");
    }
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private long single(String cypher) {
    return graph.read(cypher, Map.of()).getFirst().get("n").asLong();
  }
}
