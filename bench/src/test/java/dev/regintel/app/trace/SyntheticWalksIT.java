package dev.regintel.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.bench.SyntheticGraph;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The walk over the mapping index answers exactly as the trace query does on the benchmark's
 * synthetic graph at scale 5 (its mappings form a denser web than the corpus's), for every control
 * and every depth up to the API's default. In the app's package, to reach both walks; here, because
 * the synthetic graph lives in the bench module. The shared graph is put back afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticWalksIT extends AbstractAppIT {

  static final double SCALE = 5;
  static final long SEED = 42;

  @Autowired Graph graph;
  @Autowired TraceService service;
  @Autowired IndexTrace indexTrace;
  @Autowired MappingIndexKeeper keeper;
  @Autowired ApplicationEventPublisher events;

  @AfterAll
  void restoreStandardGraph() {
    TestNeo4j.restoreStandardGraph(seedLoader);
  }

  @Test
  void theIndexWalkAnswersEverySyntheticControlAsTheTraceQueryDoes() {
    TestNeo4j.clean();
    SyntheticGraph synthetic = SyntheticGraph.generate(SCALE, SEED);
    synthetic.load(graph, 5_000, 1, line -> {});
    GraphChanged.announce(graph, events);
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
}
