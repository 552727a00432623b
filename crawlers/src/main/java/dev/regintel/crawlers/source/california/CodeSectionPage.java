package dev.regintel.crawlers.source.california;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A California code section page ({@code /faces/codes_displaySection.xhtml?lawCode=CIV
 * &sectionNum=1798.91.04}), or a page of several sections ({@code codes_displayText.xhtml}). The
 * text sits in {@code div#codeLawSectionNoHead} (one section) or {@code
 * div#display_code_many_law_sections}: the headings of the code, division, part and title, then for
 * each section its number in an {@code h6} ("1798.91.04.") followed by one {@code p} per paragraph
 * of text and an italic history note ("(Amended by Stats. 2022, ...)"), which is not part of the
 * text. California statutes are not subject to copyright; the text is stored.
 *
 * <p>The document is the code's title the section belongs to, named by the "TITLE 1.81.26. ..."
 * heading: {@code doc:us-ca-<code>-<title>}, e.g. {@code doc:us-ca-civ-1.81.26}, as in the seed.
 * The section and its subdivisions become requirements (see {@link CodeProvision}).
 */
final class CodeSectionPage {

  private static final Pattern SECTION_NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)*)\\.?");
  private static final Pattern TITLE_HEADING =
      Pattern.compile("TITLE\\s+(\\d+(?:\\.\\d+)*)\\.?\\s.*");
  private static final Pattern HISTORY =
      Pattern.compile("\\(\\s*(?:Added|Amended|Repealed|Enacted|Renumbered)\\b.*", Pattern.DOTALL);

  private CodeSectionPage() {}

  static Parsed parse(Fetched fetched) {
    String lawCode =
        LeginfoPages.parameter(fetched.url(), "lawCode")
            .orElseThrow(() -> new ParseException("no lawCode in the address " + fetched.url()));
    String asked = LeginfoPages.parameter(fetched.url(), "sectionNum").orElse(null);
    Document page = LeginfoPages.parse(fetched);
    Element text = page.selectFirst("#codeLawSectionNoHead, #display_code_many_law_sections");
    if (text == null) {
      throw new ParseException(
          "no code section text (div#codeLawSectionNoHead) on "
              + fetched.url()
              + "; an error page?");
    }
    String title = title(text, fetched);
    Map<String, List<String>> sections = sections(text);
    if (sections.isEmpty()) {
      throw new ParseException("no numbered section with text on " + fetched.url());
    }
    if (asked != null && !sections.containsKey(asked.replaceAll("\\.$", ""))) {
      throw new ParseException(
          "the page shows section(s) "
              + sections.keySet()
              + ", not "
              + asked
              + ": "
              + fetched.url());
    }
    String documentId = "doc:us-ca-" + lawCode.toLowerCase(Locale.ROOT) + "-" + title;
    Provenance provenance = LeginfoPages.provenance(fetched);
    List<CrawlRecord> records = new ArrayList<>();
    sections.forEach(
        (number, paragraphs) ->
            CodeProvision.section(number, paragraphs).emit(documentId, provenance, records));
    return Parsed.of(records);
  }

  /** The number of the code's title the sections belong to, from its heading. */
  private static String title(Element text, Fetched fetched) {
    for (Element heading : text.select("h1, h2, h3, h4, h5, b")) {
      Matcher m = TITLE_HEADING.matcher(Text.collapse(heading.text()));
      if (m.matches()) {
        return m.group(1);
      }
    }
    throw new ParseException(
        "no TITLE heading on "
            + fetched.url()
            + "; cannot tell which document the section belongs to");
  }

  /** Each section's paragraphs of text, by section number, in page order. */
  private static Map<String, List<String>> sections(Element text) {
    text.select("i").stream()
        .filter(i -> HISTORY.matcher(Text.collapse(i.text())).matches())
        .forEach(Element::remove);
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (Element element : text.select("h6, p")) {
      if (element.nameIs("h6")) {
        Matcher number = SECTION_NUMBER.matcher(sectionNumber(element));
        current =
            number.matches()
                ? sections.computeIfAbsent(number.group(1), n -> new ArrayList<>())
                : null;
      } else if (current != null) {
        String line = ownParagraph(element);
        if (!line.isEmpty() && !HISTORY.matcher(line).matches()) {
          current.add(line);
        }
      }
    }
    sections.values().removeIf(List::isEmpty);
    return sections;
  }

  /**
   * The number an {@code h6} shows: its link's text, or its own text, since in broken markup an
   * unclosed {@code h6} holds the section's paragraphs too.
   */
  private static String sectionNumber(Element h6) {
    Element link = h6.selectFirst("a");
    return Text.collapse(link != null ? link.text() : h6.ownText());
  }

  /**
   * A paragraph's text without paragraphs nested in it by broken markup (they come on their own).
   */
  private static String ownParagraph(Element p) {
    Element copy = p.clone();
    copy.select("p").stream().filter(nested -> nested != copy).forEach(Element::remove);
    return Text.collapse(copy.text());
  }
}
