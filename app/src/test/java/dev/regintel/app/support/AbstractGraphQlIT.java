package dev.regintel.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The shared app with a GraphQL client over HTTP, for tests that ask it as users do. */
public abstract class AbstractGraphQlIT extends AbstractAppIT {

  @LocalServerPort protected int port;
  protected GraphQlClient client;

  @BeforeEach
  void graphQlClient() {
    client = new GraphQlClient(port);
  }

  /** Runs the test document {@code name} and fails on any error. */
  protected JsonNode ok(String name, Map<String, Object> variables) {
    JsonNode body = client.execute(name, variables);
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    return body;
  }

  /** Runs the GraphQL text {@code query} and fails on any error. */
  protected JsonNode okText(String query, Map<String, Object> variables) {
    JsonNode body = client.executeText(query, variables);
    assertThat(body.has("errors")).as(body.toString()).isFalse();
    return body;
  }
}
