package dev.regintel.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trace as a picture and as words: the graph's elements for cytoscape.js (the control, every
 * requirement reached, and the steps of every path between them, each requirement coloured by its
 * first jurisdiction, each edge drawn as its target's fulfilment), and each hit's path as
 * sentences.
 */
final class TraceGraph {

  /**
   * Jurisdiction colours, in order of first appearance; {@code site.css} has the same ones as
   * {@code .j0} to {@code .j9} for the legend. Each has a contrast of at least 4.5:1 with white.
   */
  static final List<String> PALETTE =
      List.of(
          "#1f5fa8", "#b3261e", "#1b6e2d", "#7b3fa0", "#a05a00", "#00707a", "#a0306a", "#4d5b00",
          "#5a4a3a", "#3d3d9e");

  static final String CONTROL_COLOUR = "#1a1a1a";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One jurisdiction in the legend. */
  record Legend(String code, Map<String, Object> jurisdiction, int colour) {}

  private final Map<String, Object> control;
  private final List<Map<String, Object>> hits;
  private final Map<String, Legend> legend = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();

  @SuppressWarnings("unchecked")
  TraceGraph(Map<String, Object> trace) {
    this.control = (Map<String, Object>) trace.get("control");
    this.hits = (List<Map<String, Object>>) trace.get("hits");
    labels.put(str(control, "id"), new Texts().primary(control, "name"));
    for (Map<String, Object> hit : hits) {
      Map<String, Object> requirement = requirement(hit);
      labels.put(str(requirement, "id"), code(requirement));
      for (Map<String, Object> j : jurisdictions(requirement)) {
        legend.computeIfAbsent(
            str(j, "code"), c -> new Legend(c, j, legend.size() % PALETTE.size()));
      }
    }
  }

  List<Legend> legend() {
    return List.copyOf(legend.values());
  }

  /** The jurisdiction codes of a hit, joined. */
  static String jurisdictionCodes(Map<String, Object> hit) {
    return String.join(
        ", ", jurisdictions(requirement(hit)).stream().map(j -> str(j, "code")).toList());
  }

  /** The elements for cytoscape.js, as JSON safe to put inside a script element. */
  String elementsJson(Function<String, String> edgeLabel) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("id", str(control, "id"));
    root.put("label", labels.get(str(control, "id")));
    root.put("kind", "control");
    root.put("colour", CONTROL_COLOUR);
    root.put("title", new Texts().primary(control, "name"));
    root.put("text", new Texts().primary(control, "description"));
    nodes.add(Map.of("data", root));
    Map<String, String> fulfilment = new LinkedHashMap<>();
    for (Map<String, Object> hit : hits) {
      Map<String, Object> requirement = requirement(hit);
      String id = str(requirement, "id");
      fulfilment.put(id, str(hit, "fulfilment"));
      List<Map<String, Object>> places = jurisdictions(requirement);
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", id);
      node.put("label", labels.get(id));
      node.put("kind", "requirement");
      node.put("fulfilment", str(hit, "fulfilment"));
      node.put("hops", hit.get("hops"));
      node.put("jurisdiction", jurisdictionCodes(hit));
      node.put(
          "colour",
          places.isEmpty()
              ? CONTROL_COLOUR
              : PALETTE.get(legend.get(str(places.getFirst(), "code")).colour()));
      node.put("title", new Texts().primary(requirement, "title"));
      node.put("text", new Texts().primary(requirement, "text"));
      node.put("href", "/requirements/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
      nodes.add(Map.of("data", node));
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Map<String, Object>> edges = new ArrayList<>();
    for (Map<String, Object> hit : hits) {
      for (Map<String, Object> step : path(hit)) {
        String from = str(step, "fromId");
        String to = str(step, "toId");
        String kind = str(step, "kind");
        if (!labels.containsKey(from)
            || !labels.containsKey(to)
            || !seen.add(from + "|" + to + "|" + kind)) {
          continue;
        }
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("id", "e" + edges.size());
        edge.put("source", from);
        edge.put("target", to);
        edge.put("kind", kind);
        edge.put("label", edgeLabel.apply(kind));
        edge.put("fulfilment", fulfilment.getOrDefault(to, "FULL"));
        edges.add(Map.of("data", edge));
      }
    }
    Map<String, Object> elements = new LinkedHashMap<>();
    elements.put("root", str(control, "id"));
    elements.put("nodes", nodes);
    elements.put("edges", edges);
    return scriptSafe(JSON.writeValueAsString(elements));
  }

  /** A hit's path in words, one sentence a step, in the reader's language. */
  List<String> words(Map<String, Object> hit, Function<Step, String> sentence) {
    return path(hit).stream()
        .map(
            s ->
                sentence.apply(
                    new Step(
                        labels.getOrDefault(str(s, "fromId"), str(s, "fromId")),
                        labels.getOrDefault(str(s, "toId"), str(s, "toId")),
                        str(s, "kind"))))
        .toList();
  }

  /** A step with its ends named. */
  record Step(String from, String to, String kind) {}

  /** JSON inside {@code <script>}: no {@code <}, {@code >} or {@code &} left to end it early. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static String code(Map<String, Object> requirement) {
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) requirement.get("document");
    return str(document, "code") + " " + str(requirement, "ref");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> requirement(Map<String, Object> hit) {
    return (Map<String, Object>) hit.get("requirement");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> jurisdictions(Map<String, Object> requirement) {
    Map<String, Object> document = (Map<String, Object>) requirement.get("document");
    return (List<Map<String, Object>>) document.get("jurisdictions");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> path(Map<String, Object> hit) {
    return (List<Map<String, Object>>) hit.get("path");
  }

  private static String str(Map<String, Object> map, String key) {
    Object v = map.get(key);
    return v == null ? null : v.toString();
  }
}
