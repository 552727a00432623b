package dev.regintel.app.feeds;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.drafts.DaySpan;
import dev.regintel.app.drafts.DraftFilter;
import dev.regintel.app.drafts.Drafts;
import dev.regintel.app.drafts.DraftsRepository;
import dev.regintel.app.drafts.PublisherZones;
import dev.regintel.app.history.ChangeView;
import dev.regintel.app.internal.graphql.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /feeds/changes.atom}, {@code /feeds/open-for-comment.atom} and {@code
 * /feeds/deadlines.ics}: the filters of the {@code changes} and {@code openForComment} queries as
 * query parameters, answered by the same reads. Bad parameters are answered with 400 and a message
 * in the shape of a GraphQL error.
 */
@RestController
class FeedsController {

  /** How far back {@code changes.atom} looks when not given {@code since}. */
  static final int DEFAULT_CHANGES_DAYS = 30;

  /** How many days the deadlines calendar covers when not given {@code to}. */
  static final int DEFAULT_DEADLINE_DAYS = 365;

  /** The longest span {@code deadlines.ics} covers, in years. */
  static final int MAX_DEADLINE_YEARS = 10;

  /** The most events one calendar holds. */
  static final int MAX_DEADLINES = 1000;

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  static final MediaType ICALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  private static final List<String> FILTERS =
      List.of("publishers", "jurisdictions", "kinds", "keywords");

  private final Drafts drafts;
  private final DraftsRepository repository;
  private final Clock clock = Clock.systemUTC();

  FeedsController(Drafts drafts, DraftsRepository repository) {
    this.drafts = drafts;
    this.repository = repository;
  }

  @GetMapping("/feeds/open-for-comment.atom")
  ResponseEntity<String> openForComment(HttpServletRequest request) {
    FeedQuery q = query(request, "asOf");
    List<DocumentView> docs =
        drafts.openForComment(
            q.date("asOf"),
            q.list("publishers"),
            q.list("jurisdictions"),
            q.list("kinds"),
            q.list("keywords"));
    return ok(ATOM, AtomFeeds.openForComment(self(), "regintel: open for comment", docs, now()));
  }

  @GetMapping("/feeds/changes.atom")
  ResponseEntity<String> changes(HttpServletRequest request) {
    FeedQuery q = query(request, "since", "first", "changeKinds");
    OffsetDateTime since = q.instant("since");
    if (since == null) {
      since = now().atOffset(ZoneOffset.UTC).minusDays(DEFAULT_CHANGES_DAYS);
    }
    List<ChangeView> changes =
        drafts.changes(
            since,
            q.number("first", 0, Integer.MAX_VALUE),
            q.list("changeKinds"),
            q.list("publishers"),
            q.list("jurisdictions"),
            q.list("kinds"),
            q.list("keywords"));
    return ok(ATOM, AtomFeeds.changes(self(), "regintel: changes", changes, now()));
  }

  @GetMapping("/feeds/deadlines.ics")
  ResponseEntity<String> deadlines(HttpServletRequest request) {
    FeedQuery q = query(request, "from", "to", "tz");
    ZoneId subscriber = q.zone("tz");
    LocalDate from = q.date("from");
    if (from == null) {
      from = LocalDate.ofInstant(now(), subscriber).minusDays(7);
    }
    LocalDate to = q.date("to");
    if (to == null) {
      to = from.plusDays(DEFAULT_DEADLINE_DAYS);
    }
    DaySpan span = DaySpan.checked(from, to, MAX_DEADLINE_YEARS);
    DraftFilter filter =
        DraftFilter.of(
            q.list("publishers"), q.list("jurisdictions"), q.list("kinds"), q.list("keywords"));
    LocalDate last = to;
    List<DeadlineCalendar.Deadline> deadlines =
        repository.commentable(from, to, filter).stream()
            .filter(c -> !c.document().commentPeriod().closes().isAfter(last))
            .map(
                c ->
                    new DeadlineCalendar.Deadline(
                        c.document(), PublisherZones.zone(c.publisherJurisdiction())))
            .toList();
    if (deadlines.size() > MAX_DEADLINES) {
      throw span.holdsTooMany(MAX_DEADLINES, "deadlines");
    }
    return ok(ICALENDAR, DeadlineCalendar.write(deadlines, subscriber, self()));
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> refused(ApiException e) {
    HttpStatus status =
        switch (e.code()) {
          case BAD_USER_INPUT, LIMIT_EXCEEDED -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
          case FORBIDDEN -> HttpStatus.FORBIDDEN;
          case TIMEOUT, UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
          case NOT_IMPLEMENTED -> HttpStatus.NOT_IMPLEMENTED;
        };
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "errors",
                List.of(
                    Map.of(
                        "message", e.getMessage(),
                        "extensions", Map.of("code", e.code().name())))));
  }

  private static FeedQuery query(HttpServletRequest request, String... own) {
    Set<String> known = new java.util.HashSet<>(FILTERS);
    known.addAll(List.of(own));
    return FeedQuery.of(request.getParameterMap(), request.getQueryString(), known);
  }

  private static String self() {
    return ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
  }

  private Instant now() {
    return clock.instant();
  }

  private static ResponseEntity<String> ok(MediaType type, String body) {
    return ResponseEntity.ok().contentType(type).body(body);
  }
}
