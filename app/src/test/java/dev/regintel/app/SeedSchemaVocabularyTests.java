package dev.regintel.app;

import static dev.regintel.app.VocabularyTests.ROOT;
import static dev.regintel.app.VocabularyTests.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.ApplicabilityScope;
import dev.regintel.ontology.ControlCategory;
import dev.regintel.ontology.DeviceCategory;
import dev.regintel.ontology.DeviceUse;
import dev.regintel.ontology.DocumentKind;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.MappingAuthor;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Rationale;
import dev.regintel.ontology.Relation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed schema ({@code seed-data/schema/seed.schema.json}) speaks the ontology's language: each
 * of its enums that mirrors an ontology value set has exactly its values, and its id patterns start
 * with the ontology's id prefixes.
 */
class SeedSchemaVocabularyTests {

  static final Path SCHEMA = ROOT.resolve("seed-data/schema/seed.schema.json");

  /** Where the schema has an enum (a JSON pointer), and the values it must have. */
  static final Map<String, Set<String>> MIRRORED_ENUMS = mirrored();

  private static Map<String, Set<String>> mirrored() {
    Map<String, Set<String>> enums = new LinkedHashMap<>();
    enums.put("/$defs/provenance/properties/method/enum", names(Method.class));
    enums.put("/$defs/document/properties/kind/enum", names(DocumentKind.class));
    enums.put("/$defs/document/properties/status/enum", names(DocumentStatus.class));
    enums.put("/$defs/requirement/properties/obligation/enum", names(Obligation.class));
    enums.put("/$defs/control/properties/category/enum", names(ControlCategory.class));
    // A SATISFIES edge claims some fulfilment; NONE is only ever computed.
    Set<String> claims = new TreeSet<>(names(Fulfilment.class));
    claims.remove(Fulfilment.NONE.name());
    enums.put("/$defs/satisfaction/properties/fulfilment/enum", claims);
    enums.put("/$defs/mapping/properties/relation/enum", names(Relation.class));
    enums.put("/$defs/mapping/properties/rationale/enum", names(Rationale.class));
    enums.put("/$defs/mapping/properties/madeBy/enum", names(MappingAuthor.class));
    enums.put("/$defs/applicabilityRule/properties/scope/enum", names(ApplicabilityScope.class));
    enums.put("/$defs/deviceCategory/enum", names(DeviceCategory.class));
    enums.put("/$defs/deviceUse/enum", names(DeviceUse.class));
    return enums;
  }

  /** Enums of the file format itself, not of the graph: the kinds of seed file. */
  static final Set<String> FORMAT_ENUMS = Set.of("/properties/kind/enum");

  /** Where the schema defines an id, and the prefix the ontology gives such ids. */
  static final Map<String, String> ID_PATTERNS =
      Map.of(
          "/$defs/documentId/pattern", Ids.DOCUMENT,
          "/$defs/requirementId/pattern", Ids.REQUIREMENT,
          "/$defs/controlId/pattern", Ids.CONTROL,
          "/$defs/deviceId/pattern", Ids.DEVICE,
          "/$defs/supplierId/pattern", Ids.SUPPLIER,
          "/$defs/publisherId/pattern", Ids.PUBLISHER,
          "/$defs/applicabilityRule/properties/id/pattern", Ids.RULE);

  static JsonNode schema;

  @BeforeAll
  static void read() throws IOException {
    schema = JsonMapper.builder().build().readTree(Files.readString(SCHEMA));
  }

  @Test
  void enumsThatMirrorTheOntologyHaveExactlyItsValues() {
    MIRRORED_ENUMS.forEach(
        (pointer, values) ->
            assertThat(schema.at(pointer).values())
                .as("%s in %s", pointer, SCHEMA)
                .isNotEmpty()
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrderElementsOf(values));
  }

  @Test
  void everyEnumMirrorsTheOntologyOrBelongsToTheFileFormat() {
    List<String> enums = new ArrayList<>();
    collectEnums(schema, "", enums);

    assertThat(enums)
        .allSatisfy(
            pointer ->
                assertThat(MIRRORED_ENUMS.containsKey(pointer) || FORMAT_ENUMS.contains(pointer))
                    .as(
                        "the enum at %s in %s: pair it with an ontology enum in MIRRORED_ENUMS",
                        pointer, SCHEMA)
                    .isTrue());
    assertThat(enums).containsAll(MIRRORED_ENUMS.keySet());
  }

  @Test
  void idPatternsStartWithTheOntologysPrefixes() {
    ID_PATTERNS.forEach(
        (pointer, prefix) ->
            assertThat(schema.at(pointer).asString()).as(pointer).startsWith("^" + prefix));
  }

  private static void collectEnums(JsonNode node, String pointer, List<String> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String here = pointer + "/" + property.getKey();
        if (property.getKey().equals("enum")) {
          into.add(here);
        } else {
          collectEnums(property.getValue(), here, into);
        }
      }
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode item : node.values()) {
        collectEnums(item, pointer + "/" + i++, into);
      }
    }
  }
}
