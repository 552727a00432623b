package dev.regintel.crawlers.source.first;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.HtmlPages;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A FIRST standards page (a CVSS specification document, the CSIRT or PSIRT Services Framework):
 * the title (the first {@code h1}), the publication date when a line labelled "Published:",
 * "Release date:" or "Released:" gives a full date, the versions it replaces (a line saying
 * "supersedes" or "previous version(s)", by its links to other versions' pages or else by the
 * versions it names), and whether a newer version replaces it ("superseded by", "outdated"). These
 * statements are read from the head of the page only, above its first section heading ({@code h2}),
 * so that a specification's own prose ("unlike previous versions of CVSS ...") is never taken for
 * them. The identity comes from the address ({@link FirstStandard}); the page's text is not kept,
 * only the meta description as summary.
 */
final class StandardsPage {

  private static final Pattern ERROR_TITLE =
      Pattern.compile(
          "(?i)((error\\s*)?[45]\\d\\d\\b.*|error|page not found|not found|access denied"
              + "|forbidden)");
  private static final Map<String, Pattern> TITLE_OF_WORK =
      Map.of(
          "first-cvss", Pattern.compile("(?i)common vulnerability scoring system|\\bcvss\\b"),
          "first-csirt-services-framework", Pattern.compile("(?i)\\bcsirt\\b"),
          "first-psirt-services-framework", Pattern.compile("(?i)\\bpsirt\\b"));

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?i)\\b(?:published|release date|released|date of publication)\\s*:\\s*(.+)");
  private static final Pattern SUPERSEDES =
      Pattern.compile("(?i)\\b(?:supersedes|previous versions?)\\b");
  private static final Pattern SUCCEEDED =
      Pattern.compile(
          "(?i)\\b(?:superseded by|has been superseded|is outdated|outdated version|no longer"
              + " current)\\b");

  /** Where a "supersedes" line may sit, and those of them that label the element after them. */
  private static final Set<String> BLOCKS = Set.of("p", "li", "dd", "dt", "td", "th", "h3", "h4");

  private static final Set<String> LABELS = Set.of("dt", "th", "h3", "h4");

  private static final Pattern VERSION_MENTION =
      Pattern.compile("(?i)(?:\\bv|\\bversion\\s*)(\\d+)[.-](\\d+)\\b");

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4}");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("[A-Z][a-z]+ \\d{1,2}, \\d{4}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter D_MMMM_UUUU =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MMMM_D_UUUU =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private StandardsPage() {}

  static Parsed parse(Fetched fetched, FirstStandard standard) {
    Document page = HtmlPages.parse(fetched);
    Element content = content(page);
    String title = title(page, content, standard, fetched);
    List<Element> head = head(content);
    LocalDate published = published(head);
    Map<String, URI> replaced = supersedes(head, standard);
    Element description = page.selectFirst("meta[name=description]");
    String summary =
        description == null || description.attr("content").isBlank()
            ? null
            : Text.collapse(description.attr("content"));
    DocumentStatus status =
        head.stream().anyMatch(e -> SUCCEEDED.matcher(e.ownText()).find())
            ? DocumentStatus.SUPERSEDED
            : DocumentStatus.FINAL;
    DocumentRecord record =
        new DocumentRecord(
            standard.documentId(),
            standard.code(),
            standard.version(),
            title,
            standard.kind(),
            status.name(),
            null,
            published,
            null,
            null,
            "pub:first",
            List.of("INT"),
            fetched.url().toString(),
            standard.family(),
            List.copyOf(replaced.keySet()),
            summary,
            published == null ? List.of("published") : List.of(),
            new Provenance(
                fetched.url().toString(), fetched.retrieved(), Method.CRAWL, fetched.sha256()));
    return new Parsed(
        List.of(record), replaced.values().stream().filter(Objects::nonNull).toList());
  }

  private static Element content(Document page) {
    for (String selector : List.of("main", "#content", "article")) {
      Element found = page.selectFirst(selector);
      if (found != null && found.selectFirst("h1") != null) {
        return found;
      }
    }
    return page.body();
  }

  /** The content's elements in document order up to its first section heading. */
  private static List<Element> head(Element content) {
    List<Element> head = new ArrayList<>();
    for (Element element : content.getAllElements()) {
      if (element.nameIs("h2")) {
        break;
      }
      head.add(element);
    }
    return head;
  }

  private static String title(
      Document page, Element content, FirstStandard standard, Fetched fetched) {
    Element heading = content.selectFirst("h1");
    if (heading == null) {
      heading = page.selectFirst("h1");
    }
    String title = heading == null ? "" : Text.collapse(heading.text());
    if (title.isEmpty()) {
      title = Text.collapse(page.title()).replaceFirst("\\s*[|\u2013-]\\s*FIRST.*$", "");
    }
    if (title.isEmpty()) {
      throw new ParseException("no title (h1) on " + fetched.url());
    }
    if (ERROR_TITLE.matcher(title).matches()) {
      throw new ParseException(
          "an error page ('" + title + "'), not a standards page: " + fetched.url());
    }
    if (!TITLE_OF_WORK.get(standard.work()).matcher(title).find()) {
      throw new ParseException(
          "not a page of " + standard.code() + " ('" + title + "'): " + fetched.url());
    }
    return title;
  }

  /** The full date of the first "Published:"-like line; null for a month or season only. */
  private static LocalDate published(List<Element> head) {
    for (Element block : head) {
      Matcher line = DATE_LINE.matcher(Text.collapse(block.ownText()));
      if (line.find()) {
        return date(line.group(1));
      }
    }
    return null;
  }

  /**
   * The ids of the versions this one replaces, each with its page address when the page links it
   * (the crawl may follow those), in page order.
   */
  private static Map<String, URI> supersedes(List<Element> head, FirstStandard standard) {
    Map<String, URI> replaced = new LinkedHashMap<>();
    for (Element block : head) {
      if (!BLOCKS.contains(block.normalName())) {
        continue;
      }
      Matcher keyword = SUPERSEDES.matcher(block.text());
      if (!keyword.find()) {
        continue;
      }
      Elements scope = new Elements(block);
      if (LABELS.contains(block.normalName())) {
        Optional.ofNullable(block.nextElementSibling()).ifPresent(scope::add);
      }
      List<FirstStandard> linked = new ArrayList<>();
      for (Element link : scope.select("a[href]")) {
        URI address = address(link);
        FirstStandard.fromUrl(address)
            .filter(other -> other.work().equals(standard.work()) && !other.equals(standard))
            .ifPresent(
                other -> {
                  linked.add(other);
                  replaced.putIfAbsent(other.documentId(), address);
                });
      }
      if (linked.isEmpty()) {
        Matcher mention = VERSION_MENTION.matcher(block.text().substring(keyword.end()));
        while (mention.find()) {
          FirstStandard other =
              new FirstStandard(
                  standard.work(),
                  Integer.parseInt(mention.group(1)) + "." + Integer.parseInt(mention.group(2)));
          if (!other.equals(standard)) {
            replaced.putIfAbsent(other.documentId(), null);
          }
        }
      }
    }
    return replaced;
  }

  private static URI address(Element link) {
    try {
      return URI.create(link.absUrl("href").strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "November 1, 2023", "1 November 2023" or "2023-11-01"; null for anything else. */
  static LocalDate date(String text) {
    try {
      Matcher iso = ISO_DATE.matcher(text);
      if (iso.find()) {
        return LocalDate.parse(iso.group());
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(text);
      if (dmy.find()) {
        return LocalDate.parse(dmy.group(), D_MMMM_UUUU);
      }
      Matcher mdy = MONTH_DAY_YEAR.matcher(text);
      if (mdy.find()) {
        return LocalDate.parse(mdy.group(), MMMM_D_UUUU);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
