package dev.regintel.app.crawl;

import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How one crawled record meets the node that may already hold it. Pure: stored properties and
 * crawled values in, the properties to write, the conflicts and the history out.
 *
 * <ul>
 *   <li><b>No node yet</b>: the record makes one, with the crawl's provenance.
 *   <li><b>A node the crawlers made from the same resource</b> ({@code srcMethod = CRAWL}, same
 *       {@code srcUrl}): fields whose crawled value differs are updated, with the crawl's
 *       provenance, and the old and new values are kept as a change. A field the crawl no longer
 *       gives is left as it is: nothing stored is lost.
 *   <li><b>A curated node</b> (seed data, an import, a manual entry), or a crawled node read from
 *       another resource: the stored values win. An empty field is filled from the crawl (an
 *       enrichment, kept as a change, with the crawl's address in {@code crawlUrl}); a field where
 *       both have a value and they disagree is a conflict, reported and left as curated. Some
 *       fields are only ever filled, never compared (a summary written in the project's words is
 *       not expected to match the source's).
 * </ul>
 *
 * Strings are compared after NFKC normalisation with white space collapsed and a list item's
 * closing punctuation left out; a date held with month or year precision agrees with any day in
 * that month or year.
 */
final class Merge {

  /** How a field takes part in a merge with a curated node. */
  enum Rule {
    /** A disagreement with the curated value is a conflict. */
    FACT,
    /** Filled when empty, never compared. */
    FILL
  }

  /** What a record did. */
  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * The plan for one node.
   *
   * @param outcome created, updated or unchanged
   * @param set the properties to write (all of them for a new node)
   * @param changed the fields whose value changes (empty for a new node)
   * @param before their values before
   * @param conflicts disagreements with curated values
   * @param enrichment whether a curated node was filled in (rather than a crawled one updated)
   */
  record Plan(
      Outcome outcome,
      Map<String, Object> set,
      List<String> changed,
      Map<String, Object> before,
      List<Conflict> conflicts,
      boolean enrichment) {}

  private Merge() {}

  /**
   * Plans the merge of {@code crawled} (field to value; nulls mean "the source does not say") into
   * {@code stored} (the node's properties, or null when there is no node).
   *
   * @param rules the compared fields and how; fields not named here are written on creation only
   */
  static Plan plan(
      String id,
      Map<String, Object> stored,
      Map<String, Object> crawled,
      Map<String, Rule> rules,
      Provenance provenance) {
    if (stored == null) {
      Map<String, Object> set = new LinkedHashMap<>();
      crawled.forEach(
          (k, v) -> {
            if (v != null) {
              set.put(k, v);
            }
          });
      set.putAll(provenance.toProperties());
      set.put("id", id);
      return new Plan(Outcome.CREATED, set, List.of(), Map.of(), List.of(), false);
    }
    // A crawled node is updated by the resource it was read from; another resource describing
    // the same node (a listing and a search result, say) only fills it in and reports where it
    // disagrees, as for curated nodes. Otherwise two resources would overwrite each other on
    // every crawl.
    boolean curated =
        !Method.CRAWL.name().equals(stored.get(Provenance.METHOD_KEY))
            || !provenance.url().equals(stored.get(Provenance.URL_KEY));
    Map<String, Object> set = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    Map<String, Object> before = new LinkedHashMap<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Map.Entry<String, Rule> rule : rules.entrySet()) {
      String field = rule.getKey();
      Object value = crawled.get(field);
      Object old = stored.get(field);
      if (value == null || same(old, value, stored.get(field + "Precision"))) {
        continue;
      }
      if (old == null || !curated) {
        set.put(field, value);
        changed.add(field);
        before.put(field, old);
      } else if (rule.getValue() == Rule.FACT) {
        conflicts.add(new Conflict(id, field, text(old), text(value), provenance.url()));
      }
    }
    if (changed.isEmpty()) {
      return new Plan(Outcome.UNCHANGED, Map.of(), List.of(), Map.of(), conflicts, false);
    }
    if (curated) {
      Map<String, Object> crawlProvenance = new LinkedHashMap<>();
      crawlProvenance.put("crawlUrl", provenance.url());
      crawlProvenance.put(
          "crawlRetrieved",
          provenance.retrieved() == null ? null : provenance.retrieved().toString());
      crawlProvenance.put("crawlSha256", provenance.sha256());
      set.putAll(crawlProvenance);
      List<String> enriched = new ArrayList<>(strings(stored.get("crawlEnriched")));
      changed.stream().filter(f -> !enriched.contains(f)).forEach(enriched::add);
      set.put("crawlEnriched", enriched);
    } else {
      set.putAll(provenance.toProperties());
    }
    return new Plan(Outcome.UPDATED, set, changed, before, conflicts, curated);
  }

  /** Whether a stored and a crawled value say the same. */
  static boolean same(Object stored, Object crawled, Object storedPrecision) {
    if (stored == null || crawled == null) {
      return stored == crawled;
    }
    if (stored instanceof LocalDate s && crawled instanceof LocalDate c) {
      return switch (String.valueOf(storedPrecision)) {
        case "YEAR" -> s.getYear() == c.getYear();
        case "MONTH" -> s.getYear() == c.getYear() && s.getMonth() == c.getMonth();
        default -> s.equals(c);
      };
    }
    if (stored instanceof String s && crawled instanceof String c) {
      return normalized(s).equals(normalized(c));
    }
    if (stored instanceof List<?> s && crawled instanceof List<?> c) {
      return s.equals(c);
    }
    return Objects.equals(stored, crawled);
  }

  /**
   * Text as compared: NFKC, white space collapsed, and the punctuation and connective that end a
   * list item ("...;", "...; or", "...: ", "...") left out, since a curated text quoting one point
   * of a list commonly drops them.
   */
  static String normalized(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("\\s+", " ")
        .strip()
        .replaceAll("(?:[;:,.]\\s*(?:or|and)?|\\s+(?:or|and))$", "")
        .strip();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  /** The fields of {@code plan} that belong to a group, e.g. the comment period. */
  static List<String> among(List<String> fields, Set<String> group) {
    return fields.stream().filter(group::contains).toList();
  }
}
