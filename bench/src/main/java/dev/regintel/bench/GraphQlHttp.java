package dev.regintel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP as the benchmarks send it: one HTTP/1.1 client, one request at a time, each
 * timed at the client from sending the request to having the whole body.
 */
final class GraphQlHttp {

  /**
   * One answer.
   *
   * @param nanos how long it took
   * @param data the response's {@code data}, or null when it failed
   * @param error what failed, or null
   */
  record Answer(long nanos, JsonNode data, String error) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI endpoint;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  GraphQlHttp(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** Posts one request; an HTTP status other than 200 or any GraphQL error makes it failed. */
  Answer post(String query, Map<String, Object> variables) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
            .build();
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long nanos = System.nanoTime() - started;
    JsonNode body = JSON.readTree(response.body());
    if (response.statusCode() != 200 || body.has("errors") || body.path("data").isNull()) {
      return new Answer(
          nanos, null, variables + ": HTTP " + response.statusCode() + " " + body.path("errors"));
    }
    return new Answer(nanos, body.path("data"), null);
  }
}
