package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.support.Quiet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The attacks of issue 13 sent over HTTP: each is refused with a LIMIT_EXCEEDED error naming its
 * limit and value, without running (no Cypher is sent), and the service stays healthy.
 */
class QueryLimitsIT extends AbstractAppIT {

  /** Six levels of control -> requirement -> control under 100 controls. */
  static final String NESTING_ATTACK =
      "{ controls(first: 100) { edges { node { "
          + "satisfies { requirement { satisfiedBy { ".repeat(6)
          + "id"
          + " } } }".repeat(6)
          + " } } } }";

  @LocalServerPort int port;
  @Autowired Graph graph;
  final HttpClient http = HttpClient.newHttpClient();
  GraphQlClient client;

  @BeforeEach
  void client() {
    client = new GraphQlClient(port);
  }

  @AfterEach
  void serviceStaysUp() throws Exception {
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void searchOffsetAttackIsRefusedNamingTheOffsetLimit() {
    JsonNode body =
        client.executeText(
            "{ search(query: \"password\", first: 10, offset: 2000000000) { total hits { id } } }",
            Map.of());
    JsonNode error = body.at("/errors/0");
    assertThat(error.at("/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(error.get("message").asString())
        .isEqualTo(
            "offset 2000000000 exceeds the limit of 1000 (regintel.limits.max-search-offset).");
    assertThat(body.at("/data/search").isNull() || body.at("/data").isNull()).isTrue();
  }

  @Test
  void sixLevelNestingAttackIsRefusedByDepthWithoutRunning() {
    JsonNode body = refusedWithoutRunning(NESTING_ATTACK);
    assertThat(body.at("/errors/0/extensions/limit").asString()).isEqualTo("max-depth");
    assertThat(body.at("/errors/0/message").asString())
        .isEqualTo("Query depth 22 exceeds the limit of 15 (regintel.limits.max-depth).");
  }

  @Test
  void aShallowButWideQueryIsRefusedByItsEstimatedCost() {
    JsonNode body =
        refusedWithoutRunning(
            "{ controls(first: 100) { edges { node { satisfies { requirement { satisfiedBy {"
                + " satisfies { requirement { satisfiedBy { id } } } } } } } } } }");
    assertThat(body.at("/errors/0/extensions/limit").asString()).isEqualTo("max-complexity");
    assertThat(body.at("/errors/0/message").asString())
        .isEqualTo(
            "Query complexity (estimated cost) over 100000 exceeds the limit of 100000"
                + " (regintel.limits.max-complexity).");
  }

  @Test
  void tooManyAliasesAreRefused() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 31; i++) {
      query.append(" a").append(i).append(": jurisdictions { code }");
    }
    JsonNode body = refusedWithoutRunning(query.append(" }").toString());
    assertThat(body.at("/errors/0/message").asString())
        .isEqualTo("Alias count 31 exceeds the limit of 30 (regintel.limits.max-aliases).");
  }

  @Test
  void aTooLongQueryIsRefusedBeforeItIsParsed() {
    String query = "{ jurisdictions { code } }\n#" + "x".repeat(20_000);
    JsonNode body = refusedWithoutRunning(query);
    assertThat(body.at("/errors/0/message").asString())
        .isEqualTo(
            "Query length "
                + query.length()
                + " characters exceeds the limit of 20000 (regintel.limits.max-query-length).");
  }

  @Test
  void aQueryWithTooManyTokensIsRefused() {
    JsonNode body = refusedWithoutRunning("{ jurisdictions {" + " a".repeat(6_000) + " } }");
    assertThat(body.at("/errors/0/message").asString())
        .isEqualTo(
            "The query's token count exceeds the limit of 5000 (regintel.limits.max-tokens).");
  }

  @Test
  void anOverLargeFirstIsRefusedNamingTheBound() {
    JsonNode huge = refusedWithoutRunning("{ documents(first: 100000) { totalCount } }");
    assertThat(huge.at("/errors/0/extensions/limit").asString()).isEqualTo("max-complexity");
    JsonNode top = client.executeText("{ documents(first: 501) { totalCount } }", Map.of());
    assertThat(top.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    assertThat(top.at("/errors/0/message").asString())
        .isEqualTo("first must be between 0 and 500, not 501");
    JsonNode nested =
        client.executeText(
            "{ documents(first: 1) { edges { node { requirements(first: 5000) { totalCount } } } } }",
            Map.of());
    assertThat(nested.at("/errors/0/message").asString())
        .isEqualTo("first must be between 0 and 1000, not 5000");
  }

  @Test
  void aGarbageBodyIsABadRequestWithAMessage() throws Exception {
    HttpResponse<String> response = post("application/json", "{ this is not json");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isNotBlank().doesNotContain("Exception").doesNotContain("at ");
  }

  @Test
  void aWrongContentTypeIsABadRequestWithAMessage() throws Exception {
    HttpResponse<String> response = post("text/plain", "{ jurisdictions { code } }");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("takes a JSON body with Content-Type application/json")
        .doesNotContain("Exception");
  }

  /** Posts a query that must be refused with LIMIT_EXCEEDED, and checks no Cypher was sent. */
  private JsonNode refusedWithoutRunning(String query) {
    long before = Quiet.roundTrips(graph::roundTrips);
    JsonNode body = client.executeText(query, Map.of());
    assertThat(body.at("/errors/0/extensions/code").asString())
        .as(body.toString())
        .isEqualTo("LIMIT_EXCEEDED");
    assertThat(body.at("/errors/0/extensions/max").isNumber()).isTrue();
    assertThat(body.has("data") && !body.get("data").isNull()).isFalse();
    assertThat(graph.roundTrips()).isEqualTo(before);
    return body;
  }

  private HttpResponse<String> post(String contentType, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
