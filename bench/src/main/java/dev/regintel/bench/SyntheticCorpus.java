package dev.regintel.bench;

import dev.regintel.bench.Vocabulary.Kind;
import dev.regintel.bench.Vocabulary.Place;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Ids;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The regulatory half of a synthetic graph: jurisdictions, publishers, documents in versions, and
 * their requirements in hierarchies, each requirement about one topic. Arrays are indexed by
 * position: document {@code d}, requirement {@code r}; a document's requirements are contiguous
 * ({@code docFirst[d]} up to {@code docFirst[d] + docRequirements[d]}), in document order.
 */
final class SyntheticCorpus {

  static final String[] OBLIGATIONS = {"MANDATORY", "RECOMMENDED", "CONDITIONAL", "INFORMATIVE"};

  private static final int FIRST_DAY = (int) LocalDate.of(2015, 1, 1).toEpochDay();
  static final int LAST_DAY = (int) LocalDate.of(2026, 6, 30).toEpochDay();

  final Place[] places;
  final int[] publisherPlace;

  final int[] docPlace;
  final int[] docSecondPlace;
  final int[] docPublisher;
  final int[] docKind;
  final int[] docWork;
  final int[] docVersion;
  final int[] docPrevious;
  final int[] docNext;
  final byte[] docStatus;
  final int[] docPublished;
  final int[] docFirst;
  final int[] docRequirements;
  final String[] docId;

  final int[] reqDoc;
  final int[] reqTopic;
  final int[] reqParent;
  final int[] reqNumber;
  final int[] reqPart;
  final byte[] reqObligation;
  final String[] reqId;

  /** Members of topic {@code t}: {@code topicMembers[topicStart[t] .. topicStart[t + 1])}. */
  final int[] topicStart;

  /** Within a topic, in hub order: the first members attract most mappings and controls. */
  final int[] topicMembers;

  SyntheticCorpus(SyntheticCounts counts, long seed) {
    int jurisdictions = counts.jurisdictions();
    places = new Place[jurisdictions];
    for (int i = 0; i < jurisdictions; i++) {
      places[i] = Vocabulary.place(i);
    }
    SplittableRandom random = SyntheticGraph.random(seed, 1);
    Weights byPlace = Weights.zipf(jurisdictions, 1.0);
    publisherPlace = new int[counts.publishers()];
    for (int p = 0; p < publisherPlace.length; p++) {
      publisherPlace[p] = p < jurisdictions ? p : byPlace.next(random);
    }

    int documents = counts.documents();
    docPlace = new int[documents];
    docSecondPlace = new int[documents];
    docPublisher = new int[documents];
    docKind = new int[documents];
    docWork = new int[documents];
    docVersion = new int[documents];
    docPrevious = new int[documents];
    docNext = new int[documents];
    docStatus = new byte[documents];
    docPublished = new int[documents];
    docFirst = new int[documents];
    docRequirements = new int[documents];
    docId = new String[documents];
    documents(random, byPlace);

    int requirements = counts.requirements();
    reqDoc = new int[requirements];
    reqTopic = new int[requirements];
    reqParent = new int[requirements];
    reqNumber = new int[requirements];
    reqPart = new int[requirements];
    reqObligation = new byte[requirements];
    reqId = new String[requirements];
    SplittableRandom structure = SyntheticGraph.random(seed, 2);
    allocate(structure, requirements);
    int topics = counts.topics();
    double[] topicWeights = new double[topics];
    for (int t = 0; t < topics; t++) {
      topicWeights[t] = Weights.pareto(structure, 1.5, 4);
    }
    Weights byTopic = Weights.of(topicWeights);
    for (int d = 0; d < documents; d++) {
      requirements(structure, byTopic, d);
    }
    topicStart = new int[topics + 1];
    topicMembers = new int[requirements];
    groupByTopic(structure, topics);
  }

  private void documents(SplittableRandom random, Weights byPlace) {
    int[][] publishersOf = publishersByPlace();
    double[] kindWeights = Vocabulary.KINDS.stream().mapToDouble(Kind::weight).toArray();
    Weights byKind = Weights.of(kindWeights);
    Weights versions = Weights.of(80, 15, 5);
    int d = 0;
    for (int work = 0; d < docPlace.length; work++) {
      int place = byPlace.next(random);
      int kind = byKind.next(random);
      int count = Math.min(docPlace.length - d, versions.next(random) + 1);
      int[] own = publishersOf[place];
      int publisher =
          own.length > 0 ? own[random.nextInt(own.length)] : random.nextInt(publisherPlace.length);
      int second = random.nextDouble() < 0.1 ? byPlace.next(random) : -1;
      int day = FIRST_DAY + random.nextInt(LAST_DAY - FIRST_DAY - 1600);
      for (int v = 1; v <= count; v++, d++) {
        docPlace[d] = place;
        docSecondPlace[d] = second == place ? -1 : second;
        docPublisher[d] = publisher;
        docKind[d] = kind;
        docWork[d] = work;
        docVersion[d] = v;
        docPrevious[d] = v > 1 ? d - 1 : -1;
        docNext[d] = v < count ? d + 1 : -1;
        docPublished[d] = day;
        docStatus[d] = (byte) status(random, Vocabulary.KINDS.get(kind), v < count).ordinal();
        day += 200 + random.nextInt(600);
      }
    }
    boolean anyNormative = false;
    for (int k : docKind) {
      anyNormative |= Vocabulary.KINDS.get(k).normative();
    }
    if (!anyNormative) {
      // Tiny scales can draw only press releases and events; a graph without provisions is useless.
      docKind[0] = kindIndex("GUIDANCE");
    }
    for (int i = 0; i < docId.length; i++) {
      docId[i] = "doc:" + work(i) + ":v" + docVersion[i];
    }
  }

  private static DocumentStatus status(SplittableRandom random, Kind kind, boolean hasNext) {
    double u = random.nextDouble();
    if (hasNext) {
      return DocumentStatus.SUPERSEDED;
    } else if (kind.binding()) {
      return u < 0.9 ? DocumentStatus.IN_FORCE : DocumentStatus.DRAFT;
    } else if (kind.normative()) {
      return u < 0.8
          ? DocumentStatus.FINAL
          : u < 0.95 ? DocumentStatus.DRAFT : DocumentStatus.WITHDRAWN;
    }
    return DocumentStatus.FINAL;
  }

  private int[][] publishersByPlace() {
    int[] sizes = new int[places.length];
    for (int place : publisherPlace) {
      sizes[place]++;
    }
    int[][] out = new int[places.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new int[sizes[i]];
      sizes[i] = 0;
    }
    for (int p = 0; p < publisherPlace.length; p++) {
      int place = publisherPlace[p];
      out[place][sizes[place]++] = p;
    }
    return out;
  }

  /** One requirement per normative document, the rest drawn by heavy-tailed document weights. */
  private void allocate(SplittableRandom random, int requirements) {
    double[] weights = new double[docPlace.length];
    int normative = 0;
    for (int d = 0; d < weights.length; d++) {
      Kind kind = kind(d);
      if (kind.normative()) {
        weights[d] = Weights.pareto(random, 1.2, 60) * (kind.binding() ? 2 : 1);
        normative++;
      }
    }
    Weights byDocument = Weights.of(weights);
    int left = requirements;
    for (int d = 0; d < weights.length && left > 0; d++) {
      if (weights[d] > 0) {
        docRequirements[d] = 1;
        left--;
      }
    }
    for (; left > 0 && normative > 0; left--) {
      docRequirements[byDocument.next(random)]++;
    }
    int first = 0;
    for (int d = 0; d < weights.length; d++) {
      docFirst[d] = first;
      first += docRequirements[d];
    }
  }

  /**
   * Lays out a document's requirements: top-level provisions, a quarter of them parents of 2 to 8
   * parts on the same topic; the document covers a handful of topics.
   */
  private void requirements(SplittableRandom random, Weights byTopic, int d) {
    int count = docRequirements[d];
    if (count == 0) {
      return;
    }
    int[] topics = new int[Math.min(8, 1 + count / 10)];
    for (int i = 0; i < topics.length; i++) {
      topics[i] = byTopic.next(random);
    }
    Weights standalone = Weights.of(30, 40, 15, 15);
    Weights parent = Weights.of(40, 0, 0, 60);
    Weights child = Weights.of(35, 40, 20, 5);
    int r = docFirst[d];
    int end = r + count;
    for (int number = 1; r < end; number++) {
      int topic = topics[random.nextInt(topics.length)];
      int left = end - r;
      if (left >= 3 && random.nextDouble() < 0.25) {
        int parts = Math.min(left - 1, 2 + random.nextInt(7));
        requirement(r, d, topic, -1, number, 0, parent.next(random));
        for (int j = 1; j <= parts; j++) {
          requirement(r + j, d, topic, r, number, j, child.next(random));
        }
        r += 1 + parts;
      } else {
        requirement(r, d, topic, -1, number, 0, standalone.next(random));
        r++;
      }
    }
  }

  private void requirement(
      int r, int d, int topic, int parent, int number, int part, int obligation) {
    reqDoc[r] = d;
    reqTopic[r] = topic;
    reqParent[r] = parent;
    reqNumber[r] = number;
    reqPart[r] = part;
    reqObligation[r] = (byte) obligation;
    reqId[r] = Ids.requirement(docId[d], ref(r));
  }

  /** Groups requirements by topic and shuffles each group, so hubs fall anywhere. */
  private void groupByTopic(SplittableRandom random, int topics) {
    for (int topic : reqTopic) {
      topicStart[topic + 1]++;
    }
    for (int t = 0; t < topics; t++) {
      topicStart[t + 1] += topicStart[t];
    }
    int[] fill = java.util.Arrays.copyOf(topicStart, topics);
    for (int r = 0; r < reqTopic.length; r++) {
      topicMembers[fill[reqTopic[r]]++] = r;
    }
    for (int t = 0; t < topics; t++) {
      for (int i = topicStart[t + 1] - 1; i > topicStart[t]; i--) {
        int j = topicStart[t] + random.nextInt(i - topicStart[t] + 1);
        int swap = topicMembers[i];
        topicMembers[i] = topicMembers[j];
        topicMembers[j] = swap;
      }
    }
  }

  int topicSize(int t) {
    return topicStart[t + 1] - topicStart[t];
  }

  int topics() {
    return topicStart.length - 1;
  }

  Kind kind(int d) {
    return Vocabulary.KINDS.get(docKind[d]);
  }

  /** The work a document is a version of, as the segment of its id: {@code syn-eu-reg-12}. */
  String work(int d) {
    return "syn-"
        + places[docPlace[d]].code().toLowerCase(java.util.Locale.ROOT)
        + "-"
        + kind(d).abbreviation()
        + "-"
        + docWork[d];
  }

  /** The official-looking designation shared by a work's versions: {@code SYN EU REG 12}. */
  String code(int d) {
    return "SYN "
        + places[docPlace[d]].code()
        + " "
        + kind(d).abbreviation().toUpperCase(java.util.Locale.ROOT)
        + " "
        + docWork[d];
  }

  /** The citation of a requirement inside its document: {@code Art. 3(2)} or {@code 5.3-2}. */
  String ref(int r) {
    boolean articles = kind(reqDoc[r]).articles();
    String top = articles ? "Art. " + reqNumber[r] : "5." + reqNumber[r];
    if (reqPart[r] == 0) {
      return top;
    }
    return articles ? top + "(" + reqPart[r] + ")" : top + "-" + reqPart[r];
  }

  private static int kindIndex(String name) {
    for (int i = 0; i < Vocabulary.KINDS.size(); i++) {
      if (Vocabulary.KINDS.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
