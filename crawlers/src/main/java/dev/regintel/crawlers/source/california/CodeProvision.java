package dev.regintel.crawlers.source.california;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Provenance;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code section and its subdivisions, read from the section's paragraphs. California statutes nest
 * subdivisions {@code (a)}, paragraphs {@code (1)}, subparagraphs {@code (A)}, clauses {@code (i)}
 * and subclauses {@code (I)}; a paragraph of text starts with the markers of the provisions it
 * opens ("(c) (1) A manufacturer ..."), and text without a marker continues the provision before
 * it. A lower-case roman numeral is a clause only inside a subparagraph, otherwise a subdivision
 * letter ({@code (i)} after {@code (h)}); likewise an upper-case one is a subclause only inside a
 * clause.
 *
 * <p>Refs follow the seed: {@code 1798.91.04}, {@code 1798.91.04(a)}, {@code 1798.91.04(b)(1)}.
 * Each provision's text is its own words only (a lead-in such as "... that are all of the
 * following:"), as the seed records them; its sub-provisions are records of their own.
 *
 * <p>Obligation, as far as the words tell: a definition ("“Security feature” means", "the following
 * terms have the following meanings") is INFORMATIVE; a deeming rule with a condition ("it shall be
 * deemed a reasonable security feature ... if") is CONDITIONAL; any other "shall" (not in "shall
 * not be construed", "shall not apply", "shall be exempt", "shall have", or a relative clause) is
 * MANDATORY; "should" is RECOMMENDED; other wording of "shall" is INFORMATIVE. A provision without
 * such words takes its lead-in's obligation, or, with no text of its own, the strongest of its
 * sub-provisions'; anything else, and every section, is INFORMATIVE.
 */
final class CodeProvision {

  private static final Pattern MARKER =
      Pattern.compile("\\(([a-z]{1,4}|[A-Z]{1,4}|\\d{1,3})\\)\\s*");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern LOWER = Pattern.compile("[a-z]+");
  private static final Pattern ROMAN = Pattern.compile("(?i)[ivxl]+");

  private static final Pattern DEFINITION =
      Pattern.compile(
          "(?i)[“\"][^”\"]{1,120}[”\"]\\s+(?:means|includes)\\b"
              + "|following (?:terms )?(?:have|has) the following meanings?"
              + "|following definitions apply");
  private static final Pattern DEEMED = Pattern.compile("(?i)\\bshall be deemed\\b.*\\bif\\b");
  private static final Pattern DUTY =
      Pattern.compile(
          "(?i)(?<!\\b(?:which|that|who) )\\bshall\\b"
              + "(?!\\s+(?:not\\s+)?(?:be\\s+(?:construed|deemed|exempt)|apply|have)\\b)");
  private static final Pattern SHOULD = Pattern.compile("(?i)\\bshould\\b");
  private static final Pattern SHALL = Pattern.compile("(?i)\\bshall\\b");

  private final String ref;
  private final String parentRef;
  private final int level;
  private final List<String> own = new ArrayList<>();
  private final List<CodeProvision> children = new ArrayList<>();
  private Obligation obligation;

  private CodeProvision(String ref, String parentRef, int level) {
    this.ref = ref;
    this.parentRef = parentRef;
    this.level = level;
  }

  /** A section from its number and its paragraphs of text, in page order. */
  static CodeProvision section(String number, List<String> paragraphs) {
    CodeProvision section = new CodeProvision(number, null, 0);
    Deque<CodeProvision> path = new ArrayDeque<>();
    path.push(section);
    for (String paragraph : paragraphs) {
      String rest = paragraph;
      Matcher marker = MARKER.matcher(rest);
      while (marker.lookingAt()) {
        String token = marker.group(1);
        int level = level(token, path.peek().level);
        while (path.peek().level >= level) {
          path.pop();
        }
        CodeProvision parent = path.peek();
        CodeProvision child = new CodeProvision(parent.ref + "(" + token + ")", parent.ref, level);
        parent.children.add(child);
        path.push(child);
        rest = rest.substring(marker.end());
        marker = MARKER.matcher(rest);
      }
      if (!rest.isBlank()) {
        path.peek().own.add(rest.strip());
      }
    }
    section.obligation = Obligation.INFORMATIVE;
    Obligation lead = declared(section.ownText());
    section.children.forEach(c -> c.assign(lead));
    return section;
  }

  /** This provision and every one below it, in page order. */
  void emit(String documentId, Provenance provenance, List<CrawlRecord> records) {
    records.add(
        new RequirementRecord(
            documentId, ref, parentRef, null, ownText(), obligation.name(), provenance));
    children.forEach(c -> c.emit(documentId, provenance, records));
  }

  private String ownText() {
    return own.isEmpty() ? null : String.join(" ", own);
  }

  private void assign(Obligation lead) {
    Obligation declared = declared(ownText());
    if (declared != null) {
      obligation = declared;
    } else if (own.isEmpty() && !children.isEmpty()) {
      children.forEach(c -> c.assign(lead));
      obligation =
          children.stream()
              .map(c -> c.obligation)
              .min(Comparator.naturalOrder())
              .orElse(Obligation.INFORMATIVE);
      return;
    } else {
      obligation = lead != null ? lead : Obligation.INFORMATIVE;
    }
    children.forEach(c -> c.assign(obligation));
  }

  /** Subdivision 1, paragraph 2, subparagraph 3, clause 4, subclause 5. */
  private static int level(String token, int deepest) {
    if (DIGITS.matcher(token).matches()) {
      return 2;
    }
    boolean roman = ROMAN.matcher(token).matches();
    if (LOWER.matcher(token).matches()) {
      return roman && deepest >= 3 ? 4 : 1;
    }
    return roman && deepest >= 4 ? 5 : 3;
  }

  private static Obligation declared(String text) {
    if (text == null) {
      return null;
    }
    if (DEFINITION.matcher(text).find()) {
      return Obligation.INFORMATIVE;
    }
    if (DEEMED.matcher(text).find()) {
      return Obligation.CONDITIONAL;
    }
    if (DUTY.matcher(text).find()) {
      return Obligation.MANDATORY;
    }
    if (SHOULD.matcher(text).find()) {
      return Obligation.RECOMMENDED;
    }
    return SHALL.matcher(text).find() ? Obligation.INFORMATIVE : null;
  }
}
