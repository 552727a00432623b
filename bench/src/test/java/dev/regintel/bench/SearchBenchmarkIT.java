package dev.regintel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.TestNeo4j;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The search benchmark end to end at a tiny scale, on the shared test app and Neo4j: the glossary
 * and the synthetic graph load, the index is rebuilt from them, and every query class is timed and
 * finds something, over HTTP and in process alike. The shared graph (and with it the index) is put
 * back afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBenchmarkIT extends AbstractAppIT {

  static final double SCALE = 0.2;
  static final int SEARCHES = 40;

  @LocalServerPort int port;
  @Autowired ApplicationContext app;

  @AfterAll
  void restoreStandardGraph() {
    TestNeo4j.restoreStandardGraph(seedLoader);
  }

  @Test
  void aTinyRunBuildsTheIndexAndTimesEveryQueryClass() {
    TestNeo4j.clean();
    SyntheticGraph synthetic = SyntheticGraph.generate(SCALE, BenchOptions.DEFAULT_SEED);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    SearchBenchReport report =
        new SearchBenchmark(
                new BenchOptions(SCALE, SEARCHES, 8, BenchOptions.DEFAULT_SEED, null),
                new PrintStream(progress, true, StandardCharsets.UTF_8))
            .measure(
                synthetic, 0.1, app, URI.create("http://127.0.0.1:" + port + "/graphql"), "64m");
    String log = progress.toString(StandardCharsets.UTF_8);

    assertThat(report.errors().count()).as(log).isZero();
    theIndexHoldsEveryDocumentRequirementAndControl(synthetic, report);
    everyClassIsTimedAndFindsSomething(report);
    assertThat(report.load().relationships()).isEqualTo(synthetic.relationships());
    assertThat(report.run().machine().neo4j()).contains("2026");
    assertThat(report.targets()).hasSize(5);
    assertThat(report.toJson()).contains("\"itemsPerSecond\"", "\"inProcess\"", "\"classes\"");
  }

  void theIndexHoldsEveryDocumentRequirementAndControl(
      SyntheticGraph synthetic, SearchBenchReport report) {
    long items =
        synthetic.nodeCounts().get("Document")
            + synthetic.nodeCounts().get("Requirement")
            + synthetic.nodeCounts().get("Control");
    assertThat(report.index().items()).isEqualTo(items);
    // The real glossary: several hundred Japanese terms, alternatives included.
    assertThat(report.index().glossaryTerms()).isGreaterThan(500);
    assertThat(report.index().seconds()).isPositive();
    assertThat(report.index().itemsPerSecond()).isPositive();
    assertThat(report.index().bytes()).isPositive();
  }

  void everyClassIsTimedAndFindsSomething(SearchBenchReport report) {
    assertThat(report.classes())
        .extracting(SearchBenchReport.ClassFigures::name)
        .containsExactly("english", "japanese", "mixed", "code", "all");
    for (SearchBenchReport.ClassFigures c : report.classes()) {
      int expected = c.name().equals("all") ? SEARCHES : SEARCHES / 4;
      for (Latencies l : List.of(c.http(), c.inProcess())) {
        assertThat(l.requests()).as(c.name()).isEqualTo(expected);
        assertThat(l.p50()).as(c.name()).isPositive();
        assertThat(l.p99()).isGreaterThanOrEqualTo(l.p95()).isGreaterThanOrEqualTo(l.p50());
      }
      assertThat(c.total().mean()).as(c.name()).isPositive();
      assertThat(c.returned().mean()).as(c.name()).isPositive();
      assertThat(c.returned().max()).as(c.name()).isLessThanOrEqualTo(SearchMix.PAGE);
      // Only a filter or a page past the last hit may leave a search without hits.
      assertThat(c.empty()).as(c.name()).isLessThanOrEqualTo(c.filtered() + c.laterPages());
    }
  }
}
