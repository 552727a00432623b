package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConditionalGetTests {

  private static final Set<String> LOCAL = Set.of("127.0.0.1");
  private static final String LAST_MODIFIED = "Wed, 21 Oct 2026 07:28:00 GMT";

  private final ManualTime time = new ManualTime();
  private final TestServer server = new TestServer(time);
  private final ValidatorStore store = new InMemoryValidatorStore();
  private final Fetcher fetcher = new Fetcher(FetchConfig.defaults(), store, time, time);

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void etagIsSentBackAndA304IsReportedAsNotModified() {
    server.route(
        "/feed.json",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            TestServer.respond(ex, 304, "ETag", "\"v1\"");
          } else {
            TestServer.respond(ex, 200, "{}".getBytes(StandardCharsets.UTF_8), "ETag", "\"v1\"");
          }
        });

    FetchOutcome first = fetcher.fetch(server.uri("/feed.json"), LOCAL);
    FetchOutcome second = fetcher.fetch(server.uri("/feed.json"), LOCAL);

    assertThat(first).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(second).isEqualTo(new FetchOutcome.NotModified(server.uri("/feed.json")));
    assertThat(server.requests("/feed.json"))
        .extracting(r -> r.headers().getFirst("If-None-Match"))
        .containsExactly(null, "\"v1\"");
  }

  @Test
  void lastModifiedIsSentBackAsIfModifiedSince() {
    server.route(
        "/page",
        ex -> {
          if (LAST_MODIFIED.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
            TestServer.respond(ex, 304);
          } else {
            TestServer.respond(ex, 200, new byte[] {1}, "Last-Modified", LAST_MODIFIED);
          }
        });

    fetcher.fetch(server.uri("/page"), LOCAL);

    assertThat(store.get(server.uri("/page"))).contains(new Validators(null, LAST_MODIFIED));
    assertThat(fetcher.fetch(server.uri("/page"), LOCAL))
        .isInstanceOf(FetchOutcome.NotModified.class);
  }

  @Test
  void validatorsAreForgottenWhenTheServerStopsSendingThem() {
    store.put(server.uri("/page"), new Validators("\"old\"", null));
    server.text("/page", "text/plain", "changed");

    assertThat(fetcher.fetch(server.uri("/page"), LOCAL)).isInstanceOf(FetchOutcome.Fetched.class);

    assertThat(store.get(server.uri("/page"))).isEmpty();
  }

  @Test
  void firstFetchSendsNoConditionalHeaders() {
    server.text("/page", "text/plain", "x");

    fetcher.fetch(server.uri("/page"), LOCAL);

    assertThat(server.requests("/page").getFirst().headers())
        .doesNotContainKeys("If-none-match", "If-modified-since");
  }
}
