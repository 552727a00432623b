package dev.regintel.app.drafts;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.history.ChangeView;
import dev.regintel.app.internal.graphql.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
public class DraftsController {

  /** The most changes one {@code changes} call returns. */
  static final int MAX_CHANGES = 1000;

  /** The longest span one {@code timeline} call covers, in years. */
  static final int MAX_TIMELINE_YEARS = 10;

  /** The most documents one {@code timeline} call lists. */
  static final int MAX_TIMELINE_DOCUMENTS = 2000;

  private final DraftsRepository drafts;
  private final Clock clock;

  DraftsController(DraftsRepository drafts) {
    this.drafts = drafts;
    this.clock = Clock.systemUTC();
  }

  /** Documents open for comment on {@code asOf} (null: today in each publisher's zone). */
  @QueryMapping
  public List<DocumentView> openForComment(
      @Argument LocalDate asOf,
      @Argument List<String> publishers,
      @Argument List<String> jurisdictions,
      @Argument List<String> kinds,
      @Argument List<String> keywords) {
    DraftFilter filter = DraftFilter.of(publishers, jurisdictions, kinds, keywords);
    Instant now = clock.instant();
    // Without asOf, "today" is the publisher's own day, which is at most a day from UTC's.
    LocalDate utc = asOf != null ? asOf : LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate earliest = asOf != null ? asOf : utc.minusDays(1);
    LocalDate latest = asOf != null ? asOf : utc.plusDays(1);
    return drafts.commentable(earliest, latest, filter).stream()
        .filter(
            c -> {
              LocalDate day =
                  asOf != null ? asOf : PublisherZones.today(now, c.publisherJurisdiction());
              return c.document().commentPeriod().openOn(day);
            })
        .map(DraftsRepository.Commentable::document)
        .toList();
  }

  /** Changes after {@code since}, newest first; the arguments checked as the schema says. */
  @QueryMapping
  public List<ChangeView> changes(
      @Argument OffsetDateTime since,
      @Argument Integer first,
      @Argument List<String> changeKinds,
      @Argument List<String> publishers,
      @Argument List<String> jurisdictions,
      @Argument List<String> kinds,
      @Argument List<String> keywords) {
    int limit = Page.of(first, null, 100, MAX_CHANGES).limit();
    DraftFilter filter = DraftFilter.of(publishers, jurisdictions, kinds, keywords);
    List<String> kindsOfChange = DraftFilter.changeKinds(changeKinds);
    if (limit == 0) {
      return List.of();
    }
    return drafts.changes(since, kindsOfChange, filter, limit);
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
