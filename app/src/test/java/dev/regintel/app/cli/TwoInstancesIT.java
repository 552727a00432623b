package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.BoltPassword;
import dev.regintel.app.support.AppProcess;
import dev.regintel.app.support.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Two service processes on one graph, as a deployment with a second instance has them: the first
 * serves its embedded Neo4j's Bolt port on loopback, the second uses it with {@code --neo4j-uri}.
 * The second sees the first's writes, and outlives the first's crash: health DOWN and a clear error
 * while the graph is gone, answers again when it is back; one started while the graph is down waits
 * for it, and one told not to wait long says what it could not reach.
 */
class TwoInstancesIT {

  static final Duration START = Duration.ofMinutes(3);
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path first;
  @TempDir Path second;
  @TempDir Path third;

  static JsonNode graphQl(int port, String key, String query) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("query", query))));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    HttpResponse<String> response = Http.send(request.build());
    return JSON.readTree(response.body());
  }

  static final String TEST_LAW =
      "{ document(code: \"Test SI 2023/1\") { id title } search(query: \"Test regulations\") { total } }";

  @Test
  void aSecondInstanceSharesTheGraphAndOutlivesTheFirstsCrash() {
    int bolt = AppProcess.freePort();
    int portA = AppProcess.freePort();
    int portB = AppProcess.freePort();
    int portC = AppProcess.freePort();
    String boltUri = "bolt://127.0.0.1:" + bolt;
    String[] serveA = {
      "serve",
      "--data",
      first.toString(),
      "--bolt-port",
      Integer.toString(bolt),
      "--port",
      Integer.toString(portA),
      "--seed",
      "src/test/resources/seed-reference"
    };

    // One told not to wait long for a graph nobody serves says what it could not reach.
    AppProcess impatient =
        AppProcess.start(
            "two-instances-impatient",
            Map.of("REGINTEL_NEO4J_START_WAIT", "2s"),
            "serve",
            "--data",
            third.toString(),
            "--neo4j-uri",
            "bolt://127.0.0.1:" + AppProcess.freePort(),
            "--port",
            Integer.toString(portC));

    // An admin key, made on the first's data directory before it serves.
    AppProcess keys =
        AppProcess.start(
            "two-instances-keys",
            Map.of(),
            "keys",
            "create",
            "--role",
            "admin",
            "--data",
            first.toString());
    assertThat(keys.waitFor(START)).isZero();
    String admin =
        keys.lines().stream().filter(l -> l.startsWith("rik_")).findFirst().orElseThrow();

    AppProcess a = AppProcess.start("two-instances-a", Map.of(), serveA);
    AppProcess b = null;
    AppProcess c = null;
    try {
      a.awaitHealth(portA, "UP", START);
      Map<String, String> password = Map.of("REGINTEL_NEO4J_PASSWORD", BoltPassword.read(first));
      b =
          AppProcess.start(
              "two-instances-b",
              password,
              "serve",
              "--data",
              second.toString(),
              "--neo4j-uri",
              boltUri,
              "--port",
              Integer.toString(portB));
      b.awaitHealth(portB, "UP", START);

      assertThat(impatient.waitFor(START)).isOne();
      assertThat(impatient.lines())
          .anyMatch(
              l ->
                  l.startsWith("regintel serve: Cannot reach Neo4j at bolt://127.0.0.1:")
                      && l.contains("within 2 s (regintel.neo4j.start-wait)"));

      // A key made through the first works at the second at once.
      JsonNode created =
          graphQl(portA, admin, "mutation { createApiKey(role: CURATOR, label: \"b\") { key } }");
      String curator = created.at("/data/createApiKey/key").asString();
      assertThat(curator).as(created.toString()).startsWith("rik_");
      JsonNode rebuilt = graphQl(portB, curator, "mutation { rebuildSearchIndex { items } }");
      assertThat(rebuilt.at("/errors").isMissingNode()).as(rebuilt.toString()).isTrue();

      // A document written into the shared graph reaches the second's search within 10 seconds.
      AppProcess load =
          AppProcess.start(
              "two-instances-load",
              password,
              "load",
              "--neo4j-uri",
              boltUri,
              "src/test/resources/seed-small/documents/test-law.yaml");
      assertThat(load.waitFor(START)).as(String.join("\n", load.lines())).isZero();
      long written = System.nanoTime();
      JsonNode atOnce = graphQl(portB, null, TEST_LAW);
      assertThat(atOnce.at("/data/document/title").asString())
          .as(atOnce.toString())
          .isEqualTo("Test regulations");
      while (graphQl(portB, null, TEST_LAW).at("/data/search/total").asInt() == 0) {
        assertThat(Duration.ofNanos(System.nanoTime() - written))
            .as("the second's search index caught up")
            .isLessThan(Duration.ofSeconds(10));
        AppProcess.pause(200);
      }

      // The first crashes: the second says the graph is down, and still searches its index.
      a.kill();
      b.awaitHealth(portB, "DOWN", Duration.ofSeconds(30));
      long asked = System.nanoTime();
      JsonNode down = graphQl(portB, null, TEST_LAW);
      assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
      assertThat(down.at("/errors/0/extensions/code").asString()).isEqualTo("UNAVAILABLE");
      assertThat(down.at("/errors/0/message").asString())
          .startsWith("The graph database is unavailable")
          .contains("127.0.0.1:" + bolt);
      assertThat(down.at("/data/search/total").asInt()).isPositive();

      // A third started while the graph is down waits for it.
      c =
          AppProcess.start(
              "two-instances-c",
              password,
              "serve",
              "--data",
              third.toString(),
              "--neo4j-uri",
              boltUri,
              "--port",
              Integer.toString(portC));
      c.awaitLines(l -> l.contains("does not answer yet"), 1, START);

      // The first comes back on the same data: both others answer again.
      a = AppProcess.start("two-instances-a-again", Map.of(), serveA);
      b.awaitHealth(portB, "UP", START);
      assertThat(graphQl(portB, null, TEST_LAW).at("/data/document/id").asString())
          .isEqualTo("doc:test-law");
      c.awaitHealth(portC, "UP", START);
      assertThat(graphQl(portC, null, TEST_LAW).at("/data/search/total").asInt()).isPositive();

      // Each stops cleanly on SIGTERM (the JVM's status for it is 143).
      assertThat(c.stop(Duration.ofSeconds(60))).isIn(0, 143);
      assertThat(b.stop(Duration.ofSeconds(60))).isIn(0, 143);
      assertThat(a.stop(Duration.ofSeconds(60))).isIn(0, 143);
    } finally {
      a.close();
      if (b != null) {
        b.close();
      }
      if (c != null) {
        c.close();
      }
    }
  }
}
