package dev.regintel.bench;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A deterministic synthetic regintel graph: the same scale and seed give the same nodes, ids and
 * relationships on any machine. Its structure follows the real corpus: documents belong to
 * jurisdictions and come in versions; their requirements form hierarchies and are about shared
 * topics ("default passwords"); mappings mostly join requirements of one topic across documents,
 * with a heavy-tailed degree and a few cross-topic INTERSECTS_WITH links, so that a trace from one
 * control reaches tens to a few hundred requirements rather than the whole graph. Controls satisfy
 * requirements of one topic; devices implement popular controls and are sold in a few markets,
 * where applicability rules make some documents apply to them.
 *
 * <p>Everything is held in primitive arrays (a scale-100 graph takes some tens of megabytes); node
 * and relationship rows are made batch by batch while loading ({@link SyntheticParts}), which
 * writes exactly the labels, property names and relationship types the seed loader writes, every
 * node and relationship with {@code srcUrl} and {@code srcMethod = 'IMPORT'}.
 */
public final class SyntheticGraph {

  /** Where synthetic facts say they were read: a reserved domain, so no one mistakes them. */
  static final String SOURCE = "https://synthetic.regintel.invalid/";

  final SyntheticCorpus corpus;
  final SyntheticMappings mappings;
  final SyntheticProducts products;
  final SyntheticRules rules;
  final long seed;

  private SyntheticGraph(double scale, long seed) {
    this.seed = seed;
    SyntheticCounts target = SyntheticCounts.at(scale);
    this.corpus = new SyntheticCorpus(target, seed);
    this.mappings = new SyntheticMappings(corpus, target.mappings(), seed);
    this.products = new SyntheticProducts(corpus, target, seed);
    this.rules = new SyntheticRules(corpus, seed);
  }

  /**
   * Generates the graph for {@code scale} (1 is about the shipped corpus, 100 about 200k
   * requirements and 1M mappings) from {@code seed}.
   *
   * @throws IllegalArgumentException when the scale is not above 0 or is above 1000
   */
  public static SyntheticGraph generate(double scale, long seed) {
    return new SyntheticGraph(scale, seed);
  }

  /** An independent random stream per part of the graph, so that parts do not shift each other. */
  static SplittableRandom random(long seed, int stream) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * stream));
  }

  /**
   * A random stream of its own for the {@code index}-th item of a part: rows are made on demand, in
   * any order, and must not depend on each other.
   */
  SplittableRandom random(int stream, int index) {
    long mixed = seed ^ (0x9E3779B97F4A7C15L * stream) ^ (0xC2B2AE3D27D4EB4FL * (index + 1L));
    return new SplittableRandom(mixed);
  }

  /** The ids of all controls, in a fixed order. */
  public List<String> controlIds() {
    List<String> ids = new ArrayList<>(products.controls());
    for (int c = 0; c < products.controls(); c++) {
      ids.add(controlId(c));
    }
    return ids;
  }

  /** The ids of all devices, in a fixed order. */
  public List<String> deviceIds() {
    List<String> ids = new ArrayList<>(products.devices());
    for (int d = 0; d < products.devices(); d++) {
      ids.add(deviceId(d));
    }
    return ids;
  }

  /** How many nodes of each label the graph has, in load order. */
  public Map<String, Long> nodeCounts() {
    return counts(true);
  }

  /** How many relationships of each type the graph has, in load order. */
  public Map<String, Long> relationshipCounts() {
    return counts(false);
  }

  public long nodes() {
    return nodeCounts().values().stream().mapToLong(Long::longValue).sum();
  }

  public long relationships() {
    return relationshipCounts().values().stream().mapToLong(Long::longValue).sum();
  }

  private Map<String, Long> counts(boolean nodes) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SyntheticLoad.Part part : SyntheticParts.parts(this)) {
      if (part.node() == nodes) {
        counts.merge(part.name(), (long) part.rows(), Long::sum);
      }
    }
    return counts;
  }

  /**
   * Writes the graph into an empty database through {@code graph}: nodes first, then relationships,
   * in write transactions of {@code batchSize} rows ({@code UNWIND ... CREATE}), finding nodes
   * through the unique-id constraints the schema migrations create.
   *
   * @param writers how many transactions to run at once
   * @param progress told about each label or relationship type when it is written
   */
  public SyntheticLoad.Result load(
      Graph graph, int batchSize, int writers, Consumer<String> progress) {
    return SyntheticLoad.run(this, graph, batchSize, writers, progress);
  }

  String controlId(int c) {
    return "ctl:syn-" + Ids.slug(topic(products.controlTopic[c]).name()) + "-" + c;
  }

  String deviceId(int d) {
    return "dev:syn-" + d;
  }

  String supplierId(int s) {
    return "sup:syn-" + s;
  }

  String publisherId(int p) {
    return "pub:syn-" + p;
  }

  String ruleId(int i) {
    return "rule:syn-" + corpus.places[rules.place[i]].code().toLowerCase(Locale.ROOT) + "-" + i;
  }

  Vocabulary.Topic topic(int t) {
    return Vocabulary.TOPICS.get(t % Vocabulary.TOPICS.size());
  }

  /** Topics beyond the named ones are further groups on the same subject, numbered. */
  String topicName(int t) {
    int round = t / Vocabulary.TOPICS.size();
    return topic(t).name() + (round == 0 ? "" : " (group " + (round + 1) + ")");
  }
}
