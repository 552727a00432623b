package dev.regintel.app.web;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.ontology.DocumentStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page at {@code /}: one box for Japanese or English, filters by kind, publisher,
 * jurisdiction and document status, hits with their highlighted snippets, {@value #PAGE_SIZE} a
 * page. Every state is a link: {@code /?q=...&kind=...&page=2}.
 */
@Controller
class SearchPage {

  static final int PAGE_SIZE = 20;

  /** The longest query the box takes; longer ones are refused with a message. */
  static final int MAX_QUERY = 500;

  static final List<String> KINDS = List.of("DOCUMENT", "REQUIREMENT", "CONTROL");

  static final List<String> STATUSES =
      Arrays.stream(DocumentStatus.values()).map(Enum::name).toList();

  private final PageData data;
  private final int maxOffset;

  SearchPage(PageData data, RegintelProperties properties) {
    this.data = data;
    this.maxOffset = properties.limits().maxSearchOffset();
  }

  @GetMapping("/")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String publisher,
      @RequestParam(defaultValue = "") String jurisdiction,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "1") int page,
      Locale locale,
      Model model) {
    String query = q.strip();
    if (query.length() > MAX_QUERY) {
      throw PageException.badInput(
          "q takes at most " + MAX_QUERY + " characters, not " + query.length());
    }
    if (page < 1) {
      throw PageException.badInput("page must be 1 or more, not " + page);
    }
    choice("kind", kind, KINDS);
    choice("status", status, STATUSES);
    Map<String, Object> filter = new HashMap<>();
    filter.put("kinds", one(kind));
    filter.put("publishers", one(publisher));
    filter.put("jurisdictions", one(jurisdiction));
    filter.put("statuses", one(status));
    Map<String, Object> variables = new HashMap<>();
    variables.put("q", query);
    variables.put("searching", !query.isEmpty());
    variables.put("filter", filter);
    variables.put("first", PAGE_SIZE);
    variables.put("offset", (page - 1) * PAGE_SIZE);
    Map<String, Object> answer = data.query("search", variables, locale);
    model.addAllAttributes(answer);
    model.addAttribute("q", query);
    model.addAttribute("kind", kind);
    model.addAttribute("publisher", publisher);
    model.addAttribute("jurisdiction", jurisdiction);
    model.addAttribute("status", status);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("page", page);
    model.addAttribute("pageSize", PAGE_SIZE);
    if (answer.get("search") instanceof Map<?, ?> result) {
      int total = ((Number) result.get("total")).intValue();
      // No link to a page past the API's max-search-offset: it would only be refused.
      // Past 1,000 hits the API's total is a lower bound (totalExact false): more may follow.
      boolean more = page * PAGE_SIZE < total || !Boolean.TRUE.equals(result.get("totalExact"));
      model.addAttribute("hasNext", more && page * PAGE_SIZE <= maxOffset);
      model.addAttribute("firstShown", (page - 1) * PAGE_SIZE + 1);
    }
    return "web/search";
  }

  private static void choice(String name, String value, List<String> allowed) {
    if (!value.isEmpty() && !allowed.contains(value)) {
      throw PageException.badInput(
          name
              + " must be one of "
              + String.join(", ", allowed)
              + ", not '"
              + Texts.shorten(value, 40)
              + "'");
    }
  }

  private static List<String> one(String value) {
    return value.isBlank() ? null : List.of(value);
  }
}
