package dev.regintel.app.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A read or write past its budget is cancelled by Neo4j and reported naming the limit. */
class GraphTimeoutIT {

  /** Counts for far longer than the tiny budget below. */
  static final String SLOW =
      "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)";

  final Graph graph =
      new Graph(
          TestNeo4j.driver(),
          null,
          new SimpleMeterRegistry(),
          Duration.ofMillis(200),
          Duration.ofMillis(200));

  @Test
  void aReadPastTheReadTimeoutIsCancelledNamingTheLimit() {
    assertThatThrownBy(() -> graph.read(SLOW, Map.of()))
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessage(
            "The query ran past its time budget of 200 ms (regintel.limits.read-timeout) and was"
                + " cancelled.");
    assertThat(graph.read("RETURN 1 AS one", Map.of()).getFirst().get("one").asInt()).isEqualTo(1);
  }

  @Test
  void aWritePastTheWriteTimeoutIsCancelledNamingTheLimit() {
    assertThatThrownBy(() -> graph.write(tx -> tx.list(SLOW, Map.of())))
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessageContaining("(regintel.limits.write-timeout)");
  }
}
