package dev.regintel.app.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What is open for public comment today (or on the day {@code ?asOf=2026-01-31} names), soonest
 * deadline first, with the days left to each, and the Atom and iCalendar feeds to follow it from a
 * reader or a calendar.
 */
@Controller
class CommentPage {

  /** A draft and the days left until its comment period closes (null when no end is known). */
  record Open(Map<String, Object> document, Long daysLeft) {}

  private final PageData data;

  CommentPage(PageData data) {
    this.data = data;
  }

  @GetMapping("/open-for-comment")
  @SuppressWarnings("unchecked")
  String open(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Locale locale,
      Model model) {
    LocalDate today = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
    Map<String, Object> answer = data.query("comment", Map.of("asOf", today.toString()), locale);
    List<Open> open = new ArrayList<>();
    for (Map<String, Object> doc : (List<Map<String, Object>>) answer.get("openForComment")) {
      Map<String, Object> period = (Map<String, Object>) doc.get("commentPeriod");
      Object closes = period == null ? null : period.get("closes");
      open.add(
          new Open(
              doc,
              closes == null
                  ? null
                  : ChronoUnit.DAYS.between(today, LocalDate.parse(closes.toString()))));
    }
    open.sort(
        Comparator.comparing(Open::daysLeft, Comparator.nullsLast(Comparator.naturalOrder())));
    model.addAttribute("open", open);
    model.addAttribute("asOf", today.toString());
    return "web/comment";
  }
}
