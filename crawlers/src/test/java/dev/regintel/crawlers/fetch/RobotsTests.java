package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsTests {

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
  void disallowedUrlIsReportedAndNeverRequested() {
    server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    server.text("/private/report", "text/plain", "secret");

    FetchOutcome outcome = fetcher.fetch(server.uri("/private/report"), LOCAL);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Disallowed.class,
            disallowed ->
                assertThat(disallowed.reason()).contains("/private/report", "robots.txt"));
    assertThat(server.requests("/private/report")).isEmpty();
  }

  @Test
  void groupForOurProductTokenWinsOverTheWildcardGroup() {
    server.text(
        "/robots.txt",
        "text/plain",
        "User-agent: *\nAllow: /\n\nUser-agent: regintel\nDisallow: /feeds/\n");
    server.text("/feeds/all.json", "application/json", "{}");
    server.text("/pubs", "text/html", "<p>pubs</p>");

    assertThat(fetcher.fetch(server.uri("/feeds/all.json"), LOCAL))
        .isInstanceOf(FetchOutcome.Disallowed.class);
    assertThat(fetcher.fetch(server.uri("/pubs"), LOCAL)).isInstanceOf(FetchOutcome.Fetched.class);
  }

  @Test
  void missingRobotsTxtAllowsEverything() {
    server.text("/page", "text/html", "<p>hi</p>");

    FetchOutcome outcome = fetcher.fetch(server.uri("/page"), LOCAL);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(server.requests("/robots.txt")).hasSize(1);
  }

  @Test
  void robotsServerErrorDefersTheHostWithoutRequestingItsUrls() {
    server.route("/robots.txt", ex -> TestServer.respond(ex, 503));
    server.text("/a", "text/plain", "a");
    server.text("/b", "text/plain", "b");

    FetchOutcome first = fetcher.fetch(server.uri("/a"), LOCAL);
    FetchOutcome second = fetcher.fetch(server.uri("/b"), LOCAL);

    assertThat(first)
        .isInstanceOfSatisfying(
            FetchOutcome.Deferred.class, d -> assertThat(d.reason()).contains("503"));
    assertThat(second).isInstanceOf(FetchOutcome.Deferred.class);
    assertThat(server.requests("/robots.txt")).hasSize(1);
    assertThat(server.requests("/a")).isEmpty();
    assertThat(server.requests("/b")).isEmpty();
  }

  @Test
  void deferredHostIsRetriedOnceTheDeferralHasPassed() {
    AtomicInteger robotsCalls = new AtomicInteger();
    server.route(
        "/robots.txt",
        ex -> TestServer.respond(ex, robotsCalls.incrementAndGet() == 1 ? 500 : 404));
    server.text("/a", "text/plain", "a");

    assertThat(fetcher.fetch(server.uri("/a"), LOCAL)).isInstanceOf(FetchOutcome.Deferred.class);
    time.advance(fetcher.config().robotsRetryAfter());

    assertThat(fetcher.fetch(server.uri("/a"), LOCAL)).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(robotsCalls).hasValue(2);
  }

  @Test
  void robotsRateLimitedDefersTheHostRatherThanAllowingAll() {
    server.route("/robots.txt", ex -> TestServer.respond(ex, 429));
    server.text("/a", "text/plain", "a");

    assertThat(fetcher.fetch(server.uri("/a"), LOCAL)).isInstanceOf(FetchOutcome.Deferred.class);
    assertThat(server.requests("/a")).isEmpty();
  }

  @Test
  void unreachableHostIsDeferred() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    FetchOutcome outcome =
        fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/a"), LOCAL);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Deferred.class, d -> assertThat(d.reason()).contains("unreachable"));
  }

  @Test
  void robotsTxtIsFetchedOncePerHost() {
    server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    server.text("/a", "text/plain", "a");
    server.text("/b", "text/plain", "b");

    fetcher.fetch(server.uri("/a"), LOCAL);
    fetcher.fetch(server.uri("/b"), LOCAL);
    fetcher.fetch(server.uri("/private/c"), LOCAL);

    assertThat(server.requests("/robots.txt")).hasSize(1);
  }

  @Test
  void crawlDelayLargerThanTheDelayIsHonouredBetweenAllRequests() {
    server.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 5\n");
    server.text("/a", "text/plain", "a");
    server.text("/b", "text/plain", "b");

    fetcher.fetch(server.uri("/a"), LOCAL);
    fetcher.fetch(server.uri("/b"), LOCAL);

    // robots.txt, /a, /b: each at least the Crawl-delay after the one before.
    assertThat(server.requests()).hasSize(3);
    assertThat(server.gaps())
        .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(5)));
  }

  @Test
  void crawlDelaySmallerThanTheDelayDoesNotShortenIt() {
    server.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.2\n");
    server.text("/a", "text/plain", "a");
    server.text("/b", "text/plain", "b");

    fetcher.fetch(server.uri("/a"), LOCAL);
    fetcher.fetch(server.uri("/b"), LOCAL);

    assertThat(server.gaps())
        .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(FetchConfig.MIN_DELAY));
  }
}
