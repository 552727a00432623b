package dev.regintel.app.productimport;

import dev.regintel.crawlers.source.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a product sheet written in YAML (Jackson): a {@code supplier}, a {@code device} and a list
 * of {@code controls}, each with its {@code claims}, under the same names as the CSV columns in
 * camel case ({@code nameJa}, {@code descriptionJa}). A key it does not know is a problem, so that
 * a misspelt one is not silently lost. Places are JSON pointers ({@code /controls/2/claims/0}).
 */
final class ProductSheetYaml {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final Map<String, Set<String>> KEYS =
      Map.of(
          "",
          Set.of("supplier", "device", "controls"),
          "supplier",
          Set.of("id", "name", "nameJa", "url"),
          "device",
          Set.of("id", "name", "nameJa", "category", "use", "markets", "note"),
          "control",
          Set.of("id", "name", "nameJa", "category", "description", "descriptionJa", "claims"),
          "claim",
          Set.of("requirement", "document", "version", "ref", "fulfilment", "evidence"));

  private final List<ImportProblem> problems;

  private ProductSheetYaml(List<ImportProblem> problems) {
    this.problems = problems;
  }

  /**
   * The sheet in {@code text}; unknown keys and values of the wrong shape go to {@code problems}.
   *
   * @throws ProductFileException when the text is not YAML holding a mapping, or has more controls
   *     or claims than the limits allow
   */
  static ProductSheet read(String text, ProductImportLimits limits, List<ImportProblem> problems) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      throw ProductFileException.unreadable(
          "malformed YAML: " + e.getOriginalMessage() + JsonBodies.where(e), e);
    }
    if (root == null || !root.isObject()) {
      throw ProductFileException.unreadable(
          "a YAML product sheet is a mapping with supplier, device and controls");
    }
    ProductSheetYaml reader = new ProductSheetYaml(problems);
    reader.keys(root, "", "");
    JsonNode controlsNode = root.path("controls");
    List<JsonNode> controlNodes = reader.list(controlsNode, "/controls");
    limits.checkControls(controlNodes.size());
    int claims = 0;
    for (JsonNode control : controlNodes) {
      claims += control.path("claims").isArray() ? control.path("claims").size() : 0;
    }
    limits.checkClaims(claims);
    List<ProductSheet.Control> controls = new ArrayList<>();
    for (int i = 0; i < controlNodes.size(); i++) {
      controls.add(reader.control(controlNodes.get(i), "/controls/" + i));
    }
    return new ProductSheet(
        reader.supplier(root.path("supplier")), reader.device(root.path("device")), controls);
  }

  private ProductSheet.Supplier supplier(JsonNode node) {
    if (!object(node, "/supplier")) {
      return null;
    }
    keys(node, "supplier", "/supplier");
    return new ProductSheet.Supplier(
        text(node, "id", "/supplier"),
        text(node, "name", "/supplier"),
        text(node, "nameJa", "/supplier"),
        text(node, "url", "/supplier"),
        "/supplier");
  }

  private ProductSheet.Device device(JsonNode node) {
    if (!object(node, "/device")) {
      return null;
    }
    keys(node, "device", "/device");
    List<String> markets = new ArrayList<>();
    for (JsonNode market : list(node.path("markets"), "/device/markets")) {
      if (market.isString()) {
        markets.add(market.stringValue().strip());
      } else {
        problems.add(
            new ImportProblem("/device/markets", "a market is a jurisdiction code, e.g. GB"));
      }
    }
    return new ProductSheet.Device(
        text(node, "id", "/device"),
        text(node, "name", "/device"),
        text(node, "nameJa", "/device"),
        text(node, "category", "/device"),
        text(node, "use", "/device"),
        markets,
        text(node, "note", "/device"),
        "/device");
  }

  private ProductSheet.Control control(JsonNode node, String at) {
    if (!object(node, at)) {
      return new ProductSheet.Control(null, null, null, null, null, null, List.of(), at);
    }
    keys(node, "control", at);
    List<ProductSheet.Claim> claims = new ArrayList<>();
    List<JsonNode> claimNodes = list(node.path("claims"), at + "/claims");
    for (int i = 0; i < claimNodes.size(); i++) {
      JsonNode claim = claimNodes.get(i);
      String place = at + "/claims/" + i;
      if (!object(claim, place)) {
        continue;
      }
      keys(claim, "claim", place);
      claims.add(
          new ProductSheet.Claim(
              text(claim, "requirement", place),
              text(claim, "document", place),
              text(claim, "version", place),
              text(claim, "ref", place),
              text(claim, "fulfilment", place),
              text(claim, "evidence", place),
              place));
    }
    return new ProductSheet.Control(
        text(node, "id", at),
        text(node, "name", at),
        text(node, "nameJa", at),
        text(node, "category", at),
        text(node, "description", at),
        text(node, "descriptionJa", at),
        claims,
        at);
  }

  /** Reports keys the part does not take. */
  private void keys(JsonNode node, String part, String at) {
    Set<String> known = KEYS.get(part);
    for (String key : node.propertyNames()) {
      if (!known.contains(key)) {
        problems.add(
            new ImportProblem(
                at.isEmpty() ? "/" : at,
                "unknown key '" + key + "' (known: " + new TreeSet<>(known) + ")"));
      }
    }
  }

  private boolean object(JsonNode node, String at) {
    if (node.isMissingNode() || node.isNull()) {
      return false;
    }
    if (!node.isObject()) {
      problems.add(new ImportProblem(at, "is not a mapping of keys to values"));
      return false;
    }
    return true;
  }

  private List<JsonNode> list(JsonNode node, String at) {
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else if (!node.isMissingNode() && !node.isNull()) {
      problems.add(new ImportProblem(at, "is not a list"));
    }
    return items;
  }

  /** A scalar as text (numbers and booleans as written, e.g. a version 2.0); null when absent. */
  private String text(JsonNode node, String key, String at) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      problems.add(new ImportProblem(at + "/" + key, "is not a single value"));
      return null;
    }
    String text = value.asString().strip();
    return text.isEmpty() ? null : text;
  }
}
