package dev.regintel.crawlers.source.first;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.JsonBodies;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * FIRST's news API ({@code https://api.first.org/data/v1/news}): {@code {access, data[]}}, each
 * entry a press release with {@code id}, {@code link} (its page, {@code
 * https://www.first.org/newsroom/releases/YYYYMMDD}), {@code published} (an RFC 822 date-time),
 * {@code summary} and {@code title}. One {@link PressRelease} record per entry; no links, since the
 * API says all this source keeps of a release. JSON is UTF-8 whatever the Content-Type says (RFC
 * 8259); a byte-order mark is skipped.
 */
final class NewsFeed {

  private static final Logger log = LoggerFactory.getLogger(NewsFeed.class);

  /** "12 Jul 2019" inside an RFC 822 date the strict parser refuses (e.g. zone "EDT"). */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4})");

  private static final DateTimeFormatter D_MMM_UUUU =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private NewsFeed() {}

  static Parsed parse(Fetched fetched) {
    JsonNode data = JsonBodies.object(fetched).path("data");
    if (!data.isArray()) {
      throw new ParseException("FIRST news response without a data array: " + fetched.url());
    }
    Provenance provenance =
        new Provenance(
            fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
    List<CrawlRecord> records = new ArrayList<>();
    for (JsonNode entry : data) {
      String title = JsonBodies.text(entry, "title");
      String link = JsonBodies.text(entry, "link");
      LocalDate published = rfc822Date(JsonBodies.text(entry, "published"));
      String inAddress = PressRelease.dateInAddress(link);
      LocalDate date;
      try {
        date = inAddress != null ? PressRelease.parseAddressDate(inAddress) : published;
      } catch (DateTimeException e) {
        date = published;
      }
      if (title == null || date == null) {
        log.warn("FIRST news entry without a title or a date skipped: {}", entry.path("id"));
        continue;
      }
      String summary = JsonBodies.text(entry, "summary");
      String summaryText = summary == null ? "" : Jsoup.parse(summary).text().strip();
      PressRelease release =
          new PressRelease(
              date, inAddress, title, link, published, summaryText.isEmpty() ? null : summaryText);
      try {
        records.add(release.toRecord(provenance));
      } catch (IllegalArgumentException e) {
        log.warn("FIRST news entry with a title no id can be made of skipped: {}", title);
      }
    }
    return Parsed.of(records);
  }

  /**
   * The date of an RFC 822 date-time ("Fri, 12 Jul 2019 00:00:00 +0000") in its own zone; null when
   * unreadable.
   */
  static LocalDate rfc822Date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException e) {
      Matcher m = DAY_MONTH_YEAR.matcher(value);
      try {
        if (m.find()) {
          return LocalDate.parse(m.group(), D_MMM_UUUU);
        }
      } catch (DateTimeException again) {
        // falls through to the warning
      }
      log.warn("unreadable FIRST news date '{}'", value);
      return null;
    }
  }
}
