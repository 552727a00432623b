package dev.regintel.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.Http;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Atom and iCalendar feeds, read back with Rome and ical4j. */
class FeedsIT extends AbstractAppIT {

  static final String NISTIR_8259_2PD = "doc:nist-ir-8259:2pd-2020-01";

  @LocalServerPort int port;

  HttpResponse<String> get(String path) {
    return Http.get(port, path);
  }

  static SyndFeed atom(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    return feed;
  }

  static Calendar calendar(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
    calendar.validate();
    return calendar;
  }

  static List<String> ids(SyndFeed feed) {
    return feed.getEntries().stream().map(SyndEntry::getUri).toList();
  }

  @Test
  void openForCommentOnFirstFebruary2020ListsTheNistir8259SecondDraftAndNotTheFirst()
      throws Exception {
    SyndFeed feed = atom(get("/feeds/open-for-comment.atom?asOf=2020-02-01"));
    assertThat(ids(feed))
        .contains("tag:regintel.dev,2026:" + NISTIR_8259_2PD)
        .doesNotContain("tag:regintel.dev,2026:doc:nist-ir-8259:ipd-2019-07");
    SyndEntry draft =
        feed.getEntries().stream()
            .filter(e -> e.getUri().endsWith(NISTIR_8259_2PD))
            .findFirst()
            .orElseThrow();
    assertThat(draft.getLink()).startsWith("https://csrc.nist.gov/");
    assertThat(draft.getAuthors())
        .singleElement()
        .satisfies(a -> assertThat(a.getName()).isEqualTo("regintel"));
    assertThat(draft.getDescription().getValue()).contains("close at the end of 2020-02-07");
  }

  @Test
  void openForCommentTakesTheFiltersOfTheQuery() throws Exception {
    SyndFeed nist =
        atom(get("/feeds/open-for-comment.atom?asOf=2020-02-01&publishers=NIST&keywords=8259"));
    assertThat(ids(nist)).containsExactly("tag:regintel.dev,2026:" + NISTIR_8259_2PD);
    SyndFeed none = atom(get("/feeds/open-for-comment.atom?asOf=2020-02-01&jurisdictions=JP,FR"));
    assertThat(ids(none)).doesNotContain("tag:regintel.dev,2026:" + NISTIR_8259_2PD);
  }

  @Test
  void changesSinceADateListSeedLoadEventsNewestFirst() throws Exception {
    SyndFeed feed =
        atom(get("/feeds/changes.atom?since=2000-01-01&publishers=NIST&keywords=8259&first=500"));
    assertThat(feed.getEntries()).isNotEmpty();
    assertThat(feed.getEntries()).anySatisfy(e -> assertThat(e.getTitle()).contains("NISTIR 8259"));
    List<java.util.Date> dates =
        feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(feed.getLinks()).anySatisfy(l -> assertThat(l.getRel()).isEqualTo("self"));
    assertThat(atom(get("/feeds/changes.atom?since=2999-01-01")).getEntries()).isEmpty();
  }

  @Test
  void deadlinesHaveOneEventPerClosingDayWithTheDocumentLink() throws Exception {
    Calendar calendar = calendar(get("/feeds/deadlines.ics?from=2019-01-01&to=2020-12-31"));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).isNotEmpty();
    assertThat(
            new HashSet<>(events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList()))
        .hasSameSizeAs(events);
    VEvent nist = event(events, NISTIR_8259_2PD);
    assertThat(nist.getProperty(Property.URL).map(Property::getValue))
        .hasValue("https://csrc.nist.gov/publications/detail/nistir/8259/archive/2020-01-07");
    assertThat(nist.getSummary().getValue()).startsWith("Comments close: NISTIR 8259");
  }

  @Test
  void deadlinesRenderInTheSubscribersZone() throws Exception {
    HttpResponse<String> response =
        get("/feeds/deadlines.ics?from=2020-02-01&to=2020-02-29&tz=Asia/Tokyo");
    assertThat(response.body().lines())
        .as("folded at 75 octets")
        .allSatisfy(
            l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    Calendar calendar = calendar(response);
    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    VEvent nist = event(calendar.getComponents("VEVENT"), NISTIR_8259_2PD);
    // The 7th in Washington runs from 14:00 on the 7th to 14:00 on the 8th in Tokyo.
    ZonedDateTime tokyo = ZonedDateTime.of(2020, 2, 7, 14, 0, 0, 0, ZoneId.of("Asia/Tokyo"));
    DtStart<ZonedDateTime> start = nist.getDateTimeStart();
    DtEnd<ZonedDateTime> end = nist.getDateTimeEnd();
    assertThat(start.getDate()).isEqualTo(tokyo);
    assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Tokyo");
    assertThat(end.getDate()).isEqualTo(tokyo.plusDays(1));
    assertThat(nist.getDescription().getValue()).contains("2020-02-08 14:00 JST");
  }

  static VEvent event(List<VEvent> events, String documentId) {
    return events.stream()
        .filter(e -> e.getUid().orElseThrow().getValue().contains(documentId))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "/feeds/deadlines.ics?tz=Mars/Olympus | 'tz' must be an IANA time zone",
        "/feeds/deadlines.ics?from=2020-02-30 | 'from' must be a date",
        "/feeds/deadlines.ics?from=2020-01-01&to=2019-01-01 | must not be before",
        "/feeds/deadlines.ics?from=2000-01-01&to=2020-01-01 | at most 10 years apart",
        "/feeds/open-for-comment.atom?asOf=yesterday | 'asOf' must be a date",
        "/feeds/open-for-comment.atom?asof=2020-02-01 | unknown parameter 'asof'",
        "/feeds/open-for-comment.atom?keywords=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u"
            + " | keywords must hold 1 to 20 values",
        "/feeds/open-for-comment.atom?kinds= | kinds values must be 1 to 100 characters",
        "/feeds/changes.atom?first=1001 | first must be between 0 and 1000",
        "/feeds/changes.atom?since=2020-01-01&since=2021-01-01 | 'since' takes one value",
        "/feeds/changes.atom?since=2020-13-01T00:00Z | 'since' must be a date",
      })
  void badParametersAre400WithAMessage(String path, String message) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(message).contains("BAD_USER_INPUT");
  }
}
