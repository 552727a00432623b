package dev.regintel.app.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The trace page, {@code /trace/{controlId}}: a table of every requirement the control reaches
 * (jurisdiction, fulfilment, hops, the path in words), and beside it the same trace drawn as a
 * graph by cytoscape.js ({@code /web/trace.js}) from the elements the page carries as JSON.
 */
@Controller
class TracePage {

  /** One row of the table. */
  record Row(Map<String, Object> hit, String jurisdictions, List<String> path) {}

  private final PageData data;
  private final MessageSource messages;

  TracePage(PageData data, MessageSource messages) {
    this.data = data;
    this.messages = messages;
  }

  @GetMapping("/trace/{controlId}")
  @SuppressWarnings("unchecked")
  String trace(
      @PathVariable String controlId,
      @RequestParam(defaultValue = "") String jurisdiction,
      @RequestParam(required = false) Integer hops,
      Locale locale,
      Model model) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("id", DocumentPages.checked("controlId", controlId));
    variables.put("jurisdictions", jurisdiction.isBlank() ? null : List.of(jurisdiction));
    variables.put("hops", hops);
    Map<String, Object> answer = data.query("trace", variables, locale);
    Map<String, Object> trace = (Map<String, Object>) answer.get("trace");
    List<Map<String, Object>> known = (List<Map<String, Object>>) answer.get("jurisdictions");
    if (!jurisdiction.isBlank()
        && known.stream().noneMatch(j -> jurisdiction.equals(j.get("code")))) {
      throw PageException.badInput(
          "Unknown jurisdiction '"
              + Texts.shorten(jurisdiction, 20)
              + "': the codes are those the graph holds (Query.jurisdictions)");
    }
    TraceGraph graph = new TraceGraph(trace);
    List<Row> rows = new ArrayList<>();
    for (Map<String, Object> hit : (List<Map<String, Object>>) trace.get("hits")) {
      rows.add(
          new Row(
              hit,
              TraceGraph.jurisdictionCodes(hit),
              graph.words(hit, step -> sentence(step, locale))));
    }
    model.addAttribute("control", trace.get("control"));
    model.addAttribute(
        "controlName", new Texts().primary((Map<String, Object>) trace.get("control"), "name"));
    model.addAttribute("rows", rows);
    model.addAttribute("legend", graph.legend());
    model.addAttribute("graphJson", graph.elementsJson(kind -> relation(kind, locale)));
    model.addAttribute("jurisdictions", known);
    model.addAttribute("jurisdiction", jurisdiction);
    model.addAttribute("hops", hops == null ? 4 : hops);
    model.addAttribute("reached", rows.stream().map(Row::jurisdictions).distinct().count());
    return "web/trace";
  }

  private String relation(String kind, Locale locale) {
    return messages.getMessage("relation." + kind, null, kind, locale);
  }

  private String sentence(TraceGraph.Step step, Locale locale) {
    return switch (step.kind()) {
      case "SATISFIES", "PART_OF" ->
          messages.getMessage(
              "trace.step." + step.kind(), new Object[] {step.from(), step.to()}, locale);
      default ->
          messages.getMessage(
              "trace.step.mapping",
              new Object[] {step.from(), step.to(), relation(step.kind(), locale)},
              locale);
    };
  }
}
