package dev.regintel.app.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A read or write past its budget is cancelled by Neo4j and reported naming the limit, whether the
 * read goes over Bolt or directly to the database in this JVM.
 */
class GraphTimeoutIT {

  /** Counts for far longer than the tiny budget below. */
  static final String SLOW =
      "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)";

  static Graph graph(boolean direct) {
    return graph(direct, Duration.ofMillis(200));
  }

  /** A graph with {@code budget} for each read and write, reading over Bolt or directly. */
  static Graph graph(boolean direct, Duration budget) {
    return new Graph(
        TestNeo4j.driver(),
        direct ? TestNeo4j.database() : null,
        null,
        new SimpleMeterRegistry(),
        budget,
        budget);
  }

  @ParameterizedTest(name = "direct: {0}")
  @ValueSource(booleans = {false, true})
  void aReadPastTheReadTimeoutIsCancelledNamingTheLimit(boolean direct) {
    Graph graph = graph(direct);
    assertThat(graph.readsDirect()).isEqualTo(direct);
    assertThatThrownBy(() -> graph.read(SLOW, Map.of()))
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessage(
            "The query ran past its time budget of 200 ms (regintel.limits.read-timeout) and was"
                + " cancelled.");
    assertThat(graph.read("RETURN 1 AS one", Map.of()).getFirst().get("one").asInt()).isEqualTo(1);
  }

  @ParameterizedTest(name = "direct: {0}")
  @ValueSource(booleans = {false, true})
  void aReadPastTheRequestsDeadlineEndsTheRequestNamingItsLimit(boolean direct) {
    Graph graph = graph(direct, Duration.ofSeconds(30));
    assertThatThrownBy(
            () ->
                RequestDeadline.run(
                    System.nanoTime(), Duration.ofMillis(300), () -> graph.read(SLOW, Map.of())))
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessageContaining("(regintel.limits.request-timeout)")
        .extracting(e -> ((QueryTimeoutException) e).limit())
        .isEqualTo("request-timeout");
  }

  @Test
  void aWritePastTheWriteTimeoutIsCancelledNamingTheLimit() {
    assertThatThrownBy(() -> graph(true).write(tx -> tx.list(SLOW, Map.of())))
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessageContaining("(regintel.limits.write-timeout)");
  }
}
