package dev.regintel.crawlers.source.enisa;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.HtmlPages;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ENISA publication page ({@code /publications/<slug>}), read inside its main content ({@code
 * main}, {@code article} or {@code #content} holding the {@code h1}) so that sidebars and lists of
 * related publications are not mistaken for it: the title (the first {@code h1}, else {@code
 * og:title}), the publication date (a field labelled "Published", "Publish date" or "Publication
 * date", its {@code <time datetime>} or its text, else {@code article:published_time}), the
 * abstract (the page body's description block, else the meta description), and the publication type
 * when the page shows one. Only the abstract is kept of the text, cut to a short summary; the
 * report itself (a PDF) is never read.
 *
 * <p>ENISA reports are © ENISA, "reproduction is authorised provided the source is acknowledged";
 * the record's provenance is that acknowledgement.
 */
final class PublicationPage {

  private static final Logger log = LoggerFactory.getLogger(PublicationPage.class);

  /** Summaries longer than this are cut at the last full sentence before it. */
  static final int SUMMARY_LIMIT = 1000;

  /** Headings of error pages: "Page not found", "404 - Page not found", "Access denied". */
  private static final Pattern ERROR_TITLE =
      Pattern.compile(
          "(?i)((error\\s*)?[45]\\d\\d\\b.*|error|page not found|not found|access denied"
              + "|forbidden)");

  /** A date label, and the date when it follows on the same line ("Published: 25 June 2025"). */
  private static final Pattern DATE_LABEL =
      Pattern.compile(
          "(?i)(?:published|publish date|publication date|date published)\\s*:?\\s*(.*)");

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4}");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("[A-Z][a-z]+ \\d{1,2}, \\d{4}");
  private static final Pattern MONTH_YEAR = Pattern.compile("[A-Z][a-z]+ \\d{4}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final DateTimeFormatter D_MMMM_UUUU =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MMMM_D_UUUU =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MMMM_UUUU =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  /** Where the abstract sits: the Drupal body field, older Plone description, or a marked block. */
  private static final String ABSTRACT =
      ".field--name-body, .publication-abstract, .documentDescription, [property=schema:abstract]";

  /** Type labels of guidance-like publications; every other type is a report. */
  private static final Pattern GUIDANCE =
      Pattern.compile(
          "(?i)\\b(guid(e|es|ance|elines?)|good practices?|best practices?|recommendations?"
              + "|handbook|toolkit|checklist)\\b");

  private PublicationPage() {}

  static Parsed parse(Fetched fetched, EnisaPublication publication) {
    Document page = decode(fetched);
    Element content = content(page);
    String title = title(page, content, fetched);
    String date = publicationDate(page, content).orElse(null);
    YearMonth month = month(date);
    LocalDate published = day(date);
    String summary = summary(page, content);
    if (date == null && summary == null && content.selectFirst("a[href$=.pdf]") == null) {
      throw new ParseException(
          "no publication details (date, abstract or report) on " + fetched.url());
    }
    List<String> unverified = new ArrayList<>();
    if (published == null) {
      unverified.add("published");
    }
    Optional<String> statedType = publicationType(content);
    String kind =
        publication
            .seededKind()
            .or(() -> statedType.map(PublicationPage::kindOf))
            .orElseGet(
                () -> {
                  unverified.add("kind");
                  return kindOf(title);
                });
    return Parsed.of(
        List.of(
            new DocumentRecord(
                publication.documentId(month),
                month == null ? "ENISA report" : "ENISA report (" + month.format(MMMM_UUUU) + ")",
                null,
                title,
                kind,
                "FINAL",
                null,
                published,
                null,
                null,
                "pub:enisa",
                List.of("EU"),
                publication.url().toString(),
                publication.family(),
                List.of(),
                summary,
                unverified,
                new Provenance(
                    fetched.url().toString(),
                    fetched.retrieved(),
                    Method.CRAWL,
                    fetched.sha256()))));
  }

  /** The page as text, decoded by {@link HtmlPages} (windows-1252 when it is not UTF-8). */
  static Document decode(Fetched fetched) {
    return HtmlPages.parse(fetched);
  }

  private static Element content(Document page) {
    for (String selector : List.of("main", "article", "#content")) {
      Element found = page.selectFirst(selector);
      if (found != null && found.selectFirst("h1") != null) {
        return found;
      }
    }
    return page.body();
  }

  private static String title(Document page, Element content, Fetched fetched) {
    Element heading = content.selectFirst("h1");
    String title = heading == null ? null : Text.collapse(heading.text());
    if (title == null || title.isEmpty()) {
      Element og = page.selectFirst("meta[property=og:title]");
      title = og == null ? null : Text.collapse(og.attr("content"));
    }
    if (title == null || title.isEmpty()) {
      throw new ParseException("no publication title (h1) on " + fetched.url());
    }
    if (ERROR_TITLE.matcher(title).matches()) {
      throw new ParseException(
          "an error page ('" + title + "'), not a publication: " + fetched.url());
    }
    return title;
  }

  /** The date as the page writes it: ISO from a datetime attribute, else the label's text. */
  private static Optional<String> publicationDate(Document page, Element content) {
    for (Element label : content.getAllElements()) {
      Matcher labelled = DATE_LABEL.matcher(Text.collapse(label.ownText()));
      if (!labelled.matches()) {
        continue;
      }
      if (!labelled.group(1).isEmpty()) {
        if (month(labelled.group(1)) != null) {
          return Optional.of(labelled.group(1));
        }
        continue;
      }
      Element field = label.parent();
      Element time = field == null ? null : field.selectFirst("time[datetime]");
      if (time != null) {
        return Optional.of(time.attr("datetime"));
      }
      Element value = label.nextElementSibling();
      String text = value != null ? value.text() : field == null ? "" : field.ownText();
      if (month(text) != null) {
        return Optional.of(text);
      }
    }
    Element meta = page.selectFirst("meta[property=article:published_time]");
    return meta == null || meta.attr("content").isBlank()
        ? Optional.empty()
        : Optional.of(meta.attr("content"));
  }

  private static String summary(Document page, Element content) {
    Element block = content.selectFirst(ABSTRACT);
    String text = block == null ? "" : Text.collapse(block.text());
    if (text.isEmpty()) {
      Element meta = page.selectFirst("meta[name=description], meta[property=og:description]");
      text = meta == null ? "" : Text.collapse(meta.attr("content"));
    }
    return text.isEmpty() ? null : shorten(text);
  }

  /** The text up to the last sentence that ends within {@link #SUMMARY_LIMIT} characters. */
  static String shorten(String text) {
    if (text.length() <= SUMMARY_LIMIT) {
      return text;
    }
    int end = text.lastIndexOf(". ", SUMMARY_LIMIT - 1);
    return end > 0 ? text.substring(0, end + 1) : text.substring(0, SUMMARY_LIMIT - 1) + "\u2026";
  }

  /** The publication type a field labelled "Type" or "Publication type" shows. */
  private static Optional<String> publicationType(Element content) {
    for (Element label : content.getAllElements()) {
      String own = Text.collapse(label.ownText()).replaceFirst(":$", "").strip();
      if (own.equalsIgnoreCase("type") || own.equalsIgnoreCase("publication type")) {
        Element value = label.nextElementSibling();
        if (value != null && !value.text().isBlank()) {
          return Optional.of(Text.collapse(value.text()));
        }
      }
    }
    return Optional.empty();
  }

  /** GUIDANCE for guidelines, good practices and recommendations, as the seed files them. */
  static String kindOf(String typeOrTitle) {
    return GUIDANCE.matcher(typeOrTitle).find() ? "GUIDANCE" : "REPORT";
  }

  static YearMonth month(String date) {
    LocalDate day = day(date);
    if (day != null) {
      return YearMonth.from(day);
    }
    if (date == null) {
      return null;
    }
    Matcher m = MONTH_YEAR.matcher(date);
    while (m.find()) {
      try {
        return YearMonth.parse(m.group(), MMMM_UUUU);
      } catch (DateTimeException e) {
        // "Landscape 2025": not a month; look further
      }
    }
    return null;
  }

  /**
   * A full date: ISO ("2019-11-25", "2019-11-25T12:00:00+01:00", the local date as written), "25
   * November 2019" or "November 25, 2019"; null when only a month is given.
   */
  static LocalDate day(String date) {
    if (date == null) {
      return null;
    }
    String value = date.strip();
    try {
      if (value.length() > 10 && ISO_DATE.matcher(value).lookingAt()) {
        return OffsetDateTime.parse(value).toLocalDate();
      }
    } catch (DateTimeException e) {
      // a date-time without an offset: its date part is read below
    }
    try {
      Matcher iso = ISO_DATE.matcher(value);
      if (iso.lookingAt()) {
        return LocalDate.parse(iso.group());
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(value);
      if (dmy.find()) {
        return LocalDate.parse(dmy.group(), D_MMMM_UUUU);
      }
      Matcher mdy = MONTH_DAY_YEAR.matcher(value);
      if (mdy.find()) {
        return LocalDate.parse(mdy.group(), MMMM_D_UUUU);
      }
    } catch (DateTimeException e) {
      log.warn("unreadable ENISA publication date '{}'", value);
    }
    return null;
  }
}
