package dev.regintel.app.backup;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.Label;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the whole graph as a backup file. Memory stays constant whatever the graph's size: nodes
 * are read a page at a time per label in key order (each page starts after the last key of the one
 * before, using the label's uniqueness index), relationships a page of start nodes at a time, and
 * each line is written as soon as it is read. The file appears only when complete.
 */
@Service
public class GraphExporter {

  /** Nodes per read. */
  static final int NODE_PAGE = 1000;

  /** Start nodes per read of relationships (each brings all its outgoing relationships). */
  static final int START_PAGE = 200;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Graph graph;
  private final String regintelVersion;

  @Autowired
  public GraphExporter(Graph graph, ObjectProvider<BuildProperties> build) {
    this(graph, build.stream().map(BuildProperties::getVersion).findFirst().orElse("unknown"));
  }

  GraphExporter(Graph graph, String regintelVersion) {
    this.graph = graph;
    this.regintelVersion = regintelVersion;
  }

  /**
   * Exports the graph to {@code out} (gzip when its name ends in {@code .gz}), replacing it.
   *
   * @return the header written: the counts per label and per type
   * @throws RegintelException when the graph holds something outside the ontology, the graph
   *     changed while it was read, or the file cannot be written; {@code out} is then untouched
   */
  public BackupHeader export(Path out) {
    BackupHeader header = new GraphCensus(graph).count(regintelVersion, Instant.now().toString());
    Path absolute = out.toAbsolutePath();
    Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    try {
      try (BufferedWriter writer = open(partial)) {
        line(writer, header.toJson());
        Map<String, Long> nodes = new HashMap<>();
        Map<String, Long> relationships = new HashMap<>();
        for (Label label : Label.values()) {
          nodes.put(label.name(), writeNodes(writer, label));
        }
        for (Label label : Label.values()) {
          writeRelationships(writer, label, relationships);
        }
        checkUnchanged(header, nodes, relationships);
      }
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      return header;
    } catch (IOException e) {
      throw new RegintelException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // The export's own error (or none) matters more than a leftover temporary file.
      }
    }
  }

  private static BufferedWriter open(Path file) throws IOException {
    OutputStream raw = Files.newOutputStream(file);
    if (file.getFileName().toString().endsWith(".gz.partial")) {
      raw = new GZIPOutputStream(raw, 1 << 16);
    }
    return new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
  }

  private long writeNodes(BufferedWriter writer, Label label) throws IOException {
    String key = "n." + BackupFormat.keyOf(label);
    String match = "MATCH (n:" + label + ")";
    String rest =
        " RETURN " + key + " AS key, properties(n) AS props ORDER BY " + key + " LIMIT $page";
    long written = 0;
    String after = null;
    while (true) {
      List<Record> page =
          after == null
              ? graph.read(match + rest, Map.of("page", NODE_PAGE))
              : graph.read(
                  match + " WHERE " + key + " > $after" + rest,
                  Map.of("page", NODE_PAGE, "after", after));
      for (Record row : page) {
        ObjectNode line = JSON.createObjectNode();
        line.put("kind", "node");
        line.put("label", label.name());
        line.put("key", row.get("key").asString());
        line.set("properties", encode(row, label + " " + row.get("key").asString()));
        line(writer, line);
        after = row.get("key").asString();
        written++;
      }
      if (page.size() < NODE_PAGE) {
        return written;
      }
    }
  }

  private void writeRelationships(
      BufferedWriter writer, Label label, Map<String, Long> relationships) throws IOException {
    String key = "a." + BackupFormat.keyOf(label);
    String match = "MATCH (a:" + label + ")";
    String rest =
        " WITH a ORDER BY "
            + key
            + " LIMIT $page OPTIONAL MATCH (a)-[r]->(b) RETURN "
            + key
            + " AS key, type(r) AS type, labels(b) AS endLabels, "
            + BackupFormat.keyExpression("b")
            + " AS endKey, properties(r) AS props ORDER BY key, type, endKey";
    String after = null;
    while (true) {
      List<Record> rows =
          after == null
              ? graph.read(match + rest, Map.of("page", START_PAGE))
              : graph.read(
                  match + " WHERE " + key + " > $after" + rest,
                  Map.of("page", START_PAGE, "after", after));
      long starts = 0;
      for (Record row : rows) {
        String start = row.get("key").asString();
        if (!start.equals(after)) {
          starts++;
          after = start;
        }
        if (!row.get("type").isNull()) {
          writeRelationship(writer, label, start, row);
          relationships.merge(row.get("type").asString(), 1L, Long::sum);
        }
      }
      if (starts < START_PAGE) {
        return;
      }
    }
  }

  private void writeRelationship(BufferedWriter writer, Label label, String start, Record row)
      throws IOException {
    String type = row.get("type").asString();
    List<Object> endLabels = row.get("endLabels").asList();
    String what = type + " from " + label + " " + start;
    if (BackupFormat.relType(type).isEmpty()) {
      throw new RegintelException(
          "relationship " + what + ": type '" + type + "' is not in the ontology");
    }
    if (endLabels.size() != 1 || BackupFormat.label((String) endLabels.getFirst()).isEmpty()) {
      throw new RegintelException(
          "relationship "
              + what
              + " ends at a node labelled "
              + endLabels
              + ", not in the ontology");
    }
    ObjectNode line = JSON.createObjectNode();
    line.put("kind", "relationship");
    line.put("type", type);
    ObjectNode from = line.putObject("start");
    from.put("label", label.name());
    from.put("key", start);
    ObjectNode to = line.putObject("end");
    to.put("label", (String) endLabels.getFirst());
    to.put("key", row.get("endKey").asString());
    line.set("properties", encode(row, what));
    line(writer, line);
  }

  private static ObjectNode encode(Record row, String what) {
    try {
      return PropertyCodec.encode(row.get("props").asMap());
    } catch (IllegalArgumentException e) {
      throw new RegintelException(what + ": " + e.getMessage(), e);
    }
  }

  private static void line(BufferedWriter writer, ObjectNode json) throws IOException {
    writer.write(JSON.writeValueAsString(json));
    writer.write('\n');
  }

  private static void checkUnchanged(
      BackupHeader header, Map<String, Long> nodes, Map<String, Long> relationships) {
    for (Map.Entry<String, Long> e : header.nodes().entrySet()) {
      compare(e.getKey() + " nodes", e.getValue(), nodes.getOrDefault(e.getKey(), 0L));
    }
    for (Map.Entry<String, Long> e : header.relationships().entrySet()) {
      compare(
          e.getKey() + " relationships", e.getValue(), relationships.getOrDefault(e.getKey(), 0L));
    }
  }

  private static void compare(String what, long counted, long written) {
    if (counted != written) {
      throw new RegintelException(
          "the graph changed while it was exported ("
              + what
              + ": "
              + counted
              + " counted, "
              + written
              + " read); export again when nothing writes to it");
    }
  }
}
