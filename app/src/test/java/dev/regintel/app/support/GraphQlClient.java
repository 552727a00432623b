package dev.regintel.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL documents from {@code src/test/resources/graphql-test/} to the running app over
 * HTTP.
 */
public final class GraphQlClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;

  public GraphQlClient(int port) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
  }

  /** The text of a test document, e.g. {@code document("documentWithRequirements")}. */
  public static String document(String name) {
    try (InputStream in =
        GraphQlClient.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
      if (in == null) {
        throw new IllegalArgumentException("no graphql-test/" + name + ".graphql");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Executes a named test document with variables; returns the whole response body. */
  public JsonNode execute(String name, Map<String, Object> variables) {
    return executeText(document(name), variables);
  }

  public JsonNode executeText(String query, Map<String, Object> variables) {
    return executeText(query, variables, null);
  }

  /** Executes {@code query} with the API key {@code key} (none when null). */
  public JsonNode executeText(String query, Map<String, Object> variables, String key) {
    String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
