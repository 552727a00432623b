package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PolitenessTests {

  private static final Set<String> LOCAL = Set.of("127.0.0.1");

  private final ManualTime time = new ManualTime();
  private final TestServer server = new TestServer(time);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void requestsToOneHostAreAtLeastTheDelayApart() {
    for (String path : List.of("/a", "/b", "/c")) {
      server.text(path, "text/plain", path);
    }
    FetchConfig config = FetchConfig.defaults().withDelay(Duration.ofSeconds(3));

    try (Fetcher fetcher = new Fetcher(config, new InMemoryValidatorStore(), time, time)) {
      for (String path : List.of("/a", "/b", "/c")) {
        assertThat(fetcher.fetch(server.uri(path), LOCAL)).isInstanceOf(FetchOutcome.Fetched.class);
      }
    }

    // robots.txt, /a, /b, /c
    assertThat(server.gaps())
        .hasSize(3)
        .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
  }

  @Test
  void concurrentFetchesToOneHostRunOneAtATime() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    for (int i = 0; i < 6; i++) {
      server.route(
          "/p" + i,
          ex -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
              Thread.sleep(30);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            TestServer.respond(ex, 200, new byte[] {1});
          });
    }

    List<FetchOutcome> outcomes = new ArrayList<>();
    try (Fetcher fetcher =
            new Fetcher(FetchConfig.defaults(), new InMemoryValidatorStore(), time, time);
        ExecutorService callers = Executors.newFixedThreadPool(6)) {
      List<Future<FetchOutcome>> futures = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String path = "/p" + i;
        futures.add(callers.submit(() -> fetcher.fetch(server.uri(path), LOCAL)));
      }
      for (Future<FetchOutcome> future : futures) {
        outcomes.add(future.get());
      }
    }

    assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(FetchOutcome.Fetched.class));
    assertThat(mostInFlight).hasValue(1);
    assertThat(server.requests("/robots.txt")).hasSize(1);
  }

  @Test
  void configuredUserAgentIsSentWithRobotsAndPageRequests() {
    server.text("/page", "text/plain", "x");
    String agent = "regintel-test/9.9 (+https://example.org/bot; contact: bot@example.org)";
    FetchConfig config = FetchConfig.defaults().withUserAgent(agent, "regintel-test");

    try (Fetcher fetcher = new Fetcher(config, new InMemoryValidatorStore(), time, time)) {
      fetcher.fetch(server.uri("/page"), LOCAL);
    }

    assertThat(server.requests())
        .extracting(r -> r.headers().getFirst("User-Agent"))
        .containsExactly(agent, agent);
  }

  @Test
  void defaultUserAgentIdentifiesTheCrawlerAndAContact() {
    String agent = FetchConfig.defaults().userAgent();

    assertThat(agent).startsWith("regintel/").contains("contact: ").contains("+https://");
  }

  @Test
  void delayUnderOneSecondIsRejected() {
    assertThatThrownBy(() -> FetchConfig.defaults().withDelay(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least PT1S");
  }
}
