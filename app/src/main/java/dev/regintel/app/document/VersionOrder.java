package dev.regintel.app.document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of versions by date, at the precision each date has. A date given only as a month or a
 * year names a period, not its first day; so a draft is placed at the start of its period and any
 * other version at the end of its own. A made regulation dated only "2023" therefore never sorts
 * before a draft of it dated in 2023, and a year-only draft never after a final dated that year.
 * Ties go to drafts first, then the id.
 *
 * <p>A version is a draft when its status is DRAFT or its stage names a draft ("Initial Public
 * Draft", "Draft affirmative instrument laid before Parliament"): a draft that a made version
 * replaced keeps its place though its status became SUPERSEDED.
 *
 * <p>The Cypher expressions here and the Java methods compute the same keys.
 */
public final class VersionOrder {

  /** Oldest first; undated versions last. */
  public static final Comparator<DocumentView> OLDEST_FIRST =
      Comparator.comparing(
              (DocumentView d) -> key(d), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(d -> isDraft(d) ? 0 : 1)
          .thenComparing(DocumentView::id);

  private VersionOrder() {}

  /** Whether the version is a draft, in Cypher, for the node variable {@code v}. */
  public static String isDraft(String v) {
    return "(%1$s.status = 'DRAFT' OR toLower(coalesce(%1$s.stage, '')) CONTAINS 'draft')"
        .formatted(v);
  }

  /** The last day of the period the version's date names, in Cypher (null when undated). */
  public static String periodEnd(String v) {
    return """
        CASE coalesce(%1$s.publishedPrecision, 'DAY')
          WHEN 'YEAR' THEN date({year: %1$s.published.year, month: 12, day: 31})
          WHEN 'MONTH' THEN %1$s.published + duration({months: 1}) - duration({days: 1})
          ELSE %1$s.published END"""
        .formatted(v);
  }

  /** The sort key of the version {@code v}, in Cypher: ascending is oldest first. */
  public static String key(String v) {
    return "CASE WHEN %s THEN %s.published ELSE %s END".formatted(isDraft(v), v, periodEnd(v));
  }

  /** {@code ORDER BY} terms for oldest first: the key, drafts first on a tie, then the id. */
  public static String oldestFirst(String v) {
    return "%s, CASE WHEN %s THEN 0 ELSE 1 END, %s.id".formatted(key(v), isDraft(v), v);
  }

  /** {@code ORDER BY} terms for newest first. */
  public static String newestFirst(String v) {
    return "%s DESC, CASE WHEN %s THEN 1 ELSE 0 END, %s.id DESC".formatted(key(v), isDraft(v), v);
  }

  /** Whether the document is a draft (see the class comment). */
  public static boolean isDraft(DocumentView d) {
    return "DRAFT".equals(d.status())
        || (d.stage() != null && d.stage().toLowerCase(Locale.ROOT).contains("draft"));
  }

  /** The last day of the period the document's date names; null when it has no date. */
  public static LocalDate periodEnd(DocumentView d) {
    LocalDate p = d.published();
    if (p == null) {
      return null;
    }
    return switch (d.publishedPrecision() == null ? "DAY" : d.publishedPrecision()) {
      case "YEAR" -> LocalDate.of(p.getYear(), 12, 31);
      case "MONTH" -> YearMonth.from(p).atEndOfMonth();
      default -> p;
    };
  }

  /** The document's sort key: the start of its date's period for drafts, the end for others. */
  public static LocalDate key(DocumentView d) {
    return isDraft(d) ? d.published() : periodEnd(d);
  }
}
