package dev.regintel.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Document and requirement pages, and the differences between two versions of a document. Ids are
 * the API's ({@code /documents/doc:etsi-en-303-645:v2.1.1}, {@code /requirements/req:...}).
 */
@Controller
class DocumentPages {

  /** How many requirements a document page lists. */
  static final int REQUIREMENTS_SHOWN = 500;

  /** How many changed requirements a diff page lists. */
  static final int DIFF_ENTRIES_SHOWN = 200;

  /** The longest id a page takes. */
  static final int MAX_ID = 300;

  private final PageData data;

  DocumentPages(PageData data) {
    this.data = data;
  }

  @GetMapping("/documents/{id}")
  String document(@PathVariable String id, Locale locale, Model model) {
    Map<String, Object> answer =
        data.query(
            "document", Map.of("id", checked("id", id), "first", REQUIREMENTS_SHOWN), locale);
    model.addAttribute("doc", answer.get("documentById"));
    model.addAttribute("shown", REQUIREMENTS_SHOWN);
    return "web/document";
  }

  @GetMapping("/requirements/{id}")
  String requirement(@PathVariable String id, Locale locale, Model model) {
    Map<String, Object> answer = data.query("requirement", Map.of("id", checked("id", id)), locale);
    Object requirement = answer.get("requirement");
    if (requirement == null) {
      throw new PageException(
          org.springframework.http.HttpStatus.NOT_FOUND, "No requirement with id '" + id + "'");
    }
    model.addAttribute("req", requirement);
    model.addAttribute("reverse", answer.get("reverseTrace"));
    model.addAttribute("history", ownHistory(requirement, id));
    return "web/requirement";
  }

  @GetMapping("/diff")
  String diff(@RequestParam String from, @RequestParam String to, Locale locale, Model model) {
    Map<String, Object> answer =
        data.query(
            "diff",
            Map.of(
                "from",
                checked("from", from),
                "to",
                checked("to", to),
                "first",
                DIFF_ENTRIES_SHOWN),
            locale);
    model.addAttribute("diff", answer.get("diff"));
    model.addAttribute("shown", DIFF_ENTRIES_SHOWN);
    return "web/diff";
  }

  /** The changes of the requirement's document that are about the requirement itself. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> ownHistory(Object requirement, String id) {
    Map<String, Object> document =
        (Map<String, Object>) ((Map<String, Object>) requirement).get("document");
    List<Map<String, Object>> history = (List<Map<String, Object>>) document.get("history");
    return history.stream().filter(c -> id.equals(c.get("nodeId"))).toList();
  }

  static String checked(String name, String id) {
    if (id.isBlank() || id.length() > MAX_ID) {
      throw PageException.badInput(
          name + " must be an id of 1 to " + MAX_ID + " characters, not " + id.length());
    }
    return id;
  }
}
