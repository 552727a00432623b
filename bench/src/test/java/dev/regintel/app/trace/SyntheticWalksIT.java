package dev.regintel.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.bench.SyntheticGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The walk over the mapping index answers exactly as the trace and coverage queries do on the
 * benchmark's synthetic graph at scale 5 (its mappings form a denser web than the corpus's): trace
 * for every control and every depth up to the API's default, coverage for every device in its own
 * markets, in one other market and in several. In the app's package, to reach both walks; here,
 * because the synthetic graph lives in the bench module. The shared graph is put back afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticWalksIT extends AbstractAppIT {

  static final double SCALE = 5;
  static final long SEED = 42;

  @Autowired Graph graph;
  @Autowired TraceService service;
  @Autowired IndexTrace indexTrace;
  @Autowired CoverageService coverage;
  @Autowired IndexCoverage indexCoverage;
  @Autowired MappingIndexKeeper keeper;
  @Autowired ApplicationEventPublisher events;

  @AfterAll
  void restoreStandardGraph() {
    TestNeo4j.restoreStandardGraph(seedLoader);
  }

  /**
   * One test: the graph is loaded once, and before each test the shared set-up would put the small
   * test set back, which does not load into the synthetic graph.
   */
  @Test
  void theIndexWalkAnswersEverySyntheticControlAndDeviceAsTheQueriesDo() {
    TestNeo4j.clean();
    SyntheticGraph synthetic = SyntheticGraph.generate(SCALE, SEED);
    synthetic.load(graph, 5_000, 1, line -> {});
    GraphChanged.announce(graph, events);
    traces(synthetic);
    coverages(synthetic);
  }

  private void traces(SyntheticGraph synthetic) {
    MappingIndex index = keeper.rebuildNow();
    assertThat((long) index.mappings())
        .isEqualTo(synthetic.relationshipCounts().get("MAPS_TO"))
        .isGreaterThan(1_000);

    List<String> controls = synthetic.controlIds();
    assertThat(controls).hasSizeGreaterThan(100);
    long hits = 0;
    for (String control : controls) {
      for (int hops = 1; hops <= TraceService.DEFAULT_HOPS; hops++) {
        hits += MappingIndexIT.sameAnswer(indexTrace, service, control, null, hops);
      }
    }
    assertThat(hits).isGreaterThan(controls.size() * 10L);
  }

  private void coverages(SyntheticGraph synthetic) {
    keeper.rebuildNow();
    List<String> markets = new ArrayList<>();
    graph
        .read("MATCH (j:Jurisdiction) RETURN j.code AS code ORDER BY code", Map.of())
        .forEach(r -> markets.add(r.get("code").asString()));
    List<String> devices = synthetic.deviceIds();
    assertThat(devices).hasSizeGreaterThan(20);
    assertThat(markets).hasSizeGreaterThan(4);
    long reached = 0;
    for (int d = 0; d < devices.size(); d++) {
      String device = devices.get(d);
      Set<String> several = new LinkedHashSet<>();
      for (int i = 0; i < 4; i++) {
        several.add(markets.get((d + 7 * i) % markets.size()));
      }
      for (List<String> codes :
          Arrays.asList(null, List.of(markets.get(d % markets.size())), List.copyOf(several))) {
        reached += CoverageIndexIT.sameAnswer(indexCoverage, coverage, device, codes);
      }
    }
    assertThat(reached).isGreaterThan(devices.size() * 10L);
  }
}
