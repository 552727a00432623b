package dev.regintel.app.backup;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.ontology.Label;
import dev.regintel.ontology.RelType;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a backup one line at a time (gzip when the name ends in {@code .gz}), so a file of any size
 * is read in constant memory. Every failure is a {@link RegintelException} naming the file and the
 * line.
 */
final class BackupReader implements Closeable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path file;
  private final BufferedReader in;
  private long number;

  BackupReader(Path file) {
    this.file = file;
    try {
      InputStream raw = Files.newInputStream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        raw = new GZIPInputStream(raw, 1 << 16);
      }
      this.in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new RegintelException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The header, which must be the first line. */
  BackupHeader header() {
    JsonNode json = nextJson();
    if (json == null) {
      throw fail("the file is empty; a backup starts with its header line");
    }
    try {
      return BackupHeader.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage());
    }
  }

  /** The next data line, or null at the end of the file. */
  BackupLine next() {
    JsonNode json = nextJson();
    if (json == null) {
      return null;
    }
    try {
      return switch (json.path("kind").asString("")) {
        case "node" -> node(json);
        case "relationship" -> relationship(json);
        default ->
            throw new IllegalArgumentException(
                "\"kind\" must be \"node\" or \"relationship\", not " + json.path("kind"));
      };
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage());
    }
  }

  /** The number of the line read last. */
  long lineNumber() {
    return number;
  }

  /** A failure at the line read last. */
  RegintelException fail(String message) {
    return new RegintelException(file + " line " + number + ": " + message);
  }

  private BackupLine.Node node(JsonNode json) {
    Label label = label(json.path("label").asString(""));
    String key = key(json.get("key"), "key");
    Map<String, Object> properties = PropertyCodec.decode(json.get("properties"));
    String keyProperty = BackupFormat.keyOf(label);
    if (!key.equals(properties.get(keyProperty))) {
      throw new IllegalArgumentException(
          "the node's property '" + keyProperty + "' must be its key '" + key + "'");
    }
    return new BackupLine.Node(number, label, key, properties);
  }

  private BackupLine.Relationship relationship(JsonNode json) {
    String typeName = json.path("type").asString("");
    RelType type =
        BackupFormat.relType(typeName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "relationship type '" + typeName + "' is not in the ontology"));
    JsonNode start = json.path("start");
    JsonNode end = json.path("end");
    return new BackupLine.Relationship(
        number,
        type,
        label(start.path("label").asString("")),
        key(start.get("key"), "start key"),
        label(end.path("label").asString("")),
        key(end.get("key"), "end key"),
        PropertyCodec.decode(json.get("properties")));
  }

  private static Label label(String name) {
    return BackupFormat.label(name)
        .orElseThrow(
            () -> new IllegalArgumentException("label '" + name + "' is not in the ontology"));
  }

  private static String key(JsonNode key, String what) {
    if (key == null || !key.isString() || key.stringValue().isEmpty()) {
      throw new IllegalArgumentException("the " + what + " must be a non-empty string");
    }
    return key.stringValue();
  }

  private JsonNode nextJson() {
    String line;
    try {
      line = in.readLine();
    } catch (EOFException e) {
      number++;
      throw fail("the file is cut off (its compressed data ends early)");
    } catch (IOException e) {
      number++;
      throw fail("cannot be read: " + e.getMessage());
    }
    if (line == null) {
      return null;
    }
    number++;
    try {
      JsonNode json = JSON.readTree(line);
      if (json == null || !json.isObject()) {
        throw fail("not a JSON object");
      }
      return json;
    } catch (JacksonException e) {
      throw fail("not valid JSON: " + e.getOriginalMessage());
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new RegintelException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
