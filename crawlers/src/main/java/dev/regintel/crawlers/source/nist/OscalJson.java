package dev.regintel.crawlers.source.nist;

import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.source.JsonBodies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads an OSCAL catalog in its JSON form: {@code {"catalog": {metadata, params, groups, controls,
 * back-matter}}}, groups and controls nesting {@code groups}, {@code controls}, {@code params},
 * {@code props} and {@code parts}, prose as Markdown with {@code {{ insert: param, <id> }}}.
 */
final class OscalJson {

  private final Fetched fetched;

  /** Every parameter met so far, by id. */
  private final Map<String, OscalParam> params = new LinkedHashMap<>();

  private OscalJson(Fetched fetched) {
    this.fetched = fetched;
  }

  /** Reads the catalog. */
  static OscalTree read(Fetched fetched) {
    JsonNode root = JsonBodies.object(fetched);
    JsonNode catalog = root.path("catalog");
    if (!catalog.isObject()) {
      throw new ParseException(
          "not an OSCAL catalog (top-level keys "
              + root.propertyNames()
              + ", no \"catalog\"): "
              + fetched.url());
    }
    OscalJson reader = new OscalJson(fetched);
    reader.params(catalog);
    List<OscalControl> members = reader.members(catalog);
    JsonNode metadata = catalog.path("metadata");
    return new OscalTree(string(metadata, "title"), reader.props(metadata), members, reader.params);
  }

  List<OscalControl> members(JsonNode node) {
    List<OscalControl> members = new ArrayList<>();
    for (JsonNode group : array(node, "groups")) {
      members.add(control(group, true));
    }
    for (JsonNode control : array(node, "controls")) {
      members.add(control(control, false));
    }
    return members;
  }

  private OscalControl control(JsonNode node, boolean group) {
    String id = string(node, "id");
    if (id == null || id.isBlank()) {
      throw new ParseException(
          "OSCAL "
              + (group ? "group" : "control")
              + " without an id (title '"
              + string(node, "title")
              + "') in "
              + fetched.url());
    }
    params(node);
    List<OscalPart> parts = new ArrayList<>();
    for (JsonNode part : array(node, "parts")) {
      parts.add(part(part));
    }
    return new OscalControl(
        id.strip(),
        group,
        string(node, "class"),
        string(node, "title"),
        props(node),
        parts,
        members(node),
        incorporatedInto(node));
  }

  private List<String> incorporatedInto(JsonNode node) {
    List<String> targets = new ArrayList<>();
    for (JsonNode link : array(node, "links")) {
      String target = OscalControl.linkTarget(string(link, "href"));
      if (target != null && OscalControl.INCORPORATION_RELS.contains(string(link, "rel"))) {
        targets.add(target);
      }
    }
    return targets;
  }

  void params(JsonNode node) {
    for (JsonNode param : array(node, "params")) {
      String id = string(param, "id");
      if (id == null) {
        continue;
      }
      JsonNode select = param.path("select");
      List<String> choices = new ArrayList<>();
      for (JsonNode choice : array(select, "choice")) {
        if (choice.isString()) {
          choices.add(choice.stringValue());
        }
      }
      List<String> values = new ArrayList<>();
      for (JsonNode value : array(param, "values")) {
        if (value.isString()) {
          values.add(value.stringValue());
        }
      }
      params.put(
          id,
          new OscalParam(id, string(param, "label"), string(select, "how-many"), choices, values));
    }
  }

  private OscalPart part(JsonNode node) {
    List<OscalPart> parts = new ArrayList<>();
    for (JsonNode part : array(node, "parts")) {
      parts.add(part(part));
    }
    return new OscalPart(string(node, "name"), props(node), string(node, "prose"), parts);
  }

  List<OscalProp> props(JsonNode node) {
    List<OscalProp> props = new ArrayList<>();
    for (JsonNode prop : array(node, "props")) {
      String name = string(prop, "name");
      if (name != null) {
        props.add(
            new OscalProp(name, string(prop, "value"), string(prop, "class"), string(prop, "ns")));
      }
    }
    return props;
  }

  /** The array under {@code field}; absent is empty, anything else is not OSCAL. */
  private Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new ParseException(
          "OSCAL \""
              + field
              + "\" is not an array (in '"
              + string(node, "id")
              + "'): "
              + fetched.url());
    }
    return value;
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.stringValue() : null;
  }
}
