package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health on the public port, and GraphiQL working without the internet. (Info, metrics and
 * Prometheus are on a management port: {@code ManagementPortIT}.)
 */
class OperationsIT extends AbstractAppIT {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsUp() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void graphiqlLoadsEveryAssetFromThisServer() throws Exception {
    HttpResponse<String> page = get("/graphiql");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("https://").doesNotContain("http://");
    List<String> assets = new ArrayList<>();
    Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
    while (m.find()) {
      assets.add(m.group(1));
    }
    assertThat(assets)
        .hasSize(5)
        .allMatch(a -> a.startsWith("/webjars/") || a.equals("/graphiql/start.js"));
    for (String asset : assets) {
      HttpResponse<String> response = get(asset);
      assertThat(response.statusCode()).as(asset).isEqualTo(200);
      assertThat(response.body()).as(asset).hasSizeGreaterThan(300);
    }
  }
}
