package dev.regintel.app.backup;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first line of a backup: what wrote it, from which graph, and how many nodes per label and
 * relationships per type follow (which is how a file cut off between two lines is recognised).
 */
public record BackupHeader(
    String format,
    int formatVersion,
    String regintelVersion,
    String schemaVersion,
    String exportedAt,
    Map<String, Long> nodes,
    Map<String, Long> relationships) {

  public long nodeCount() {
    return nodes.values().stream().mapToLong(Long::longValue).sum();
  }

  public long relationshipCount() {
    return relationships.values().stream().mapToLong(Long::longValue).sum();
  }

  ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("format", format);
    json.put("formatVersion", formatVersion);
    json.put("regintelVersion", regintelVersion);
    json.put("schemaVersion", schemaVersion);
    json.put("exportedAt", exportedAt);
    ObjectNode n = json.putObject("nodes");
    nodes.forEach(n::put);
    ObjectNode r = json.putObject("relationships");
    relationships.forEach(r::put);
    return json;
  }

  /**
   * The header in {@code json}, checked: this format, a version this build reads, counts.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  static BackupHeader fromJson(JsonNode json) {
    if (!json.isObject() || !BackupFormat.NAME.equals(json.path("format").asString(""))) {
      throw new IllegalArgumentException(
          "not a regintel backup: the first line has no \"format\": \"" + BackupFormat.NAME + "\"");
    }
    int version = json.path("formatVersion").asInt(-1);
    if (version != BackupFormat.VERSION) {
      throw new IllegalArgumentException(
          "format version "
              + json.path("formatVersion")
              + " is not one this regintel reads (it reads version "
              + BackupFormat.VERSION
              + ")");
    }
    return new BackupHeader(
        BackupFormat.NAME,
        version,
        json.path("regintelVersion").asString("unknown"),
        json.path("schemaVersion").asString("none"),
        json.path("exportedAt").asString(""),
        counts(json, "nodes"),
        counts(json, "relationships"));
  }

  private static Map<String, Long> counts(JsonNode json, String member) {
    JsonNode counts = json.get(member);
    if (counts == null || !counts.isObject()) {
      throw new IllegalArgumentException("the header has no \"" + member + "\" counts");
    }
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : counts.properties()) {
      if (!e.getValue().isIntegralNumber() || e.getValue().longValue() < 0) {
        throw new IllegalArgumentException(
            "the header's \"" + member + "\" count of " + e.getKey() + " is not a count");
      }
      out.put(e.getKey(), e.getValue().longValue());
    }
    return out;
  }
}
