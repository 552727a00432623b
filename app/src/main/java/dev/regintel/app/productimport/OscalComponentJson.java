package dev.regintel.app.productimport;

import dev.regintel.app.productimport.OscalComponentDefinition.Component;
import dev.regintel.app.productimport.OscalComponentDefinition.ControlImplementation;
import dev.regintel.app.productimport.OscalComponentDefinition.ImplementedRequirement;
import dev.regintel.app.productimport.OscalComponentDefinition.Party;
import dev.regintel.app.productimport.OscalComponentDefinition.Prop;
import dev.regintel.app.productimport.OscalComponentDefinition.Resource;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.source.JsonBodies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads an OSCAL component definition in JSON ({@code {"component-definition": {...}}}) with
 * Jackson, through the crawlers' JSON reading (UTF-8, a byte-order mark allowed, malformed JSON
 * named with its line and column).
 */
final class OscalComponentJson {

  private OscalComponentJson() {}

  static OscalComponentDefinition read(Fetched file) {
    JsonNode root;
    try {
      root = JsonBodies.object(file);
    } catch (ParseException e) {
      throw ProductFileException.unreadable(e.getMessage(), e);
    }
    JsonNode definition = root.path("component-definition");
    if (!definition.isObject()) {
      throw ProductFileException.unreadable(
          "not an OSCAL component definition: the JSON has no \"component-definition\" object"
              + " (top-level keys "
              + root.propertyNames()
              + ")");
    }
    JsonNode metadata = definition.path("metadata");
    List<Party> parties = new ArrayList<>();
    for (JsonNode party : array(metadata, "parties")) {
      String website = null;
      for (JsonNode link : array(party, "links")) {
        if ("website".equals(text(link, "rel")) && website == null) {
          website = text(link, "href");
        }
      }
      parties.add(new Party(text(party, "uuid"), text(party, "name"), website));
    }
    List<Component> components = new ArrayList<>();
    for (JsonNode component : array(definition, "components")) {
      components.add(component(component));
    }
    List<Resource> resources = new ArrayList<>();
    for (JsonNode resource : array(definition.path("back-matter"), "resources")) {
      List<String> hrefs = new ArrayList<>();
      for (JsonNode rlink : array(resource, "rlinks")) {
        String href = text(rlink, "href");
        if (href != null) {
          hrefs.add(href);
        }
      }
      String title = text(resource, "title");
      resources.add(
          new Resource(
              text(resource, "uuid"),
              title != null ? title : text(resource, "description"),
              hrefs));
    }
    return new OscalComponentDefinition(
        text(definition, "uuid"),
        text(metadata, "title"),
        text(metadata, "version"),
        parties,
        components,
        resources);
  }

  private static Component component(JsonNode node) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (JsonNode role : array(node, "responsible-roles")) {
      List<String> parties = roles.computeIfAbsent(text(role, "role-id"), r -> new ArrayList<>());
      for (JsonNode party : array(role, "party-uuids")) {
        if (party.isString()) {
          parties.add(party.stringValue().strip());
        }
      }
    }
    List<ControlImplementation> implementations = new ArrayList<>();
    for (JsonNode implementation : array(node, "control-implementations")) {
      List<ImplementedRequirement> requirements = new ArrayList<>();
      for (JsonNode requirement : array(implementation, "implemented-requirements")) {
        requirements.add(requirement(requirement));
      }
      implementations.add(
          new ControlImplementation(
              text(implementation, "uuid"),
              text(implementation, "source"),
              text(implementation, "description"),
              requirements));
    }
    return new Component(
        text(node, "uuid"),
        text(node, "type"),
        text(node, "title"),
        text(node, "description"),
        text(node, "purpose"),
        props(node),
        roles,
        implementations);
  }

  private static ImplementedRequirement requirement(JsonNode node) {
    List<String> statuses = new ArrayList<>();
    for (Prop prop : props(node)) {
      if (OscalProducts.STATUS.equals(prop.name()) && prop.value() != null) {
        statuses.add(prop.value());
      }
    }
    String state = text(node.path(OscalProducts.STATUS), "state");
    if (state != null) {
      statuses.add(state);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (JsonNode parameter : array(node, "set-parameters")) {
      List<String> values = new ArrayList<>();
      for (JsonNode value : array(parameter, "values")) {
        if (value.isString()) {
          values.add(value.stringValue().strip());
        }
      }
      parameters.put(text(parameter, "param-id"), String.join(", ", values));
    }
    List<String> statements = new ArrayList<>();
    for (JsonNode statement : array(node, "statements")) {
      String description = text(statement, "description");
      if (description != null) {
        statements.add(description);
      }
    }
    return new ImplementedRequirement(
        text(node, "uuid"),
        text(node, "control-id"),
        text(node, "description"),
        statuses,
        statements,
        parameters);
  }

  private static List<Prop> props(JsonNode node) {
    List<Prop> props = new ArrayList<>();
    for (JsonNode prop : array(node, "props")) {
      props.add(new Prop(text(prop, "name"), text(prop, "ns"), text(prop, "value")));
    }
    return props;
  }

  /** The array under {@code field}; absent is empty, anything else is not OSCAL. */
  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw ProductFileException.unreadable(
          "not an OSCAL component definition: \"" + field + "\" is not an array");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    return JsonBodies.text(node, field);
  }
}
