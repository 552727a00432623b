package dev.regintel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The applicability rules of a synthetic graph: per jurisdiction, one to four rules, each making
 * one current document with provisions apply (laws and regulations first, to PRODUCT makers or
 * ENTITY operators; other documents as VOLUNTARY routes), for some device categories or all, with a
 * few excluded categories, from a date.
 */
final class SyntheticRules {

  static final String[] SCOPES = {"PRODUCT", "ENTITY", "VOLUNTARY"};

  final int[] place;
  final int[] document;

  /** Device categories as bit masks over {@link Vocabulary#DEVICE_CATEGORIES}; 0 means all. */
  final int[] categories;

  final int[] excluded;
  final byte[] scope;
  final int[] from;

  /** The last day a rule applies, or -1 while it still applies. */
  final int[] until;

  SyntheticRules(SyntheticCorpus corpus, long seed) {
    SplittableRandom random = SyntheticGraph.random(seed, 5);
    List<List<Integer>> binding = new ArrayList<>();
    List<List<Integer>> other = new ArrayList<>();
    for (int p = 0; p < corpus.places.length; p++) {
      binding.add(new ArrayList<>());
      other.add(new ArrayList<>());
    }
    for (int d = 0; d < corpus.docPlace.length; d++) {
      if (corpus.docNext[d] < 0 && corpus.docRequirements[d] > 0) {
        (corpus.kind(d).binding() ? binding : other).get(corpus.docPlace[d]).add(d);
      }
    }
    List<int[]> rules = new ArrayList<>();
    for (int p = 0; p < corpus.places.length; p++) {
      List<Integer> candidates = new ArrayList<>(shuffle(random, binding.get(p)));
      candidates.addAll(shuffle(random, other.get(p)));
      int count = Math.min(candidates.size(), 1 + random.nextInt(4));
      for (int i = 0; i < count; i++) {
        rules.add(new int[] {p, candidates.get(i)});
      }
    }
    int n = rules.size();
    place = new int[n];
    document = new int[n];
    categories = new int[n];
    excluded = new int[n];
    scope = new byte[n];
    from = new int[n];
    until = new int[n];
    Weights category = Weights.of(Vocabulary.DEVICE_CATEGORY_WEIGHTS);
    for (int i = 0; i < n; i++) {
      place[i] = rules.get(i)[0];
      int d = rules.get(i)[1];
      document[i] = d;
      scope[i] = (byte) (corpus.kind(d).binding() ? (random.nextDouble() < 0.7 ? 0 : 1) : 2);
      int mask = 0;
      if (random.nextDouble() >= 0.3) {
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          mask |= 1 << category.next(random);
        }
      }
      categories[i] = mask;
      int out = 0;
      if (random.nextDouble() < 0.4) {
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
          out |= 1 << category.next(random);
        }
        out &= ~mask;
      }
      excluded[i] = out;
      from[i] = Math.min(SyntheticCorpus.LAST_DAY, corpus.docPublished[d] + random.nextInt(730));
      until[i] = random.nextDouble() < 0.05 ? from[i] + 3 * 365 : -1;
    }
  }

  private static List<Integer> shuffle(SplittableRandom random, List<Integer> list) {
    List<Integer> out = new ArrayList<>(list);
    for (int i = out.size() - 1; i > 0; i--) {
      java.util.Collections.swap(out, i, random.nextInt(i + 1));
    }
    return out;
  }

  int size() {
    return place.length;
  }

  static List<String> names(int mask) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Vocabulary.DEVICE_CATEGORIES.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        out.add(Vocabulary.DEVICE_CATEGORIES.get(i));
      }
    }
    return out;
  }
}
