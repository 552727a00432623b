package dev.regintel.app.write;

import dev.regintel.ontology.DatePrecision;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import dev.regintel.ontology.Text;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an incoming record meets the node that may already hold it: the one merge policy of every
 * path into the graph (seed files, crawls, imports, the API). Pure: stored properties and incoming
 * values in; the properties to write, the conflicts and what changed out.
 *
 * <p>Who may overwrite what depends on who writes (the origin of the write: the seed loader, the
 * API, a crawl, an import), not on how the record's facts were first obtained:
 *
 * <ul>
 *   <li><b>No node yet</b>: the record makes one, with its provenance, whoever writes it.
 *   <li><b>Curated writers</b> ({@link Method#SEED}, {@link Method#MANUAL}) are authoritative:
 *       every field they name takes their value, and a field they leave empty is removed, except
 *       where a crawl or import filled it in ({@code crawlEnriched}), which is kept, so nothing
 *       read from a source is lost because a curator had not written it.
 *   <li><b>Observing writers</b> ({@link Method#CRAWL}, {@link Method#IMPORT}) update a node they
 *       made from the same resource (same method and {@code srcUrl}): fields whose value differs
 *       take the new value, and a field the source no longer gives is left as it is.
 *   <li><b>An observing writer meeting a curated node</b>, or a node another resource made, does
 *       not overwrite: it fills empty fields (an enrichment, with its address in {@code crawlUrl}
 *       and the fields in {@code crawlEnriched}); where both have a value and a {@link Rule#FACT}
 *       field disagrees, that is a {@link Conflict}, reported and left as stored. {@link Rule#FILL}
 *       fields are only ever filled, never compared (a summary written in our own words is not
 *       expected to match the source's).
 * </ul>
 *
 * What becomes a change: every created node and every field a plan changes; the writers turn them
 * into {@code :Change} nodes ({@link ChangeLog}). A plan whose only difference is provenance is not
 * a change.
 *
 * <p>Strings from observing writers are compared after NFKC normalisation with white space
 * collapsed and a list item's closing punctuation left out; a date held with month or year
 * precision agrees with any day in that month or year. Curated values are compared as they are.
 */
public final class MergePolicy {

  /** How a field takes part when an observing writer meets a node it may not overwrite. */
  public enum Rule {
    /** A disagreement with the stored value is a conflict. */
    FACT,
    /** Filled when empty, never compared. */
    FILL
  }

  /** What a record did to its node. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * The plan for one node.
   *
   * @param outcome created, updated or unchanged
   * @param set the properties to write (all of them for a new node; a null value removes one)
   * @param changed the fields whose value changes (empty for a new node)
   * @param before their values before
   * @param conflicts disagreements with values the writer may not overwrite
   * @param enrichment whether a node the writer may not overwrite was filled in
   */
  public record Plan(
      Outcome outcome,
      Map<String, Object> set,
      List<String> changed,
      Map<String, Object> before,
      List<Conflict> conflicts,
      boolean enrichment) {}

  /** Where a node records which of its fields an observing writer filled in. */
  static final String ENRICHED_KEY = "crawlEnriched";

  /** Where the values an observing writer filled in were read, when and the bytes' hash. */
  static final String ENRICHED_URL_KEY = "crawlUrl";

  static final String ENRICHED_RETRIEVED_KEY = "crawlRetrieved";
  static final String ENRICHED_SHA256_KEY = "crawlSha256";

  private MergePolicy() {}

  /** Whether a writer of this origin is authoritative for the fields it names. */
  public static boolean curates(Method origin) {
    return origin == Method.SEED || origin == Method.MANUAL;
  }

  /**
   * Plans the merge of {@code incoming} (field to value; for an observing writer a null means "the
   * source does not say", for a curated one "there is no value") into {@code stored} (the node's
   * properties, or null when there is no node).
   *
   * @param origin who writes: {@link #curates curated} or observing
   * @param rules for observing writers, the fields they may update and how; fields not named here
   *     are written on creation only. Curated writers write every field of {@code incoming}.
   */
  public static Plan plan(
      String id,
      Map<String, Object> stored,
      Map<String, Object> incoming,
      Map<String, Rule> rules,
      Provenance provenance,
      Method origin) {
    if (stored == null) {
      Map<String, Object> set = new LinkedHashMap<>();
      incoming.forEach(
          (k, v) -> {
            if (v != null) {
              set.put(k, v);
            }
          });
      set.putAll(provenance.toProperties());
      set.put("id", id);
      return new Plan(Outcome.CREATED, set, List.of(), Map.of(), List.of(), false);
    }
    return curates(origin)
        ? curated(stored, incoming, provenance)
        : observed(id, stored, incoming, rules, provenance);
  }

  private static Plan curated(
      Map<String, Object> stored, Map<String, Object> incoming, Provenance provenance) {
    List<String> enriched = new ArrayList<>(strings(stored.get(ENRICHED_KEY)));
    Map<String, Object> set = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    Map<String, Object> before = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : incoming.entrySet()) {
      String name = field.getKey();
      Object value = field.getValue();
      Object old = stored.get(name);
      if (value == null && enriched.contains(name)) {
        continue; // filled from a source; the curator has not written it
      }
      if (value != null) {
        enriched.remove(name);
      }
      if (!equal(old, value)) {
        set.put(name, value);
        changed.add(name);
        before.put(name, old);
      }
    }
    if (!enriched.equals(strings(stored.get(ENRICHED_KEY)))) {
      set.put(ENRICHED_KEY, enriched.isEmpty() ? null : enriched);
    }
    Map<String, Object> origin = provenanceProperties(provenance);
    origin.forEach(
        (k, v) -> {
          if (!equal(stored.get(k), v)) {
            set.put(k, v);
          }
        });
    return new Plan(
        changed.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED,
        set,
        changed,
        before,
        List.of(),
        false);
  }

  private static Plan observed(
      String id,
      Map<String, Object> stored,
      Map<String, Object> incoming,
      Map<String, Rule> rules,
      Provenance provenance) {
    // A node is updated by the resource it was read from; another resource describing the same
    // node (a listing and a search result, say) only fills it in and reports where it disagrees,
    // as for curated nodes. Otherwise two resources would overwrite each other on every crawl.
    boolean protectedNode =
        !provenance.method().name().equals(stored.get(Provenance.METHOD_KEY))
            || !provenance.url().equals(stored.get(Provenance.URL_KEY));
    Map<String, Object> set = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    Map<String, Object> before = new LinkedHashMap<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Map.Entry<String, Rule> rule : rules.entrySet()) {
      String field = rule.getKey();
      Object value = incoming.get(field);
      Object old = stored.get(field);
      if (value == null || same(old, value, stored.get(field + "Precision"))) {
        continue;
      }
      if (old == null || !protectedNode) {
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
    if (protectedNode) {
      set.put(ENRICHED_URL_KEY, provenance.url());
      set.put(
          ENRICHED_RETRIEVED_KEY,
          provenance.retrieved() == null ? null : provenance.retrieved().toString());
      set.put(ENRICHED_SHA256_KEY, provenance.sha256());
      List<String> enriched = new ArrayList<>(strings(stored.get(ENRICHED_KEY)));
      changed.stream().filter(f -> !enriched.contains(f)).forEach(enriched::add);
      set.put(ENRICHED_KEY, enriched);
    } else {
      set.putAll(provenance.toProperties());
    }
    return new Plan(Outcome.UPDATED, set, changed, before, conflicts, protectedNode);
  }

  /** A curated writer's provenance: every key, so that a stale retrieval time or hash goes. */
  private static Map<String, Object> provenanceProperties(Provenance provenance) {
    Map<String, Object> props = new LinkedHashMap<>(provenance.toProperties());
    props.putIfAbsent(Provenance.RETRIEVED_KEY, null);
    props.putIfAbsent(Provenance.SHA256_KEY, null);
    return props;
  }

  /** Whether a stored and a curated value are the same (numbers by value, whatever their type). */
  static boolean equal(Object stored, Object incoming) {
    if (stored instanceof Number a && incoming instanceof Number b) {
      return a.longValue() == b.longValue() && a.doubleValue() == b.doubleValue();
    }
    return Objects.equals(stored, incoming);
  }

  /** Whether a stored and an observed value say the same. */
  static boolean same(Object stored, Object crawled, Object storedPrecision) {
    if (stored == null || crawled == null) {
      return stored == crawled;
    }
    if (stored instanceof LocalDate s && crawled instanceof LocalDate c) {
      DatePrecision precision =
          storedPrecision == null
              ? DatePrecision.DAY
              : DatePrecision.valueOf(storedPrecision.toString());
      return switch (precision) {
        case YEAR -> s.getYear() == c.getYear();
        case MONTH -> s.getYear() == c.getYear() && s.getMonth() == c.getMonth();
        case DAY -> s.equals(c);
      };
    }
    if (stored instanceof String s && crawled instanceof String c) {
      return normalized(s).equals(normalized(c));
    }
    if (stored instanceof List<?> s && crawled instanceof List<?> c) {
      return s.equals(c);
    }
    return equal(stored, crawled);
  }

  /**
   * Text as compared: NFKC, white space collapsed, and the punctuation and connective that end a
   * list item ("...;", "...; or", "...: ", "...") left out, since a curated text quoting one point
   * of a list commonly drops them.
   */
  static String normalized(String s) {
    return Text.collapse(Normalizer.normalize(s, Normalizer.Form.NFKC))
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

  /** The fields among {@code fields} that belong to a group, e.g. the comment period. */
  static List<String> among(List<String> fields, Set<String> group) {
    return fields.stream().filter(group::contains).toList();
  }
}
