package dev.regintel.app.coverage;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NIST's OSCAL 1.1.2 component-definition JSON Schema (a copy in {@code
 * src/test/resources/coverage-export/}, see its README), as a validator.
 */
final class OscalSchema {

  private static final Schema SCHEMA = load();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private OscalSchema() {}

  /** The schema's complaints about a JSON document; empty when it is valid. */
  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /**
   * The values of the property {@code name} of every implemented requirement of the first component
   * of an OSCAL component-definition, in order.
   */
  static List<String> implementedProps(String json, String name) {
    List<String> values = new ArrayList<>();
    JSON.readTree(json)
        .at("/component-definition/components/0/control-implementations")
        .forEach(
            i ->
                i.get("implemented-requirements")
                    .forEach(r -> r.get("props").forEach(p -> add(values, p, name))));
    return values;
  }

  private static void add(List<String> values, JsonNode prop, String name) {
    if (prop.get("name").asString().equals(name)) {
      values.add(prop.get("value").asString());
    }
  }

  static String resource(String name) {
    try (InputStream in = OscalSchema.class.getResourceAsStream("/coverage-export/" + name)) {
      if (in == null) {
        throw new IllegalStateException("coverage-export/" + name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    return registry.getSchema(resource("oscal_component_schema.json"), InputFormat.JSON);
  }
}
