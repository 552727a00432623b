package dev.regintel.crawlers.source.nist;

import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.source.HtmlPages;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.time.DateTimeException;
import java.time.LocalDate;
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
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A CSRC publication page ({@code /pubs/<series>/<number>/.../<stage>}): the title ({@code
 * #pub-title}), "Date Published:" ({@code #pub-release-date}; a full date or only a month),
 * "Comments Due:" ({@code #pub-comments-due}), the abstract ({@code #pub-detail-abstract-info}) and
 * the supersession notes "Supersedes:" and "Superseded By:", each a label followed by links to
 * other publication pages with their release dates, e.g. {@code <a href="/pubs/ir/8259/2pd">...</a>
 * (01/07/2020)}. The identity comes from the page address (see {@link CsrcPublication}).
 */
final class PublicationPage {

  private static final DateTimeFormatter FULL_DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private static final Pattern FULL_DATE_TEXT = Pattern.compile("[A-Z][a-z]+ \\d{1,2}, \\d{4}");

  /** The release date CSRC writes after a linked publication: "(01/07/2020)". */
  private static final Pattern LINK_DATE = Pattern.compile("\\((\\d{1,2})/(\\d{1,2})/(\\d{4})\\)");

  private PublicationPage() {}

  static Parsed parse(Fetched fetched, CsrcPublication publication) {
    Document page = HtmlPages.parse(fetched);
    Element heading = page.getElementById("pub-title");
    if (heading == null || heading.text().isBlank()) {
      throw new ParseException("no publication title (#pub-title) on " + fetched.url());
    }
    String released = field(page, "pub-release-date", "Date Published:").orElse(null);
    YearMonth month = month(released);
    LocalDate published = fullDate(released);
    LocalDate commentCloses =
        field(page, "pub-comments-due", "Comments Due:")
            .map(PublicationPage::fullDate)
            .orElse(null);
    boolean draft = !publication.isFinal();
    Element abstractBlock = page.getElementById("pub-detail-abstract-info");
    String summary = abstractBlock == null ? null : abstractBlock.text();
    return Parsed.of(
        List.of(
            new DocumentRecord(
                publication.documentId(month),
                publication.code(),
                publication.version(),
                heading.text(),
                publication.kind(),
                status(page, publication).name(),
                publication.stageName(),
                published,
                // The comment period of a CSRC draft opens on its release.
                draft && commentCloses != null ? published : null,
                draft ? commentCloses : null,
                "pub:nist",
                List.of("US"),
                fetched.url().toString(),
                publication.family(),
                supersedes(page),
                summary == null || summary.isBlank() ? null : summary,
                List.of(),
                new Provenance(
                    fetched.url().toString(),
                    fetched.retrieved(),
                    Method.CRAWL,
                    fetched.sha256()))));
  }

  /**
   * A draft stays DRAFT when a later stage replaces it (the final records that it supersedes the
   * draft); a final that a newer revision replaces is SUPERSEDED.
   */
  private static DocumentStatus status(Document page, CsrcPublication publication) {
    if (label(page, "Withdrawn:").isPresent()) {
      return DocumentStatus.WITHDRAWN;
    }
    if (publication.isFinal() && label(page, "Superseded By:").isPresent()) {
      return DocumentStatus.SUPERSEDED;
    }
    return publication.status();
  }

  /** The ids of the publications listed after "Supersedes:", in page order. */
  private static List<String> supersedes(Document page) {
    List<String> ids = new ArrayList<>();
    Optional<Element> label = label(page, "Supersedes:");
    if (label.isEmpty()) {
      return ids;
    }
    for (Node node = label.get().nextSibling(); node != null; node = node.nextSibling()) {
      if (node instanceof Element element
          && (element.nameIs("br") || element.nameIs("strong") || element.nameIs("b"))) {
        break;
      }
      if (node instanceof Element link && link.nameIs("a")) {
        CsrcPublication.fromUrl(link.absUrl("href"))
            .map(other -> other.documentId(dateAfter(link)))
            .ifPresent(ids::add);
      }
    }
    return ids;
  }

  /** The month of the "(mm/dd/yyyy)" that follows a link, if any. */
  private static YearMonth dateAfter(Element link) {
    Node next = link.nextSibling();
    if (next instanceof TextNode text) {
      Matcher m = LINK_DATE.matcher(text.text());
      if (m.find()) {
        return YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
      }
    }
    return null;
  }

  /** A value by its element id, else the text after its label up to the next line break. */
  private static Optional<String> field(Document page, String id, String labelText) {
    Element byId = page.getElementById(id);
    if (byId != null && !byId.text().isBlank()) {
      return Optional.of(byId.text().strip());
    }
    return label(page, labelText)
        .map(
            label -> {
              StringBuilder value = new StringBuilder();
              for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
                if (n instanceof Element e && (e.nameIs("br") || e.nameIs("strong"))) {
                  break;
                }
                if (n instanceof Element e) {
                  value.append(e.text()).append(' ');
                } else if (n instanceof TextNode t) {
                  value.append(t.text()).append(' ');
                }
              }
              return value.toString().strip();
            })
        .filter(value -> !value.isEmpty());
  }

  private static Optional<Element> label(Document page, String text) {
    return page.select("strong, b").stream()
        .filter(e -> e.text().strip().equalsIgnoreCase(text))
        .findFirst();
  }

  private static YearMonth month(String date) {
    LocalDate full = fullDate(date);
    if (full != null) {
      return YearMonth.from(full);
    }
    try {
      return date == null ? null : YearMonth.parse(date.strip(), MONTH);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "June 17, 2022"; null for "May 2020" (only a month) or anything else. */
  private static LocalDate fullDate(String date) {
    if (date == null) {
      return null;
    }
    Matcher m = FULL_DATE_TEXT.matcher(date);
    try {
      return m.find() ? LocalDate.parse(m.group(), FULL_DATE) : null;
    } catch (DateTimeException e) {
      return null;
    }
  }
}
