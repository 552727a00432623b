package dev.regintel.crawlers.source.nist;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.JsonBodies;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
 * The CSRC "drafts open for comment" JSON feed: {@code {updated, entries[]}}, each entry a draft
 * with its page address ({@code id}, {@code link}), a title with the stage phrase appended, an HTML
 * summary, the comment deadline in {@code content}, and {@code published}/{@code updated} times.
 * CSRC serves it with a UTF-8 byte-order mark, which is skipped.
 */
final class DraftsFeed {

  private static final Logger log = LoggerFactory.getLogger(DraftsFeed.class);

  /** "Comments Due: 9/30/2026". */
  private static final Pattern DUE_NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** "Comment period closes September 30, 2026". */
  private static final Pattern DUE_WORDS = Pattern.compile("([A-Z][a-z]+ \\d{1,2}, \\d{4})");

  private static final DateTimeFormatter MONTH_DAY_YEAR =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  /** "NIST SP 800-171 Rev. 3, " or "IR 8425: " in front of a title. */
  private static final Pattern LEADING_DESIGNATION =
      Pattern.compile(
          "^(?:NIST\\s+)?(?:SP|IR|NISTIR|FIPS|CSWP|AI|TN)\\s*\\d[\\w.-]*"
              + "(?:\\s+Vol\\.\\s*\\d+)?(?:\\s+(?:Rev\\.|Revision)\\s*\\d+)?\\s*[,:|\\u2013-]\\s*");

  private DraftsFeed() {}

  static Parsed parse(Fetched fetched) {
    JsonNode root = JsonBodies.object(fetched);
    JsonNode entries = root.path("entries");
    if (!entries.isArray()) {
      throw new ParseException("CSRC drafts feed without an entries array: " + fetched.url());
    }
    Provenance provenance =
        new Provenance(
            fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256());
    List<CrawlRecord> records = new ArrayList<>();
    List<URI> links = new ArrayList<>();
    for (JsonNode entry : entries) {
      String page = string(entry, "link") != null ? string(entry, "link") : string(entry, "id");
      var publication = CsrcPublication.fromUrl(page);
      if (publication.isEmpty()) {
        log.warn("CSRC drafts feed entry without a /pubs/ page address skipped: {}", page);
        continue;
      }
      records.add(record(entry, page.strip(), publication.get(), provenance));
      links.add(URI.create(page.strip()));
    }
    return new Parsed(records, links);
  }

  private static DocumentRecord record(
      JsonNode entry, String page, CsrcPublication publication, Provenance provenance) {
    LocalDate published = date(string(entry, "published"));
    boolean draft = !publication.isFinal();
    String summary = string(entry, "summary");
    return new DocumentRecord(
        publication.documentId(published == null ? null : YearMonth.from(published)),
        publication.code(),
        publication.version(),
        title(string(entry, "title"), publication),
        publication.kind(),
        publication.status().name(),
        publication.stageName(),
        published,
        // A draft in this feed is open for comment; its period opened when it was released.
        draft ? published : null,
        draft ? commentCloses(string(entry, "content"), page) : null,
        "pub:nist",
        List.of("US"),
        page,
        publication.family(),
        List.of(),
        summary == null || summary.isBlank() ? null : Jsoup.parse(summary).text(),
        List.of(),
        provenance);
  }

  /**
   * The last day for comments, from "Comment period closes September 30, 2026" or "Comments Due:
   * 9/30/2026"; null for "No Due Date: Comment Period Remains Open".
   */
  static LocalDate commentCloses(String content, String page) {
    if (content == null) {
      return null;
    }
    try {
      Matcher numeric = DUE_NUMERIC.matcher(content);
      if (numeric.find()) {
        return LocalDate.of(
            Integer.parseInt(numeric.group(3)),
            Integer.parseInt(numeric.group(1)),
            Integer.parseInt(numeric.group(2)));
      }
      Matcher words = DUE_WORDS.matcher(content);
      if (words.find()) {
        return LocalDate.parse(words.group(1), MONTH_DAY_YEAR);
      }
    } catch (DateTimeException e) {
      log.warn("unreadable comment deadline '{}' for {}", content, page);
    }
    return null;
  }

  /** The title without the designation in front of it or the stage phrase appended to it. */
  static String title(String raw, CsrcPublication publication) {
    if (raw == null) {
      return null;
    }
    String title = Text.collapse(raw);
    Pattern stagePhrase =
        Pattern.compile(
            "[\\s,:|(\\u2013-]*\\(?" + Pattern.quote(publication.stageName()) + "\\)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    title = stagePhrase.matcher(title).replaceFirst("");
    return LEADING_DESIGNATION.matcher(title).replaceFirst("");
  }

  private static LocalDate date(String timestamp) {
    if (timestamp == null) {
      return null;
    }
    String value = timestamp.strip();
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      } catch (DateTimeParseException again) {
        log.warn("unreadable publication time '{}' in the CSRC drafts feed", value);
        return null;
      }
    }
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.stringValue() : null;
  }
}
