package dev.regintel.app;

import static dev.regintel.app.VocabularyTests.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.ontology.ApplicabilityScope;
import dev.regintel.ontology.ChangeKind;
import dev.regintel.ontology.ControlCategory;
import dev.regintel.ontology.CrawlStage;
import dev.regintel.ontology.DatePrecision;
import dev.regintel.ontology.DeviceUse;
import dev.regintel.ontology.DocumentKind;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Duty;
import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Label;
import dev.regintel.ontology.MappingAuthor;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Rationale;
import dev.regintel.ontology.RelType;
import dev.regintel.ontology.Relation;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GraphQL schema speaks the ontology's language: its enums that mirror an ontology enum have
 * exactly its values, its object types are nodes or relationships of the ontology or declared to be
 * derived, and the string fields whose values come from a value set name only its values.
 */
class GraphQlVocabularyTests {

  static final Path SCHEMA = Path.of("src/main/resources/graphql/schema.graphqls");

  /** GraphQL enums and the ontology enums they mirror. */
  static final Map<String, Class<? extends Enum<?>>> MIRRORED_ENUMS =
      Map.of(
          "DocumentStatus", DocumentStatus.class,
          "Obligation", Obligation.class,
          "Relation", Relation.class,
          "Fulfilment", Fulfilment.class,
          "MappingAuthor", MappingAuthor.class);

  /** GraphQL enums of the API's own, not of the graph. */
  static final Set<String> API_ENUMS =
      Set.of("Lang", "Role", "DocumentOrder", "DiffKind", "TextOp", "ProductFileFormat");

  /** Object types that show one node each. */
  static final Map<String, Label> NODE_TYPES =
      Map.ofEntries(
          Map.entry("Document", Label.Document),
          Map.entry("Requirement", Label.Requirement),
          Map.entry("Control", Label.Control),
          Map.entry("Device", Label.Device),
          Map.entry("Supplier", Label.Supplier),
          Map.entry("Publisher", Label.Publisher),
          Map.entry("Jurisdiction", Label.Jurisdiction),
          Map.entry("Change", Label.Change),
          Map.entry("CrawlRun", Label.CrawlRun),
          Map.entry("ApiKey", Label.ApiKey),
          Map.entry("Watch", Label.Watch));

  /** Object types that show one relationship each. */
  static final Map<String, RelType> RELATIONSHIP_TYPES =
      Map.of("Mapping", RelType.MAPS_TO, "Satisfaction", RelType.SATISFIES);

  /**
   * Object types computed from the graph or holding part of a node, not a node or relationship of
   * their own. Pagination types ({@code *Connection}, {@code *Edge}, {@code PageInfo}) count too.
   */
  static final Set<String> DERIVED_TYPES =
      Set.of(
          "Query",
          "Mutation",
          "Subscription",
          "WatchFeeds",
          "CreatedApiKey",
          "SearchIndexBuild",
          "Provenance",
          "CommentPeriod",
          "Trace",
          "TraceHit",
          "TraceStep",
          "ReverseTrace",
          "ReverseTraceHit",
          "DeviceCoverage",
          "JurisdictionCoverage",
          "Applicability",
          "CoverageRow",
          "ConformityRoute",
          "ControlPath",
          "RouteProvision",
          "DeviceCategory",
          "DeviceUse",
          "SearchResult",
          "SearchHit",
          "CrawlError",
          "CrawlConflict",
          "TimelinePeriod",
          "PageInfo",
          "VersionDiff",
          "DiffCounts",
          "DiffEntry",
          "DiffTouches",
          "TextChange",
          "Freshness",
          "CommentSheet",
          "CommentRow",
          "CoverageExportLink",
          "ProductImportResult",
          "ProductImportProblem");

  /**
   * String fields whose values come from an ontology value set. Complete: the description lists
   * every value. Otherwise it gives examples, each of which must be a value.
   */
  record ValueField(String type, String field, Class<? extends Enum<?>> values, boolean complete) {}

  static final List<ValueField> VALUE_FIELDS =
      List.of(
          new ValueField("Provenance", "method", Method.class, true),
          new ValueField("Document", "kind", DocumentKind.class, false),
          new ValueField("Document", "publishedPrecision", DatePrecision.class, true),
          new ValueField("Mapping", "rationale", Rationale.class, true),
          new ValueField("Control", "category", ControlCategory.class, false),
          new ValueField("Change", "kind", ChangeKind.class, true),
          new ValueField("CrawlError", "stage", CrawlStage.class, true),
          new ValueField("DocumentFilter", "kind", DocumentKind.class, false),
          new ValueField("Device", "use", DeviceUse.class, true),
          new ValueField("CoverageRow", "duty", Duty.class, true),
          new ValueField("CoverageRow", "scope", ApplicabilityScope.class, true),
          new ValueField("Applicability", "scope", ApplicabilityScope.class, true));

  private static final Pattern CONSTANT =
      Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");

  static TypeDefinitionRegistry registry;

  @BeforeAll
  static void parse() throws IOException {
    registry = new SchemaParser().parse(Files.readString(SCHEMA));
  }

  @Test
  void enumsThatMirrorTheOntologyHaveExactlyItsValues() {
    MIRRORED_ENUMS.forEach(
        (name, values) ->
            assertThat(
                    registry
                        .getTypeOrNull(name, EnumTypeDefinition.class)
                        .getEnumValueDefinitions()
                        .stream()
                        .map(EnumValueDefinition::getName))
                .as("GraphQL enum %s against %s", name, values.getName())
                .containsExactlyInAnyOrderElementsOf(names(values)));
  }

  @Test
  void everyEnumMirrorsTheOntologyOrIsTheApisOwn() {
    assertThat(registry.getTypes(EnumTypeDefinition.class))
        .extracting(EnumTypeDefinition::getName)
        .allSatisfy(
            name ->
                assertThat(MIRRORED_ENUMS.containsKey(name) || API_ENUMS.contains(name))
                    .as(
                        "the GraphQL enum %s: pair it with an ontology enum in MIRRORED_ENUMS or"
                            + " declare it the API's own",
                        name)
                    .isTrue());
  }

  @Test
  void everyObjectTypeIsANodeARelationshipOrDerived() {
    assertThat(registry.getTypes(ObjectTypeDefinition.class))
        .extracting(ObjectTypeDefinition::getName)
        .allSatisfy(
            name ->
                assertThat(
                        NODE_TYPES.containsKey(name)
                            || RELATIONSHIP_TYPES.containsKey(name)
                            || DERIVED_TYPES.contains(name)
                            || name.endsWith("Connection")
                            || name.endsWith("Edge"))
                    .as(
                        "the GraphQL type %s: name the Label or RelType it shows, or declare it"
                            + " derived",
                        name)
                    .isTrue());
    assertThat(NODE_TYPES.keySet())
        .allSatisfy(
            name ->
                assertThat(registry.getTypeOrNull(name, ObjectTypeDefinition.class)).isNotNull());
  }

  @Test
  void stringFieldsOfAValueSetNameOnlyItsValues() {
    for (ValueField f : VALUE_FIELDS) {
      Set<String> named = constants(description(f));
      Set<String> values = names(f.values());
      String what = f.type() + "." + f.field() + " against " + f.values().getSimpleName();
      if (f.complete()) {
        assertThat(named).as(what).containsAll(values);
      } else {
        assertThat(named).as(what).isNotEmpty();
        assertThat(values).as(what).containsAll(named);
      }
    }
  }

  private static String description(ValueField f) {
    Map<String, Description> byField = new HashMap<>();
    switch (registry.getTypeOrNull(f.type())) {
      case ObjectTypeDefinition o ->
          o.getFieldDefinitions().forEach(d -> byField.put(d.getName(), d.getDescription()));
      case InputObjectTypeDefinition i ->
          i.getInputValueDefinitions().forEach(d -> byField.put(d.getName(), d.getDescription()));
      case null, default -> {}
    }
    Description description = byField.get(f.field());
    assertThat(description).as("the description of %s.%s", f.type(), f.field()).isNotNull();
    return description.getContent();
  }

  private static Set<String> constants(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = CONSTANT.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
