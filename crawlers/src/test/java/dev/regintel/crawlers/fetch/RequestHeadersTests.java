package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestHeadersTests {

  private static final Set<String> LOCAL = Set.of("127.0.0.1");

  private final ManualTime time = new ManualTime();
  private final TestServer server = new TestServer(time);
  private final Fetcher fetcher =
      new Fetcher(FetchConfig.defaults(), new InMemoryValidatorStore(), time, time);

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void aSourcesHeadersGoWithEveryRequestIncludingRedirects() {
    server.route("/resource", ex -> TestServer.respond(ex, 303, "Location", "/manifestation"));
    server.route(
        "/manifestation",
        ex -> TestServer.respond(ex, 200, "<html/>".getBytes(StandardCharsets.UTF_8)));

    FetchOutcome outcome =
        fetcher.fetch(
            server.uri("/resource"),
            LOCAL,
            Map.of("Accept", "application/xhtml+xml", "Accept-Language", "eng"));

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(server.requests())
        .filteredOn(r -> !r.path().equals("/robots.txt"))
        .extracting(r -> r.path(), r -> r.headers().getFirst("Accept-Language"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/resource", "eng"),
            org.assertj.core.groups.Tuple.tuple("/manifestation", "eng"));
  }

  @Test
  void aSourceCannotOverrideTheUserAgent() {
    server.route("/page", ex -> TestServer.respond(ex, 200, new byte[0]));

    fetcher.fetch(server.uri("/page"), LOCAL, Map.of("User-Agent", "impostor/1.0"));

    assertThat(server.requests("/page").getFirst().headers().getFirst("User-Agent"))
        .isEqualTo(FetchConfig.DEFAULT_USER_AGENT);
  }
}
