package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.support.Http;
import dev.regintel.app.support.TestNeo4j;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The last line of defence: with the static limits lifted (depth, cost), the nesting attack that
 * once ran for minutes is stopped by the request's time budget, answered over HTTP with a TIMEOUT
 * error naming the limit, and the service stays healthy.
 */
@SpringBootTest(
    classes = RegintelApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "regintel.data-dir=target/request-budget-it",
      "regintel.seed.dir=../seed-data",
      "regintel.seed.autoload=true",
      "regintel.search.poll-interval=0",
      "regintel.limits.max-depth=100",
      "regintel.limits.max-complexity=2000000000",
      // Estimated as if every nested list held one item; the real query expands them all.
      "regintel.limits.default-list-size=1",
      "regintel.limits.request-timeout=2s",
      "logging.level.org.neo4j=WARN"
    })
class RequestBudgetIT {

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  dev.regintel.app.internal.neo4j.Graph graph;

  @DynamicPropertySource
  static void neo4j(DynamicPropertyRegistry registry) {
    registry.add("regintel.neo4j.uri", TestNeo4j::boltUri);
  }

  @Test
  void theNestingAttackPastItsStaticLimitsIsStoppedByTheRequestBudget() {
    // The shared test Neo4j runs in this JVM: the app reads it as it reads its embedded server.
    assertThat(graph.readsDirect()).as("reads go directly to the database in this JVM").isTrue();
    long started = System.nanoTime();
    JsonNode body = new GraphQlClient(port).executeText(QueryLimitsIT.NESTING_ATTACK, Map.of());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    // Stopped, not run for minutes: alone the attack is answered after 6 to 7 s (the 2 s budget,
    // then the cancelled reads and fetchers winding down); in a full test run on two busy cores
    // it once took 16.5 s. The bound says "stopped", with room for a loaded machine.
    assertThat(took).isLessThan(Duration.ofSeconds(40));
    JsonNode error = body.at("/errors/0");
    assertThat(error.at("/extensions/code").asString()).as(error.toString()).isEqualTo("TIMEOUT");
    assertThat(error.at("/extensions/limit").asString()).isEqualTo("request-timeout");
    assertThat(error.at("/message").asString())
        .isEqualTo(
            "The query ran past its time budget of 2000 ms (regintel.limits.request-timeout) and"
                + " was cancelled.");
    assertThat(body.at("/errors").size()).as("one error, not one per field").isLessThan(10);
    assertThat(Http.get(port, "/actuator/health").body()).contains("\"status\":\"UP\"");
  }
}
