package dev.regintel.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage page, {@code /coverage?device=...&market=EU&market=GB}: for a device and the markets
 * chosen (its own when none is), which rules apply and why, each requirement FULL, PARTIAL or NONE
 * with the controls that meet it or why it is a gap, the export links the API gives, and a print
 * layout for a report on paper.
 */
@Controller
class CoveragePage {

  /** The most markets the page takes at once (the API's own limit is the same). */
  static final int MAX_MARKETS = 40;

  private final PageData data;

  CoveragePage(PageData data) {
    this.data = data;
  }

  @GetMapping("/coverage")
  String coverage(
      @RequestParam(defaultValue = "") String device,
      @RequestParam(name = "market", required = false) List<String> markets,
      Locale locale,
      Model model) {
    List<String> chosen = markets == null ? List.of() : markets.stream().distinct().toList();
    if (chosen.size() > MAX_MARKETS) {
      throw PageException.badInput(
          "market takes at most " + MAX_MARKETS + " codes, not " + chosen.size());
    }
    boolean covering = !device.isBlank();
    Map<String, Object> variables = new HashMap<>();
    variables.put("device", covering ? DocumentPages.checked("device", device) : "");
    variables.put("covering", covering);
    variables.put("markets", chosen.isEmpty() ? null : chosen);
    Map<String, Object> answer = data.query("coverage", variables, locale);
    model.addAllAttributes(answer);
    model.addAttribute("device", device);
    model.addAttribute("markets", chosen);
    return "web/coverage";
  }
}
