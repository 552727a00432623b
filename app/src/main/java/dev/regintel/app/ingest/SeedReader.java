package dev.regintel.app.ingest;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.regintel.app.internal.RegintelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds seed files, parses them (YAML or JSON) and validates each against the seed JSON Schema for
 * its kind. It never touches the graph.
 */
final class SeedReader {

  /**
   * Folders under a seed root that hold no seed files: the schema, stored copies of crawled pages,
   * and the OSCAL catalogs that {@code oscal-catalog} files import (JSON that is not seed data).
   */
  private static final Set<String> SKIPPED_DIRS = Set.of("schema", "snapshots", "oscal");

  private static final int MAX_PROBLEMS_PER_FILE = 20;

  private final YAMLMapper yaml = YAMLMapper.builder().build();
  private final ObjectMapper json = JsonMapper.builder().build();
  private final Map<SeedKind, Schema> schemas = new EnumMap<>(SeedKind.class);

  SeedReader() {
    JsonNode root;
    try (InputStream in = SeedReader.class.getResourceAsStream("/seed-schema/seed.schema.json")) {
      if (in == null) {
        throw new RegintelException("seed.schema.json is missing from the classpath");
      }
      root = json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (SeedKind kind : SeedKind.values()) {
      ObjectNode wrapper = json.createObjectNode();
      wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      wrapper.put("$ref", "#/$defs/" + kind.definition());
      wrapper.set("$defs", root.get("$defs"));
      schemas.put(kind, registry.getSchema(wrapper.toString(), InputFormat.JSON));
    }
  }

  /** A parsed, schema-valid file. */
  record Parsed(Path path, String name, SeedKind kind, JsonNode root) {}

  /** The outcome of reading one file: parsed, or the problems that stop it. */
  record Outcome(Parsed parsed, List<SeedProblem> problems) {}

  /**
   * The seed files under the given paths (files are taken as they are, directories are walked),
   * sorted by path so that every run sees them in the same order.
   */
  List<Path> discover(List<Path> roots) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new RegintelException("No such seed file or directory: " + root.toAbsolutePath());
      }
      if (Files.isRegularFile(root)) {
        files.add(root);
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> isSeedFile(p.getFileName().toString()))
            .filter(
                p ->
                    root.relativize(p).getNameCount() < 2
                        || !SKIPPED_DIRS.contains(root.relativize(p).getName(0).toString()))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new RegintelException(
            "Cannot read the seed directory " + root + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  private static boolean isSeedFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }

  /** Parses and validates one file; {@code name} is how problems name it. */
  Outcome read(Path path, String name) {
    JsonNode root;
    try {
      String text = Files.readString(path);
      root =
          name.toLowerCase(Locale.ROOT).endsWith(".json")
              ? json.readTree(text)
              : yaml.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String location = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      return problem(name, location, "not valid " + syntaxOf(name) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      return problem(name, "", "cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      return problem(name, "", "must be a mapping with a 'kind' (one of " + SeedKind.names() + ")");
    }
    JsonNode kindNode = root.get("kind");
    SeedKind kind = kindNode == null ? null : SeedKind.of(kindNode.asString());
    if (kind == null) {
      return problem(
          name,
          "/kind",
          "must be one of "
              + SeedKind.names()
              + (kindNode == null ? "" : ", not '" + kindNode.asString() + "'"));
    }
    List<Error> errors = schemas.get(kind).validate(root);
    if (!errors.isEmpty()) {
      List<SeedProblem> problems =
          errors.stream()
              .limit(MAX_PROBLEMS_PER_FILE)
              .map(e -> new SeedProblem(name, pointer(e), describe(e)))
              .toList();
      return new Outcome(null, problems);
    }
    return new Outcome(new Parsed(path, name, kind, root), List.of());
  }

  private static String syntaxOf(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
  }

  private static Outcome problem(String name, String location, String message) {
    return new Outcome(null, List.of(new SeedProblem(name, location, message)));
  }

  private static String pointer(Error error) {
    String path = error.getInstanceLocation().toString();
    // NodePath prints "$.a.b[3]"; a JSON pointer reads better next to YAML.
    String pointer =
        path.replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    return pointer.isEmpty() ? "/" : pointer;
  }

  private static String describe(Error error) {
    String message = error.getMessage();
    // The validator prefixes its message with the instance path, which the pointer already gives.
    int colon = message.indexOf(": ");
    if (message.startsWith("$") && colon > 0) {
      message = message.substring(colon + 2);
    }
    return message;
  }
}
