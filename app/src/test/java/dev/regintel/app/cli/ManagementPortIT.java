package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.regintel.app.RegintelApplication;
import dev.regintel.app.support.Http;
import dev.regintel.app.support.TestNeo4j;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code serve --management-port}: the operator's way to metrics, a port of its own that listens on
 * loopback only and serves what the public port does not, while the public port keeps health's
 * status.
 */
@SpringBootTest(
    classes = RegintelApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "regintel.seed.autoload=false",
      "regintel.data-dir=target/management-port-it",
      "logging.level.org.neo4j=WARN"
    })
class ManagementPortIT {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  /** What {@code serve --management-port N} sets, on a free port. */
  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("regintel.neo4j.uri", TestNeo4j::boltUri);
    for (String property : ManagementPort.properties(0)) {
      String[] pair = property.substring(2).split("=", 2);
      registry.add(pair[0], () -> pair[1]);
    }
  }

  @Test
  void metricsPrometheusAndInfoAreOnTheManagementPort() {
    assertThat(managementPort).isNotEqualTo(port);
    assertThat(Http.get(managementPort, "/actuator/prometheus").body())
        .contains("regintel_neo4j_round_trips_total");
    assertThat(Http.get(managementPort, "/actuator/metrics").body())
        .contains("regintel.neo4j.round.trips");
    assertThat(Http.get(managementPort, "/actuator/info").body())
        .contains("\"build\"")
        .contains("\"version\"");
    assertThat(Http.get(managementPort, "/actuator/health").body())
        .contains("\"status\":\"UP\"", "\"neo4j\"", "\"edition\"");
  }

  @Test
  void graphQlRequestsAreTimedButNotEachDataFetcher() {
    var answer =
        Http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"{ jurisdictions { code } }\"}"))
                .build());
    assertThat(answer.statusCode()).isEqualTo(200);
    // Not one observation per data fetcher: application.yaml says what they cost under load.
    assertThat(Http.get(managementPort, "/actuator/metrics").body())
        .contains("\"graphql.request\"")
        .doesNotContain("graphql.datafetcher");
  }

  @Test
  void thePublicPortAnswersHealthWithItsStatusAlone() {
    var health = Http.get(port, "/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(Http.get(port, "/actuator/health").statusCode()).isEqualTo(404);
  }

  @Test
  void thePublicPortServesNoneOfThem() {
    for (String path : List.of("/actuator/metrics", "/actuator/prometheus", "/actuator/info")) {
      assertThat(Http.get(port, path).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void theManagementPortListensOnLoopbackOnly() {
    assertThat(Http.accepts(InetAddress.getLoopbackAddress(), managementPort)).isTrue();
    List<InetAddress> others = Http.otherAddresses();
    assumeFalse(others.isEmpty(), "this machine has no address but loopback");
    assertThat(others).noneMatch(address -> Http.accepts(address, managementPort));
  }
}
