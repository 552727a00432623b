package dev.regintel.app.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.Http;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/** What an anonymous client on another machine, or on this one, gets by default. */
class SafeDefaultsIT extends AbstractAppIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired Environment environment;

  @Test
  void httpListensOnLoopbackOnly() {
    assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    assertThat(Http.accepts(InetAddress.getLoopbackAddress(), port)).isTrue();
    List<InetAddress> others = Http.otherAddresses();
    assumeFalse(others.isEmpty(), "this machine has no address but loopback");
    assertThat(others).noneMatch(address -> Http.accepts(address, port));
  }

  @Test
  void healthShowsItsStatusAndNoDetails() {
    HttpResponse<String> health = Http.get(port, "/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(health.body()).propertyNames()).containsOnly("status", "groups");
    assertThat(health.body())
        .contains("\"status\":\"UP\"")
        .doesNotContain("neo4j", "edition", "components", "details");
  }

  @Test
  void noOtherActuatorEndpointIsServed() {
    for (String endpoint :
        List.of(
            "metrics",
            "metrics/regintel.neo4j.round.trips",
            "prometheus",
            "info",
            "env",
            "configprops",
            "beans",
            "loggers",
            "heapdump",
            "threaddump",
            "mappings",
            "shutdown")) {
      HttpResponse<String> response = Http.get(port, "/actuator/" + endpoint);
      assertThat(response.statusCode()).as(endpoint).isEqualTo(404);
      assertThat(response.body())
          .as(endpoint)
          .doesNotContain("measurements", "propertySources", "\"java\"", "contexts", "levels");
    }
  }

  @Test
  void apiResponsesAreNeverSniffedNorFramed() {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/"));
    assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .containsExactly(SecurityHeaders.API_POLICY);
  }

  @Test
  void graphiqlAllowsScriptsFromThisServerOnly() {
    HttpResponse<String> page = Http.get(port, "/graphiql");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .containsExactly(SecurityHeaders.GRAPHIQL_POLICY);
    assertThat(SecurityHeaders.GRAPHIQL_POLICY)
        .contains("default-src 'none'", "script-src 'self';", "frame-ancestors 'none'")
        .doesNotContain("unsafe-eval", "http:", "https:", "*");
    // Every script is a file of this server, which the policy allows; none is inline.
    assertThat(page.body().split("<script")).hasSize(5);
    assertThat(page.body()).doesNotContain("<script>");
    HttpResponse<String> start = Http.get(port, "/graphiql/start.js");
    assertThat(start.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
    assertThat(start.body()).contains("GraphiQL.createFetcher({ url: '/graphql' })");
  }
}
