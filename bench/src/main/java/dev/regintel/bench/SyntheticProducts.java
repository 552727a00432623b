package dev.regintel.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * The product half of a synthetic graph: controls (each about one topic, SATISFIES about three of
 * its requirements, hubs first), suppliers, and devices that IMPLEMENT about fifteen controls
 * (popular ones more often) and are MARKETED_IN one to four jurisdictions (big markets more often).
 * Lists per control or device are flat arrays with start offsets: control {@code c}'s requirements
 * are {@code satisfiesRequirement[satisfiesStart[c] .. satisfiesStart[c + 1])}.
 */
final class SyntheticProducts {

  /** Real fulfilment judgements are mostly PARTIAL: 88 of 340 in the corpus are FULL. */
  static final double FULL_SHARE = 0.26;

  final int[] controlTopic;
  final int[] satisfiesStart;
  final int[] satisfiesRequirement;
  final boolean[] satisfiesFull;

  final int suppliers;
  final byte[] deviceCategory;
  final int[] deviceSupplier;
  final int[] implementsStart;
  final int[] implementsControl;
  final int[] marketStart;
  final int[] marketPlace;

  SyntheticProducts(SyntheticCorpus corpus, SyntheticCounts counts, long seed) {
    SplittableRandom random = SyntheticGraph.random(seed, 4);
    int controls = counts.controls();
    int requirements = corpus.reqDoc.length;
    controlTopic = new int[controls];
    satisfiesStart = new int[controls + 1];
    int[] satisfied = new int[controls * 5];
    Weights perControl = Weights.of(10, 25, 30, 20, 15);
    Weights hub = Weights.zipf(requirements, 0.9);
    int n = 0;
    for (int c = 0; c < controls; c++) {
      int topic = corpus.reqTopic[random.nextInt(requirements)];
      controlTopic[c] = topic;
      int size = corpus.topicSize(topic);
      int start = corpus.topicStart[topic];
      int[] picked =
          distinct(
              perControl.next(random) + 1,
              size,
              () -> corpus.topicMembers[start + hub.next(random, size)]);
      System.arraycopy(picked, 0, satisfied, n, picked.length);
      n += picked.length;
      satisfiesStart[c + 1] = n;
    }
    satisfiesRequirement = Arrays.copyOf(satisfied, n);
    satisfiesFull = new boolean[n];
    for (int i = 0; i < n; i++) {
      satisfiesFull[i] = random.nextDouble() < FULL_SHARE;
    }

    suppliers = counts.suppliers();
    int devices = counts.devices();
    deviceCategory = new byte[devices];
    deviceSupplier = new int[devices];
    implementsStart = new int[devices + 1];
    marketStart = new int[devices + 1];
    int[] implemented = new int[devices * 25];
    int[] markets = new int[devices * 4];
    Weights category = Weights.of(Vocabulary.DEVICE_CATEGORY_WEIGHTS);
    Weights bySupplier = Weights.zipf(suppliers, 1.0);
    int[] popularity = shuffled(random, controls);
    Weights byPopularity = Weights.zipf(controls, 0.8);
    Weights marketCount = Weights.of(40, 30, 20, 10);
    int places = corpus.places.length;
    Weights byMarket = Weights.zipf(places, 1.1);
    int international = indexOf(corpus, "INT");
    int m = 0;
    n = 0;
    for (int d = 0; d < devices; d++) {
      deviceCategory[d] = (byte) category.next(random);
      deviceSupplier[d] = bySupplier.next(random);
      int[] used =
          distinct(5 + random.nextInt(21), controls, () -> popularity[byPopularity.next(random)]);
      System.arraycopy(used, 0, implemented, n, used.length);
      n += used.length;
      implementsStart[d + 1] = n;
      int[] sold =
          distinct(
              marketCount.next(random) + 1,
              places - (international >= 0 ? 1 : 0),
              () -> {
                int p;
                do {
                  p = byMarket.next(random);
                } while (p == international);
                return p;
              });
      System.arraycopy(sold, 0, markets, m, sold.length);
      m += sold.length;
      marketStart[d + 1] = m;
    }
    implementsControl = Arrays.copyOf(implemented, n);
    marketPlace = Arrays.copyOf(markets, m);
  }

  /** Up to {@code k} distinct values from {@code draw} (of {@code n} possible), sorted. */
  static int[] distinct(int k, int n, IntSupplier draw) {
    int want = Math.min(k, n);
    int[] out = new int[want];
    int size = 0;
    for (int tries = 0; size < want && tries < 50 * want; tries++) {
      int v = draw.getAsInt();
      boolean seen = false;
      for (int i = 0; i < size && !seen; i++) {
        seen = out[i] == v;
      }
      if (!seen) {
        out[size++] = v;
      }
    }
    int[] result = Arrays.copyOf(out, size);
    Arrays.sort(result);
    return result;
  }

  private static int[] shuffled(SplittableRandom random, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  private static int indexOf(SyntheticCorpus corpus, String code) {
    for (int i = 0; i < corpus.places.length; i++) {
      if (corpus.places[i].code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  int controls() {
    return controlTopic.length;
  }

  int devices() {
    return deviceCategory.length;
  }
}
