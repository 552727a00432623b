package dev.regintel.app.drafts;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.history.ChangeView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code openForComment}, {@code changes} and {@code timeline}: each checks its arguments, then
 * answers with one read.
 */
@Controller
class DraftsController {

  /** The longest span one {@code timeline} call covers, in years. */
  static final int MAX_TIMELINE_YEARS = 10;

  /** The most documents one {@code timeline} call lists. */
  static final int MAX_TIMELINE_DOCUMENTS = 2000;

  private final DraftsRepository drafts;
  private final Drafts open;

  DraftsController(DraftsRepository drafts, Drafts open) {
    this.drafts = drafts;
    this.open = open;
  }

  @QueryMapping
  List<DocumentView> openForComment(
      @Argument LocalDate asOf,
      @Argument List<String> publishers,
      @Argument List<String> jurisdictions,
      @Argument List<String> kinds,
      @Argument List<String> keywords) {
    return open.openForComment(asOf, publishers, jurisdictions, kinds, keywords);
  }

  @QueryMapping
  List<ChangeView> changes(
      @Argument OffsetDateTime since,
      @Argument Integer first,
      @Argument List<String> changeKinds,
      @Argument List<String> publishers,
      @Argument List<String> jurisdictions,
      @Argument List<String> kinds,
      @Argument List<String> keywords) {
    return open.changes(since, first, changeKinds, publishers, jurisdictions, kinds, keywords);
  }

  @QueryMapping
  List<TimelinePeriod> timeline(
      @Argument LocalDate from,
      @Argument LocalDate to,
      @Argument List<String> publishers,
      @Argument List<String> jurisdictions,
      @Argument List<String> kinds,
      @Argument List<String> keywords) {
    DaySpan span = DaySpan.checked(from, to, MAX_TIMELINE_YEARS);
    DraftFilter filter = DraftFilter.of(publishers, jurisdictions, kinds, keywords);
    List<DocumentView> docs = drafts.published(from, to, filter, MAX_TIMELINE_DOCUMENTS + 1);
    if (docs.size() > MAX_TIMELINE_DOCUMENTS) {
      throw span.holdsTooMany(MAX_TIMELINE_DOCUMENTS, "documents");
    }
    return byPeriod(docs);
  }

  @SchemaMapping(typeName = "TimelinePeriod")
  int count(TimelinePeriod period) {
    return period.count();
  }

  /**
   * Groups documents (oldest first) by month, and those dated only by year by year; a year comes
   * after the months of that year, as its documents sort after that year's dated ones.
   */
  static List<TimelinePeriod> byPeriod(List<DocumentView> docs) {
    Map<String, List<DocumentView>> groups = new LinkedHashMap<>();
    for (DocumentView d : docs) {
      groups.computeIfAbsent(period(d), k -> new ArrayList<>()).add(d);
    }
    List<TimelinePeriod> out = new ArrayList<>();
    groups.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(DraftsController::periodOrder))
        .forEach(
            e -> {
              boolean year = e.getKey().length() == 4;
              LocalDate starts =
                  year
                      ? LocalDate.of(Integer.parseInt(e.getKey()), 1, 1)
                      : YearMonth.parse(e.getKey()).atDay(1);
              out.add(
                  new TimelinePeriod(
                      e.getKey(), year ? "YEAR" : "MONTH", starts, List.copyOf(e.getValue())));
            });
    return out;
  }

  private static String period(DocumentView d) {
    if ("YEAR".equals(d.publishedPrecision())) {
      return String.valueOf(d.published().getYear());
    }
    return YearMonth.from(d.published()).toString();
  }

  /** '2019-07' before '2019' (as '2019-13') before '2020-01'. */
  private static int periodOrder(String a, String b) {
    return (a.length() == 4 ? a + "-13" : a).compareTo(b.length() == 4 ? b + "-13" : b);
  }
}
