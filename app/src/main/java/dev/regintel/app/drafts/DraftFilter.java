package dev.regintel.app.drafts;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.ontology.Ids;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters {@code openForComment}, {@code changes} and {@code timeline} share, checked: each
 * list holds 1 to {@value #MAX_VALUES} values of 1 to {@value #MAX_LENGTH} characters. A document
 * matches when it matches every given list, and a list when it matches any value in it.
 *
 * @param publishers publisher ids ('pub:nist'), abbreviations ('NIST') or names, ignoring case
 * @param jurisdictions jurisdiction codes the document applies in ('US', 'GB'), ignoring case
 * @param kinds document kinds ('GUIDANCE', 'REGULATION'), ignoring case
 * @param keywords words in English or Japanese, found in the code, title or summary in either
 *     language, ignoring case and the width of characters (NFKC)
 */
public record DraftFilter(
    List<String> publishers,
    List<String> jurisdictions,
    List<String> kinds,
    List<String> keywords) {

  /** The most values one filter list takes. */
  static final int MAX_VALUES = 20;

  /** The most characters one value takes. */
  static final int MAX_LENGTH = 100;

  /** The filter from the arguments, each checked; a bad one is a BAD_USER_INPUT naming it. */
  public static DraftFilter of(
      List<String> publishers,
      List<String> jurisdictions,
      List<String> kinds,
      List<String> keywords) {
    return new DraftFilter(
        checked("publishers", publishers),
        checked("jurisdictions", jurisdictions),
        checked("kinds", kinds),
        checked("keywords", keywords));
  }

  /** {@code values} of the argument named, checked as the class comment says. */
  static List<String> checked(String argument, List<String> values) {
    if (values == null) {
      return null;
    }
    if (values.isEmpty() || values.size() > MAX_VALUES) {
      throw ApiException.badInput(
          argument + " must hold 1 to " + MAX_VALUES + " values, not " + values.size());
    }
    for (String v : values) {
      if (v.isBlank() || v.length() > MAX_LENGTH) {
        throw ApiException.badInput(
            argument
                + " values must be 1 to "
                + MAX_LENGTH
                + " characters and not blank: '"
                + (v.length() > MAX_LENGTH ? v.substring(0, MAX_LENGTH) + "…" : v)
                + "'");
      }
    }
    return values;
  }

  /** The {@code changeKinds} argument, checked like the other lists, in upper case; or null. */
  public static List<String> changeKinds(List<String> values) {
    return upper(checked("changeKinds", values));
  }

  /** The Cypher condition on the document {@code d}, using {@link #params()}. */
  static final String MATCHES =
      """
      ($kinds IS NULL OR d.kind IN $kinds)
      AND ($jurisdictions IS NULL
           OR EXISTS { (d)-[:APPLIES_IN]->(j:Jurisdiction) WHERE j.code IN $jurisdictions })
      AND ($publishers IS NULL OR EXISTS {
             (d)-[:PUBLISHED_BY]->(p:Publisher)
             WHERE p.id IN $publishers OR p.id IN $publisherIds
                OR toLower(p.abbreviation) IN $publishers OR toLower(p.name) IN $publishers })
      AND ($keywords IS NULL OR any(k IN $keywords WHERE
             toLower(coalesce(d.code, '')) CONTAINS k
             OR toLower(coalesce(d.title, '')) CONTAINS k
             OR toLower(coalesce(d.titleJa, '')) CONTAINS k
             OR toLower(coalesce(d.summary, '')) CONTAINS k
             OR toLower(coalesce(d.summaryJa, '')) CONTAINS k))""";

  /** The parameters {@link #MATCHES} reads. */
  Map<String, Object> params() {
    Map<String, Object> p = new HashMap<>();
    p.put("kinds", upper(kinds));
    p.put("jurisdictions", upper(jurisdictions));
    p.put("publishers", lower(publishers));
    p.put(
        "publisherIds",
        publishers == null ? null : publishers.stream().map(v -> "pub:" + Ids.codeKey(v)).toList());
    p.put("keywords", lower(keywords));
    return p;
  }

  private static List<String> upper(List<String> values) {
    return values == null
        ? null
        : values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).toList();
  }

  private static List<String> lower(List<String> values) {
    return values == null
        ? null
        : values.stream()
            .map(
                v -> Normalizer.normalize(v.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
            .toList();
  }
}
