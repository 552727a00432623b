package dev.regintel.crawlers.source.eu;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A provision of an act while it is being read: its ref, its own words (its text without its
 * points), and its points.
 *
 * <p>Obligation, as far as the words tell: "shall" or "must" (not in a relative clause such as
 * "which shall") makes a provision MANDATORY, or CONDITIONAL when it opens with a condition ("Where
 * ...", "If ...") or ends "where appropriate" or "where applicable"; "should" makes it RECOMMENDED.
 * A point without such words takes its list's obligation, CONDITIONAL when it ends "where
 * appropriate". Articles that are divided into paragraphs, annexes, and anything else are
 * INFORMATIVE.
 */
final class OjProvision {

  enum Kind {
    /** An article, annex or annex part: a heading over provisions. */
    DIVISION,
    /** A numbered paragraph of an article. */
    PARAGRAPH,
    /** A point of a list: (a), (i), (1). */
    POINT
  }

  private static final Pattern SHALL =
      Pattern.compile("(?i)(?<!\\b(?:which|that|who) )\\b(?:shall|must)\\b");

  /** "shall enter into force", "shall apply from": about the act's timing, not a duty. */
  private static final Pattern TIMING =
      Pattern.compile("(?i)\\bshall (?:enter into force|apply (?:from|until|as from))\\b");

  private static final Pattern SHOULD = Pattern.compile("(?i)\\bshould\\b");
  private static final Pattern OPENS_WITH_CONDITION =
      Pattern.compile("(?i)^(?:where|if|when|in the event|in the case)\\b");
  private static final Pattern ENDS_WITH_CONDITION =
      Pattern.compile("(?i)\\bwhere (?:appropriate|applicable)[.;:]?$");

  final String ref;
  final String parentRef;
  final Kind kind;
  String title;
  final List<String> own = new ArrayList<>();
  final List<OjProvision> children = new ArrayList<>();
  private Obligation obligation;

  OjProvision(String ref, String parentRef, Kind kind, String title) {
    this.ref = ref;
    this.parentRef = parentRef;
    this.kind = kind;
    this.title = title;
  }

  /** A new paragraph, point or part under this provision. */
  OjProvision add(String ref, Kind kind, String title) {
    OjProvision child = new OjProvision(ref, this.ref, kind, title);
    children.add(child);
    return child;
  }

  String text() {
    return own.isEmpty() ? null : String.join("\n", own);
  }

  /** Works out the obligation of this provision and everything under it. */
  void assignObligations(Obligation list) {
    String text = text();
    Obligation declared = declared(text);
    boolean divided = children.stream().anyMatch(c -> c.kind == Kind.PARAGRAPH);
    if (declared != null && !(kind == Kind.DIVISION && divided)) {
      obligation = declared;
    } else if (kind == Kind.POINT && list != null && list != Obligation.INFORMATIVE) {
      obligation =
          list == Obligation.MANDATORY && text != null && ENDS_WITH_CONDITION.matcher(text).find()
              ? Obligation.CONDITIONAL
              : list;
    } else {
      obligation = Obligation.INFORMATIVE;
    }
    children.forEach(c -> c.assignObligations(obligation));
  }

  void emit(String documentId, Provenance provenance, List<CrawlRecord> records) {
    records.add(
        new RequirementRecord(
            documentId, ref, parentRef, title, text(), obligation.name(), provenance));
    children.forEach(c -> c.emit(documentId, provenance, records));
  }

  private static Obligation declared(String text) {
    if (text == null) {
      return null;
    }
    if (SHALL.matcher(TIMING.matcher(text).replaceAll("")).find()) {
      return OPENS_WITH_CONDITION.matcher(text).find() || ENDS_WITH_CONDITION.matcher(text).find()
          ? Obligation.CONDITIONAL
          : Obligation.MANDATORY;
    }
    return SHOULD.matcher(text).find() ? Obligation.RECOMMENDED : null;
  }
}
