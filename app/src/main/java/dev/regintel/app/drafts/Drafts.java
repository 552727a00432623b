package dev.regintel.app.drafts;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.history.ChangeView;
import dev.regintel.app.internal.graphql.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What is open for comment and what changed, with the arguments checked: one answer for the GraphQL
 * queries and the feeds. A bad argument is a BAD_USER_INPUT naming it.
 */
@Service
public class Drafts {

  /** The most changes one call returns. */
  static final int MAX_CHANGES = 1000;

  private final DraftsRepository drafts;
  private final Clock clock = Clock.systemUTC();

  Drafts(DraftsRepository drafts) {
    this.drafts = drafts;
  }

  /** Documents open for comment on {@code asOf} (null: today in each publisher's zone). */
  public List<DocumentView> openForComment(
      LocalDate asOf,
      List<String> publishers,
      List<String> jurisdictions,
      List<String> kinds,
      List<String> keywords) {
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
  public List<ChangeView> changes(
      OffsetDateTime since,
      Integer first,
      List<String> changeKinds,
      List<String> publishers,
      List<String> jurisdictions,
      List<String> kinds,
      List<String> keywords) {
    int limit = Page.of(first, null, 100, MAX_CHANGES).limit();
    DraftFilter filter = DraftFilter.of(publishers, jurisdictions, kinds, keywords);
    List<String> kindsOfChange = DraftFilter.changeKinds(changeKinds);
    if (limit == 0) {
      return List.of();
    }
    return drafts.changes(since, kindsOfChange, filter, limit);
  }
}
