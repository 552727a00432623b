package dev.regintel.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the app with chosen headers, from a chosen loopback address (each address has a rate
 * limit of its own, so tests that count requests do not share one).
 */
final class Http {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client;
  private final String base;

  Http(int port, String localAddress) {
    try {
      client = HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress)).build();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
    base = "http://127.0.0.1:" + port;
  }

  /** Posts a GraphQL document with these headers (name, value, name, value...). */
  HttpResponse<String> graphql(String query, String... headers) {
    String body = JSON.writeValueAsString(Map.of("query", query));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/graphql"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Sends any request to a path. */
  HttpResponse<String> send(String method, String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static String bearer(String key) {
    return "Bearer " + key;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
