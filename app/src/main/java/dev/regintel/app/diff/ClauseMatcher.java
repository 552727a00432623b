package dev.regintel.app.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs the requirements of two versions and says what happened to each. Pairs by identifier first
 * ({@link Clause#key()}); then, among what is left on both sides and not withdrawn, by title and
 * text ({@link Similarity}), best pair first, down to {@link #THRESHOLD}. A pair with equal title,
 * text and obligation under the same parent is unchanged and only counted.
 */
public final class ClauseMatcher {

  /** The least similarity score at which two requirements under different ids are one. */
  public static final double THRESHOLD = 0.5;

  /**
   * Past this many candidate pairs, similarity matching is skipped (every leftover stands alone).
   */
  public static final long MAX_PAIRS = 4_000_000;

  static final String IDENTIFIER = "IDENTIFIER";
  static final String SIMILARITY = "SIMILARITY";

  private ClauseMatcher() {}

  /**
   * What the diff found.
   *
   * @param entries every entry, by kind (in {@link DiffKind} order) then document order
   * @param unchanged how many pairs were found equal
   * @param similarityMatched false when there were too many leftovers to compare pairwise
   */
  public record Result(List<DiffEntry> entries, int unchanged, boolean similarityMatched) {}

  /** The diff of {@code older} to {@code newer}, each in document order. */
  public static Result match(List<Clause> older, List<Clause> newer) {
    Map<String, Clause> newerByKey = new LinkedHashMap<>();
    newer.forEach(c -> newerByKey.putIfAbsent(c.key(), c));
    Map<Clause, Integer> position = new HashMap<>();
    for (int i = 0; i < newer.size(); i++) {
      position.put(newer.get(i), i);
    }
    for (int i = 0; i < older.size(); i++) {
      position.putIfAbsent(older.get(i), i);
    }
    List<DiffEntry> entries = new ArrayList<>();
    Set<Clause> paired = new HashSet<>();
    List<Clause> leftOlder = new ArrayList<>();
    int unchanged = 0;
    for (Clause from : older) {
      Clause to = newerByKey.get(from.key());
      if (to == null || paired.contains(to)) {
        if (from.withdrawn()) {
          entries.add(withdrawn(from, null, from.incorporatedInto()));
        } else {
          leftOlder.add(from);
        }
        continue;
      }
      paired.add(to);
      if (from.withdrawn() && to.withdrawn()) {
        unchanged++;
      } else if (to.withdrawn()) {
        entries.add(withdrawn(from, to, to.incorporatedInto()));
      } else {
        DiffEntry entry = pair(from, to, IDENTIFIER, Similarity.score(from, to));
        if (entry == null) {
          unchanged++;
        } else {
          entries.add(entry);
        }
      }
    }
    List<Clause> leftNewer = new ArrayList<>();
    for (Clause to : newer) {
      if (!paired.contains(to)) {
        if (to.withdrawn()) {
          entries.add(withdrawn(null, to, to.incorporatedInto()));
        } else {
          leftNewer.add(to);
        }
      }
    }
    boolean similarity = (long) leftOlder.size() * leftNewer.size() <= MAX_PAIRS;
    if (similarity) {
      bySimilarity(leftOlder, leftNewer, entries);
    }
    leftOlder.forEach(c -> entries.add(alone(DiffKind.REMOVED, c, null)));
    leftNewer.forEach(c -> entries.add(alone(DiffKind.ADDED, null, c)));
    entries.sort(
        Comparator.comparing(DiffEntry::kind)
            .thenComparing(e -> position.get(e.to() != null ? e.to() : e.from())));
    return new Result(List.copyOf(entries), unchanged, similarity);
  }

  /**
   * Pairs leftovers by similarity, best first; removes the paired ones from both lists and adds
   * their entries.
   */
  private static void bySimilarity(List<Clause> older, List<Clause> newer, List<DiffEntry> out) {
    record Words(Set<String> title, Set<String> text) {
      static Words of(Clause c) {
        return new Words(Similarity.words(c.plainTitle()), Similarity.words(c.text()));
      }
    }
    record Candidate(int from, int to, double score) {}
    List<Words> a = older.stream().map(Words::of).toList();
    List<Words> b = newer.stream().map(Words::of).toList();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double s = Similarity.score(a.get(i).title, a.get(i).text, b.get(j).title, b.get(j).text);
        if (s >= THRESHOLD) {
          candidates.add(new Candidate(i, j, s));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparingInt(Candidate::from)
            .thenComparingInt(Candidate::to));
    Set<Integer> usedFrom = new HashSet<>();
    Set<Integer> usedTo = new HashSet<>();
    for (Candidate c : candidates) {
      if (usedFrom.contains(c.from) || usedTo.contains(c.to)) {
        continue;
      }
      usedFrom.add(c.from);
      usedTo.add(c.to);
      out.add(pair(older.get(c.from), newer.get(c.to), SIMILARITY, c.score));
    }
    List<Clause> keptOlder = new ArrayList<>();
    for (int i = 0; i < older.size(); i++) {
      if (!usedFrom.contains(i)) {
        keptOlder.add(older.get(i));
      }
    }
    List<Clause> keptNewer = new ArrayList<>();
    for (int j = 0; j < newer.size(); j++) {
      if (!usedTo.contains(j)) {
        keptNewer.add(newer.get(j));
      }
    }
    older.clear();
    older.addAll(keptOlder);
    newer.clear();
    newer.addAll(keptNewer);
  }

  /** The entry of a matched pair, or null when the pair is unchanged. */
  private static DiffEntry pair(Clause from, Clause to, String matchedBy, double score) {
    List<String> changed = new ArrayList<>();
    // A side without text, when the other has it, is a version whose wording the graph does not
    // hold: its title is a stand-in, and neither title nor text is a known change.
    boolean wordingOnOneSideOnly = (from.text() == null) != (to.text() == null);
    if (!wordingOnOneSideOnly && !normal(from.plainTitle()).equals(normal(to.plainTitle()))) {
      changed.add("title");
    }
    if (from.text() != null
        && to.text() != null
        && !normal(from.text()).equals(normal(to.text()))) {
      changed.add("text");
    }
    if (!Objects.equals(from.obligation(), to.obligation())) {
      changed.add("obligation");
    }
    boolean sameKey = from.key().equals(to.key());
    boolean sameParent = from.parentKey().equals(to.parentKey());
    DiffKind kind;
    if (!sameParent) {
      kind = DiffKind.MOVED;
    } else if (!sameKey) {
      kind = DiffKind.RENUMBERED;
    } else if (!changed.isEmpty()) {
      kind = DiffKind.CHANGED;
    } else {
      return null;
    }
    List<TextChange> text =
        changed.contains("text") ? WordDiff.of(from.text(), to.text()) : List.of();
    return new DiffEntry(kind, from, to, matchedBy, score, List.copyOf(changed), text, List.of());
  }

  private static DiffEntry withdrawn(Clause from, Clause to, List<String> into) {
    return new DiffEntry(
        DiffKind.WITHDRAWN,
        from,
        to,
        from != null && to != null ? IDENTIFIER : null,
        null,
        List.of(),
        List.of(),
        into);
  }

  private static DiffEntry alone(DiffKind kind, Clause from, Clause to) {
    return new DiffEntry(kind, from, to, null, null, List.of(), List.of(), List.of());
  }

  private static String normal(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
