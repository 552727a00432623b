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

/** Health, info, metrics and Prometheus endpoints, and GraphiQL working without the internet. */
class OperationsIT extends AbstractAppIT {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsUpAndIncludesNeo4j() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"UP\"")
        .contains("\"neo4j\"")
        .contains("\"edition\"");
  }

  @Test
  void infoShowsTheBuildVersion() throws Exception {
    HttpResponse<String> info = get("/actuator/info");
    assertThat(info.statusCode()).isEqualTo(200);
    assertThat(info.body()).contains("\"build\"").contains("\"version\"");
  }

  @Test
  void prometheusExposesTheRoundTripCounter() throws Exception {
    HttpResponse<String> metrics = get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("regintel_neo4j_round_trips_total");
    assertThat(get("/actuator/metrics").body()).contains("regintel.neo4j.round.trips");
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
    assertThat(assets).hasSize(4).allMatch(a -> a.startsWith("/webjars/"));
    for (String asset : assets) {
      HttpResponse<String> response = get(asset);
      assertThat(response.statusCode()).as(asset).isEqualTo(200);
      assertThat(response.body()).as(asset).hasSizeGreaterThan(1000);
    }
  }
}
