package dev.regintel.crawlers.source.eu;

import dev.regintel.crawlers.source.eu.OjProvision.Kind;
import dev.regintel.ontology.Text;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads articles and annexes out of Official Journal XHTML, whose markup carries the structure:
 *
 * <ul>
 *   <li>an article is {@code div.eli-subdivision#art_21} with its number in {@code p.oj-ti-art}
 *       ("Article 21") and its heading in {@code div.eli-title}; a numbered paragraph is a {@code
 *       div#021.002} whose first {@code p} starts "2." (older texts number bare {@code p}s the same
 *       way); later {@code p}s are its further subparagraphs;
 *   <li>a point is a two-cell table row, its label ("(a)", "(i)", "(1)") in the first cell and its
 *       words, with any sub-points as nested tables, in the second;
 *   <li>an annex is {@code div.eli-container#anx_I} with "ANNEX I" and its title in {@code
 *       p.oj-doc-ti}, parts announced by a line "Part I ..." and numbered items as point tables.
 * </ul>
 *
 * <p>Refs follow the seed: {@code Art. 21}, {@code Art. 21(2)}, {@code Art. 21(2)(d)}, {@code Annex
 * I}, {@code Annex I Part I}, {@code Annex I Part I (2)(a)}.
 */
final class OjStructure {

  private static final Pattern PARAGRAPH_DIV = Pattern.compile("\\d{3}\\.(\\d{3})");

  /** The empty brackets a footnote reference leaves, with the white space before them. */
  private static final Pattern FOOTNOTE_BRACKETS = Pattern.compile("(?U)\\s*\\(\\s*\\)");

  private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^(\\d+[a-z]?)\\.\\s+");
  private static final Pattern ARTICLE_HEADING = Pattern.compile("(?i)^Article\\s+(\\d+[a-z]*)");
  private static final Pattern ARTICLE_ID = Pattern.compile("art_(\\d+[a-z]*)");
  private static final Pattern ANNEX_ID = Pattern.compile("anx_([IVXLC]+|\\d+)");
  private static final Pattern POINT_LABEL =
      Pattern.compile("^\\(?(\\d{1,3}[a-z]?|[a-z]{1,4})\\)?\\.?$");
  private static final Pattern PART_LINE =
      Pattern.compile("(?i)^Part\\s+([IVXLC]+|\\d+)\\b[\\s:.\\u2013-]*(.*)$");

  private OjStructure() {}

  /** The article in {@code div#art_N}, with its paragraphs and points. */
  static OjProvision article(Element div) {
    Element heading = div.selectFirst("> p.oj-ti-art, > p.title-article-norm");
    Matcher number =
        heading != null ? ARTICLE_HEADING.matcher(text(heading)) : ARTICLE_ID.matcher(div.id());
    String ref = "Art. " + (number.find() ? number.group(1) : div.id());
    Element subtitle = div.selectFirst("> div.eli-title, > p.oj-sti-art, > p.stitle-article-norm");
    OjProvision article =
        new OjProvision(ref, null, Kind.DIVISION, subtitle == null ? null : text(subtitle));
    walk(div, new ArticleReader(article));
    return article;
  }

  /** The annex in {@code div#anx_N}, with its parts, items and points. */
  static OjProvision annex(Element container) {
    Matcher id = ANNEX_ID.matcher(container.id());
    String ref = "Annex " + (id.matches() ? id.group(1) : container.id());
    OjProvision annex = new OjProvision(ref, null, Kind.DIVISION, null);
    walk(container, new AnnexReader(annex));
    return annex;
  }

  /** What a walk over an act's markup meets, in document order. */
  private interface Blocks {
    /** A run of words, from a {@code p} or from loose text inside {@code from}. */
    void words(String text, Element from);

    void table(Element table);

    void division(Element div);
  }

  /**
   * Walks the blocks of {@code container}. A {@code p} that holds tables or divisions (unclosed
   * paragraphs in broken markup swallow what follows) is walked into rather than read whole.
   */
  private static void walk(Element container, Blocks blocks) {
    StringBuilder run = new StringBuilder();
    for (Node node : container.childNodes()) {
      if (node instanceof TextNode textNode) {
        run.append(textNode.getWholeText());
        continue;
      }
      if (!(node instanceof Element element)) {
        continue;
      }
      if (element.nameIs("table") || element.nameIs("div") || element.nameIs("p")) {
        flush(run, container, blocks);
      }
      if (element.nameIs("table")) {
        blocks.table(element);
      } else if (element.nameIs("div")) {
        blocks.division(element);
      } else if (element.nameIs("p") && !element.select("> table, > div, > p").isEmpty()) {
        walk(element, blocks);
      } else if (element.nameIs("p")) {
        blocks.words(text(element), element);
      } else {
        run.append(' ').append(element.text()).append(' ');
      }
    }
    flush(run, container, blocks);
  }

  private static void flush(StringBuilder run, Element from, Blocks blocks) {
    String text = normalise(run.toString());
    run.setLength(0);
    if (!text.isEmpty()) {
      blocks.words(text, from);
    }
  }

  private static boolean isArticleHeading(Element element) {
    return element.hasClass("oj-ti-art")
        || element.hasClass("title-article-norm")
        || element.hasClass("eli-title")
        || element.hasClass("oj-sti-art")
        || element.hasClass("stitle-article-norm");
  }

  /** Reads an article's blocks, starting a paragraph at each paragraph number. */
  private static final class ArticleReader implements Blocks {
    private final OjProvision article;
    private OjProvision paragraph;
    private String divNumber;

    ArticleReader(OjProvision article) {
      this.article = article;
    }

    @Override
    public void division(Element div) {
      if (isArticleHeading(div) || ARTICLE_ID.matcher(div.id()).matches()) {
        return; // the heading is read already; a nested article is read on its own
      }
      Matcher id = PARAGRAPH_DIV.matcher(div.id());
      if (id.matches()) {
        divNumber = String.valueOf(Integer.parseInt(id.group(1)));
      }
      walk(div, this);
    }

    @Override
    public void table(Element table) {
      points(table, paragraph != null ? paragraph : article, false);
    }

    @Override
    public void words(String text, Element from) {
      if (text.isEmpty() || isArticleHeading(from)) {
        return;
      }
      Matcher number = PARAGRAPH_NUMBER.matcher(text);
      if (number.find()) {
        paragraph = article.add(article.ref + "(" + number.group(1) + ")", Kind.PARAGRAPH, null);
        text = text.substring(number.end());
        divNumber = null;
      } else if (divNumber != null) {
        paragraph = article.add(article.ref + "(" + divNumber + ")", Kind.PARAGRAPH, null);
        divNumber = null;
      }
      (paragraph != null ? paragraph : article).own.add(text);
    }
  }

  /** Reads an annex's title, its parts, their lead-ins and their numbered items. */
  private static final class AnnexReader implements Blocks {
    private final OjProvision annex;
    private OjProvision part;

    AnnexReader(OjProvision annex) {
      this.annex = annex;
    }

    private OjProvision current() {
      return part != null ? part : annex;
    }

    @Override
    public void division(Element div) {
      walk(div, this);
    }

    @Override
    public void table(Element table) {
      points(table, current(), true);
    }

    @Override
    public void words(String text, Element from) {
      Matcher partLine = PART_LINE.matcher(text);
      if (text.isEmpty()) {
        return;
      }
      if (from.hasClass("oj-doc-ti")) {
        if (!text.toUpperCase(Locale.ROOT).startsWith("ANNEX") && annex.title == null) {
          annex.title = sentenceCase(text);
        }
      } else if (partLine.matches()) {
        String title = partLine.group(2).isBlank() ? null : sentenceCase(partLine.group(2));
        part = annex.add(annex.ref + " Part " + partLine.group(1), Kind.DIVISION, title);
      } else if (from.className().startsWith("oj-ti-")) {
        if (current().title == null) {
          current().title = sentenceCase(text);
        }
      } else {
        current().own.add(text);
      }
    }
  }

  /**
   * The points in a table: one per two-cell row with a point label. A row that is not a point adds
   * its words to the parent.
   *
   * @param spaced whether the label follows the parent's ref after a space, as annex items do
   *     ("Annex I Part I (1)") and article points do not ("Art. 21(2)(a)")
   */
  private static void points(Element table, OjProvision parent, boolean spaced) {
    for (Element section : table.children()) {
      for (Element row : section.nameIs("tr") ? List.of(section) : section.children()) {
        if (!row.nameIs("tr")) {
          continue;
        }
        List<Element> cells = row.children().stream().filter(c -> c.nameIs("td")).toList();
        Matcher label = cells.size() == 2 ? POINT_LABEL.matcher(text(cells.getFirst())) : null;
        if (label != null && label.matches()) {
          String ref = parent.ref + (spaced ? " " : "") + "(" + label.group(1) + ")";
          OjProvision point = parent.add(ref, Kind.POINT, null);
          walk(cells.get(1), new CellReader(point));
        } else if (!text(row).isEmpty()) {
          parent.own.add(text(row));
        }
      }
    }
  }

  /** Reads the second cell of a point row: the point's words and its sub-points. */
  private record CellReader(OjProvision point) implements Blocks {
    @Override
    public void words(String text, Element from) {
      if (!text.isEmpty()) {
        point.own.add(text);
      }
    }

    @Override
    public void table(Element table) {
      points(table, point, false);
    }

    @Override
    public void division(Element div) {
      walk(div, this);
    }
  }

  /** An element's words, with non-breaking spaces as spaces and footnote brackets gone. */
  static String text(Element element) {
    return normalise(element.text());
  }

  private static String normalise(String text) {
    return Text.collapse(FOOTNOTE_BRACKETS.matcher(text).replaceAll(""));
  }

  /** "ESSENTIAL CYBERSECURITY REQUIREMENTS" gives "Essential cybersecurity requirements". */
  private static String sentenceCase(String text) {
    if (!text.equals(text.toUpperCase(Locale.ROOT))) {
      return text;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
