package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.regintel.ontology.Ids;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic graph's determinism, size, structure and provenance, without a database. */
class SyntheticGraphTests {

  static SyntheticGraph one;
  static SyntheticGraph ten;

  @BeforeAll
  static void generate() {
    one = SyntheticGraph.generate(1, 42);
    ten = SyntheticGraph.generate(10, 42);
  }

  @Test
  void theSameSeedGivesTheSameGraph() {
    SyntheticGraph again = SyntheticGraph.generate(1, 42);
    assertThat(again.nodeCounts()).isEqualTo(one.nodeCounts());
    assertThat(again.relationshipCounts()).isEqualTo(one.relationshipCounts());
    assertThat(again.controlIds()).isEqualTo(one.controlIds());
    assertThat(again.deviceIds()).isEqualTo(one.deviceIds());
    assertThat(again.corpus.docId).isEqualTo(one.corpus.docId);
    assertThat(again.corpus.reqId).isEqualTo(one.corpus.reqId);
    assertThat(again.mappings.from).isEqualTo(one.mappings.from);
    assertThat(again.mappings.to).isEqualTo(one.mappings.to);
    assertThat(again.products.implementsControl).isEqualTo(one.products.implementsControl);
    assertThat(again.rules.document).isEqualTo(one.rules.document);
  }

  @Test
  void anotherSeedGivesAnotherGraphOfTheSameSize() {
    SyntheticGraph other = SyntheticGraph.generate(1, 43);
    assertThat(other.nodeCounts()).containsEntry("Requirement", 500L);
    assertThat(other.mappings.from).isNotEqualTo(one.mappings.from);
  }

  @Test
  void scaleOneIsAboutTheShippedCorpus() {
    assertThat(one.nodeCounts())
        .containsEntry("Jurisdiction", 7L)
        .containsEntry("Document", 130L)
        .containsEntry("Requirement", 500L)
        .containsEntry("Control", 110L)
        .containsEntry("Device", 3L);
    assertThat(one.relationshipCounts()).containsEntry("MAPS_TO", 330L);
    assertThat(one.relationshipCounts().get("SATISFIES")).isBetween(280L, 400L);
  }

  @Test
  void scaleOneHundredAimsAtAWorldWideCollection() {
    SyntheticCounts counts = SyntheticCounts.at(100);
    assertThat(counts.documents()).isEqualTo(10_000);
    assertThat(counts.requirements()).isEqualTo(200_000);
    assertThat(counts.mappings()).isEqualTo(1_000_000);
    assertThat(counts.controls()).isEqualTo(20_000);
    assertThat(counts.devices()).isEqualTo(50_000);
    assertThat(counts.suppliers()).isEqualTo(2_000);
  }

  @Test
  void countsGrowWithScale() {
    SyntheticGraph tenth = SyntheticGraph.generate(0.1, 42);
    for (String label : List.of("Document", "Requirement", "Control", "Publisher")) {
      assertThat(tenth.nodeCounts().get(label))
          .as(label)
          .isLessThan(one.nodeCounts().get(label))
          .isPositive();
      assertThat(ten.nodeCounts().get(label)).as(label).isGreaterThan(one.nodeCounts().get(label));
    }
    for (String type : List.of("MAPS_TO", "SATISFIES", "HAS_REQUIREMENT", "IMPLEMENTS")) {
      assertThat(ten.relationshipCounts().get(type))
          .as(type)
          .isGreaterThan(one.relationshipCounts().get(type));
    }
    assertThat(ten.nodeCounts().get("Requirement"))
        .isEqualTo(SyntheticCounts.at(10).requirements());
  }

  @Test
  void tooSmallOrTooLargeAScaleIsRefused() {
    assertThatThrownBy(() -> SyntheticGraph.generate(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticGraph.generate(5000, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyNodeAndRelationshipCarriesProvenance() {
    for (SyntheticLoad.Part part : SyntheticParts.parts(one)) {
      if (!part.node()) {
        assertThat(part.cypher()).as(part.name()).contains("srcMethod: 'IMPORT'");
      }
      for (int i = 0; i < part.rows(); i++) {
        Map<String, Object> row = part.row().apply(i);
        assertThat((String) row.get("srcUrl"))
            .as(part.name())
            .startsWith("https://synthetic.regintel.invalid/");
        if (part.node()) {
          assertThat(row).as(part.name()).containsEntry("srcMethod", "IMPORT");
        }
      }
    }
  }

  @Test
  void requirementsHaveTheLoadersPropertiesAndIds() {
    SyntheticLoad.Part requirements =
        SyntheticParts.parts(one).stream()
            .filter(p -> p.name().equals("Requirement"))
            .findFirst()
            .orElseThrow();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < requirements.rows(); i++) {
      keys.addAll(requirements.row().apply(i).keySet());
    }
    assertThat(keys)
        .containsExactlyInAnyOrder(
            "id",
            "ref",
            "refKey",
            "documentId",
            "order",
            "title",
            "titleJa",
            "text",
            "textJa",
            "obligation",
            "parentId",
            "srcUrl",
            "srcMethod");
    assertThat(one.corpus.reqId).allMatch(Ids::isRequirement).doesNotHaveDuplicates();
    assertThat(one.corpus.docId).allMatch(Ids::isDocument).doesNotHaveDuplicates();
    for (int i = 0; i < one.rules.size(); i++) {
      assertThat(one.ruleId(i)).matches("rule:[a-z0-9][a-z0-9.-]*");
    }
  }

  @Test
  void requirementHierarchiesHaveTwoToEightPartsAndMixedObligations() {
    SyntheticCorpus c = ten.corpus;
    int[] parts = new int[c.reqId.length];
    int[] obligations = new int[4];
    for (int r = 0; r < c.reqId.length; r++) {
      if (c.reqParent[r] >= 0) {
        parts[c.reqParent[r]]++;
        assertThat(c.reqDoc[c.reqParent[r]]).isEqualTo(c.reqDoc[r]);
      }
      obligations[c.reqObligation[r]]++;
    }
    int parents = 0;
    for (int r = 0; r < parts.length; r++) {
      if (parts[r] > 0) {
        parents++;
        assertThat(parts[r]).isBetween(2, 8);
      }
    }
    assertThat(parents).isGreaterThan(c.reqId.length / 20);
    for (int o = 0; o < 3; o++) {
      assertThat(obligations[o])
          .as(SyntheticCorpus.OBLIGATIONS[o])
          .isGreaterThan(c.reqId.length / 10);
    }
  }

  @Test
  void mappingsFollowTheRelationMixAndMostlyStayInTheirTopic() {
    SyntheticMappings m = ten.mappings;
    int[] relations = new int[4];
    int crossTopic = 0;
    for (int i = 0; i < m.size(); i++) {
      relations[m.relation[i]]++;
      if (ten.corpus.reqTopic[m.from[i]] != ten.corpus.reqTopic[m.to[i]]) {
        crossTopic++;
        assertThat(m.relation[i]).isEqualTo((byte) SyntheticMappings.INTERSECTS_WITH);
      }
      assertThat(ten.corpus.reqDoc[m.from[i]]).isNotEqualTo(ten.corpus.reqDoc[m.to[i]]);
    }
    double n = m.size();
    assertThat(relations[0] / n).isCloseTo(0.15, within(0.03));
    assertThat(relations[1] / n).isCloseTo(0.30, within(0.03));
    assertThat(relations[2] / n).isCloseTo(0.25, within(0.03));
    assertThat(relations[3] / n).isCloseTo(0.30, within(0.04));
    assertThat(crossTopic).isPositive().isLessThan(m.size() / 30);
  }

  @Test
  void mappingDegreeIsHeavyTailed() {
    int[] degree = degrees(ten);
    double mean = 2.0 * ten.mappings.size() / degree.length;
    int max = Arrays.stream(degree).max().orElseThrow();
    assertThat(max).isGreaterThan((int) (10 * mean));
  }

  @Test
  void topicsKeepTraceReachBounded() {
    int[][] adjacency = adjacency(ten);
    int requirements = ten.corpus.reqId.length;
    long total = 0;
    int largest = 0;
    SyntheticProducts p = ten.products;
    for (int c = 0; c < p.controls(); c++) {
      int reach = reach(adjacency, p, c, 4);
      total += reach;
      largest = Math.max(largest, reach);
    }
    double mean = (double) total / p.controls();
    assertThat(mean).isBetween(10.0, 400.0);
    assertThat(largest).isLessThan(requirements / 10);
  }

  /** Requirements reached from a control's SATISFIES targets within {@code hops} mapping steps. */
  static int reach(int[][] adjacency, SyntheticProducts p, int control, int hops) {
    Set<Integer> seen = new HashSet<>();
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    for (int i = p.satisfiesStart[control]; i < p.satisfiesStart[control + 1]; i++) {
      if (seen.add(p.satisfiesRequirement[i])) {
        queue.add(new int[] {p.satisfiesRequirement[i], 0});
      }
    }
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      if (at[1] < hops) {
        for (int next : adjacency[at[0]]) {
          if (seen.add(next)) {
            queue.add(new int[] {next, at[1] + 1});
          }
        }
      }
    }
    return seen.size();
  }

  static int[] degrees(SyntheticGraph g) {
    int[] degree = new int[g.corpus.reqId.length];
    for (int i = 0; i < g.mappings.size(); i++) {
      degree[g.mappings.from[i]]++;
      degree[g.mappings.to[i]]++;
    }
    return degree;
  }

  /** Mappings as undirected adjacency lists: a trace walks them both ways. */
  static int[][] adjacency(SyntheticGraph g) {
    int[] degree = degrees(g);
    int[][] adjacency = new int[degree.length][];
    for (int r = 0; r < degree.length; r++) {
      adjacency[r] = new int[degree[r]];
      degree[r] = 0;
    }
    for (int i = 0; i < g.mappings.size(); i++) {
      int a = g.mappings.from[i];
      int b = g.mappings.to[i];
      adjacency[a][degree[a]++] = b;
      adjacency[b][degree[b]++] = a;
    }
    return adjacency;
  }
}
