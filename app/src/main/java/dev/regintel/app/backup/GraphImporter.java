package dev.regintel.app.backup;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.write.GraphChanged;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Restores a backup into an empty graph. The file is read twice: first validated in full (header,
 * format version, schema version, every line against the ontology, the counts against the header),
 * so a bad file changes nothing; then written in batches ({@code UNWIND}), one write transaction
 * per batch. Should a batch fail (a relationship naming a node the file lacks, a duplicate key),
 * what was written is deleted again, leaving the graph empty. A restore is not a domain write: it
 * bypasses the graph writer and puts back exactly what was exported, then moves the graph's
 * generation on ({@link GraphChanged}) so derived data (the search index) is rebuilt.
 */
@Service
public class GraphImporter {

  /** Rows per {@code UNWIND} (and write transaction). */
  static final int BATCH = 1000;

  private final Graph graph;
  private final ApplicationEventPublisher events;

  public GraphImporter(Graph graph, ApplicationEventPublisher events) {
    this.graph = graph;
    this.events = events;
  }

  /** What a restore put in the graph. */
  public record Restored(long nodes, long relationships, long generation) {}

  /**
   * Validates {@code file} and restores it.
   *
   * @param replace delete what the graph holds first (said on {@code out}); without it a graph that
   *     is not empty is refused
   * @throws RegintelException naming the line for a bad file, or the count for a non-empty graph;
   *     the graph is then unchanged
   */
  public Restored restore(Path file, boolean replace, PrintStream out) {
    GraphCensus census = new GraphCensus(graph);
    BackupHeader header = validate(file, census.schemaVersion());
    long nodes = census.dataNodes();
    if (nodes > 0) {
      if (!replace) {
        throw new RegintelException(
            "the graph is not empty: it holds "
                + nodes
                + " nodes; a backup is restored into an empty graph (--replace deletes them"
                + " first)");
      }
      out.println(
          "Replacing the graph: deleting its "
              + nodes
              + " nodes and "
              + census.dataRelationships()
              + " relationships");
      wipe();
    }
    try {
      write(file);
    } catch (RuntimeException e) {
      wipe();
      throw new RegintelException("restore failed, the graph is left empty: " + e.getMessage(), e);
    }
    long generation = GraphChanged.announce(graph, events).generation();
    return new Restored(header.nodeCount(), header.relationshipCount(), generation);
  }

  /**
   * Reads the whole file and checks it, writing nothing.
   *
   * @return its header
   */
  BackupHeader validate(Path file, String schemaVersion) {
    try (BackupReader reader = new BackupReader(file)) {
      BackupHeader header = reader.header();
      if (!header.schemaVersion().equals(schemaVersion)) {
        throw reader.fail(
            "the backup is of graph schema version "
                + header.schemaVersion()
                + ", this graph's is "
                + schemaVersion
                + "; restore it with the regintel that wrote it ("
                + header.regintelVersion()
                + ")");
      }
      Map<String, Long> nodes = new HashMap<>();
      Map<String, Long> relationships = new HashMap<>();
      for (BackupLine line = reader.next(); line != null; line = reader.next()) {
        switch (line) {
          case BackupLine.Node n -> {
            if (!relationships.isEmpty()) {
              throw reader.fail("a node after the relationships; nodes come first");
            }
            nodes.merge(n.label().name(), 1L, Long::sum);
          }
          case BackupLine.Relationship r -> relationships.merge(r.type().name(), 1L, Long::sum);
        }
      }
      if (!counts(header.nodes()).equals(nodes)
          || !counts(header.relationships()).equals(relationships)) {
        throw reader.fail(
            "the file ends here with "
                + sum(nodes)
                + " nodes and "
                + sum(relationships)
                + " relationships, but its header counts "
                + header.nodeCount()
                + " and "
                + header.relationshipCount()
                + ": it is truncated or was edited");
      }
      return header;
    }
  }

  private static Map<String, Long> counts(Map<String, Long> header) {
    Map<String, Long> out = new HashMap<>(header);
    out.values().removeIf(n -> n == 0);
    return out;
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private void write(Path file) {
    Map<String, List<BackupLine>> pending = new LinkedHashMap<>();
    boolean nodesWritten = false;
    try (BackupReader reader = new BackupReader(file)) {
      reader.header();
      for (BackupLine line = reader.next(); line != null; line = reader.next()) {
        if (line instanceof BackupLine.Relationship && !nodesWritten) {
          // Every node must be in before relationships look their ends up.
          pending.values().forEach(this::flush);
          pending.clear();
          nodesWritten = true;
        }
        String group =
            switch (line) {
              case BackupLine.Node n -> n.label().name();
              case BackupLine.Relationship r ->
                  r.type() + " " + r.startLabel() + " " + r.endLabel();
            };
        List<BackupLine> batch = pending.computeIfAbsent(group, g -> new ArrayList<>());
        batch.add(line);
        if (batch.size() >= BATCH) {
          flush(batch);
        }
      }
    }
    pending.values().forEach(this::flush);
  }

  private void flush(List<BackupLine> batch) {
    if (batch.isEmpty()) {
      return;
    }
    switch (batch.getFirst()) {
      case BackupLine.Node n -> writeNodes(n, batch);
      case BackupLine.Relationship r -> writeRelationships(r, batch);
    }
    batch.clear();
  }

  private void writeNodes(BackupLine.Node first, List<BackupLine> batch) {
    List<Map<String, Object>> rows = new ArrayList<>();
    batch.forEach(line -> rows.add(((BackupLine.Node) line).properties()));
    graph.write(
        tx ->
            tx.run(
                "UNWIND $rows AS row CREATE (n:" + first.label() + ") SET n = row",
                Map.of("rows", rows)));
  }

  private void writeRelationships(BackupLine.Relationship first, List<BackupLine> batch) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BackupLine line : batch) {
      BackupLine.Relationship r = (BackupLine.Relationship) line;
      rows.add(Map.of("s", r.startKey(), "e", r.endKey(), "p", r.properties()));
    }
    long created =
        graph.write(
            tx ->
                tx.list(
                        "UNWIND $rows AS row MATCH (a:"
                            + first.startLabel()
                            + " {"
                            + BackupFormat.keyOf(first.startLabel())
                            + ": row.s}) MATCH (b:"
                            + first.endLabel()
                            + " {"
                            + BackupFormat.keyOf(first.endLabel())
                            + ": row.e}) CREATE (a)-[r:"
                            + first.type()
                            + "]->(b) SET r = row.p RETURN count(r) AS n",
                        Map.of("rows", rows))
                    .getFirst()
                    .get("n")
                    .asLong());
    if (created != rows.size()) {
      throw new RegintelException(
          (rows.size() - created)
              + " of the "
              + first.type()
              + " relationships from line "
              + first.number()
              + " on name a start or end node the file does not hold");
    }
  }

  /** Deletes every node of the graph's data (not the migration records), a batch at a time. */
  private void wipe() {
    long deleted;
    do {
      deleted =
          graph.write(
              tx ->
                  tx.list(
                          "MATCH (n) WHERE "
                              + BackupFormat.NOT_MIGRATION
                              + " WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n",
                          Map.of())
                      .getFirst()
                      .get("n")
                      .asLong());
    } while (deleted > 0);
  }
}
