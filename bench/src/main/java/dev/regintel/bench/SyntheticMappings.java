package dev.regintel.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The MAPS_TO relationships of a synthetic graph. Most join two requirements of one topic in
 * different documents, with both ends drawn by Zipf weight over the topic's hub order (so a few
 * provisions are mapped from everywhere, as ETSI EN 303 645 5.1-1 is). About one for every two
 * topics, and at most {@link #CROSS_TOPIC} of all, are INTERSECTS_WITH links between minor
 * provisions of two topics: the seams between subjects (passwords and authentication) that real
 * mappings also have, few enough that a trace stays within a topic and its seams. At most one
 * mapping joins any pair.
 */
final class SyntheticMappings {

  static final String[] RELATIONS = {"EQUAL", "SUBSET_OF", "SUPERSET_OF", "INTERSECTS_WITH"};
  static final String[] RATIONALES = {"SEMANTIC", "FUNCTIONAL", "SYNTACTIC"};
  static final int INTERSECTS_WITH = 3;

  /** The largest share of mappings that leave their topic. */
  static final double CROSS_TOPIC = 0.03;

  final int[] from;
  final int[] to;
  final byte[] relation;
  final byte[] rationale;
  final byte[] strength;

  SyntheticMappings(SyntheticCorpus corpus, int target, long seed) {
    SplittableRandom random = SyntheticGraph.random(seed, 3);
    int requirements = corpus.reqDoc.length;
    int largest = 1;
    for (int t = 0; t < corpus.topics(); t++) {
      largest = Math.max(largest, corpus.topicSize(t));
    }
    Weights hub = Weights.zipf(largest, 0.9);
    Weights relations = Weights.of(15, 30, 25, 30);
    Weights rationales = Weights.of(80, 10, 10);
    int[] a = new int[target];
    int[] b = new int[target];
    byte[] rel = new byte[target];
    byte[] why = new byte[target];
    byte[] how = new byte[target];
    double cross = Math.min(CROSS_TOPIC, corpus.topics() / 2.0 / Math.max(1, target));
    Set<Long> pairs = new HashSet<>();
    int n = 0;
    for (long attempt = 0; n < target && attempt < 20L * target + 100; attempt++) {
      int topic = corpus.reqTopic[random.nextInt(requirements)];
      int size = corpus.topicSize(topic);
      int start = corpus.topicStart[topic];
      int source;
      int sink;
      int kind;
      if (size < 2 || random.nextDouble() < cross) {
        // Between minor provisions, not hubs: a hub's cross link would pull a whole second topic
        // into every trace that passes through it.
        source = corpus.topicMembers[start + random.nextInt(size)];
        sink = random.nextInt(requirements);
        kind = INTERSECTS_WITH;
        if (corpus.reqTopic[sink] == topic) {
          continue;
        }
      } else {
        source = corpus.topicMembers[start + hub.next(random, size)];
        sink = corpus.topicMembers[start + hub.next(random, size)];
        kind = relations.next(random);
      }
      if (corpus.reqDoc[source] == corpus.reqDoc[sink]
          || !pairs.add((long) Math.min(source, sink) * requirements + Math.max(source, sink))) {
        continue;
      }
      a[n] = source;
      b[n] = sink;
      rel[n] = (byte) kind;
      why[n] = (byte) rationales.next(random);
      how[n] = (byte) strength(random, kind);
      n++;
    }
    // In source order: a write transaction then touches a narrow range of source nodes, and two
    // running at once rarely wait on each other's locks.
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = ((long) a[i] << 32) | i;
    }
    Arrays.sort(order);
    from = new int[n];
    to = new int[n];
    relation = new byte[n];
    rationale = new byte[n];
    strength = new byte[n];
    for (int i = 0; i < n; i++) {
      int k = (int) order[i];
      from[i] = a[k];
      to[i] = b[k];
      relation[i] = rel[k];
      rationale[i] = why[k];
      strength[i] = how[k];
    }
  }

  /** NIST IR 8477 strength 0-10: equal content is a strong claim, an intersection a weak one. */
  private static int strength(SplittableRandom random, int kind) {
    return switch (kind) {
      case 0 -> 7 + random.nextInt(4);
      case INTERSECTS_WITH -> 2 + random.nextInt(6);
      default -> 4 + random.nextInt(6);
    };
  }

  int size() {
    return from.length;
  }
}
