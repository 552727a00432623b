package dev.regintel.app.feeds;

import dev.regintel.app.document.DocumentView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes comment deadlines as iCalendar (RFC 5545) with ical4j: one event per document, on the day
 * its comment period closes. The event spans that day in the publisher's zone (a period closing on
 * the 7th is open until the end of the 7th there), shown in the subscriber's zone, so a team in
 * Tokyo sees NIST's last day as 14:00 to 14:00 JST (13:00 in the US summer).
 */
final class DeadlineCalendar {

  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

  private DeadlineCalendar() {}

  /**
   * A deadline: the document and the zone its publisher counts days in.
   *
   * @param document a document with a closing day
   * @param publisherZone the zone the closing day is a day in
   */
  record Deadline(DocumentView document, ZoneId publisherZone) {}

  /** The calendar of {@code deadlines}, its times in {@code subscriber}'s zone. */
  static String write(List<Deadline> deadlines, ZoneId subscriber, String self) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//regintel//comment deadlines//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", "regintel: comment deadlines"));
    calendar.add(new XProperty("X-WR-TIMEZONE", subscriber.getId()));
    calendar.add(new XProperty("X-ORIGINAL-URL", self));
    boolean utc = subscriber.normalized().equals(ZoneOffset.UTC);
    if (!utc) {
      calendar.add(ZONES.getTimeZone(subscriber.getId()).getVTimeZone());
    }
    for (Deadline d : deadlines) {
      calendar.add(event(d, subscriber, utc));
    }
    // The outputter folds lines at 75 octets as RFC 5545 asks; toString() does not.
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static VEvent event(Deadline deadline, ZoneId subscriber, boolean utc) {
    DocumentView doc = deadline.document();
    LocalDate closes = doc.commentPeriod().closes();
    ZonedDateTime start = closes.atStartOfDay(deadline.publisherZone());
    ZonedDateTime end = closes.plusDays(1).atStartOfDay(deadline.publisherZone());
    VEvent event =
        new VEvent(
            shown(start, subscriber, utc),
            shown(end, subscriber, utc),
            "Comments close: " + AtomFeeds.label(doc));
    event.add(new Uid("deadline:" + doc.id() + ":" + closes + "@regintel.dev"));
    String link = doc.url() == null ? "" : "\n" + doc.url();
    event.add(
        new Description(
            "The last day for comments on "
                + AtomFeeds.label(doc)
                + " is "
                + closes
                + " in "
                + deadline.publisherZone().getId()
                + ": comments are accepted until "
                + SHOWN.format(end.withZoneSameInstant(subscriber))
                + " ("
                + subscriber.getId()
                + ")."
                + link));
    URI url = uri(doc.url());
    if (url != null) {
      event.add(new Url(url));
    }
    return event;
  }

  private static Temporal shown(ZonedDateTime at, ZoneId subscriber, boolean utc) {
    Instant instant = at.toInstant();
    return utc ? instant : instant.atZone(subscriber);
  }

  private static URI uri(String url) {
    if (url == null) {
      return null;
    }
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      // A link the source gave that is not a URI still appears in the description.
      return null;
    }
  }
}
