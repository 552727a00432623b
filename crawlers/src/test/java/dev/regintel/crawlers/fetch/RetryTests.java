package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTests {

  private static final Set<String> LOCAL = Set.of("127.0.0.1");

  private final ManualTime time = new ManualTime();
  private final TestServer server = new TestServer(time);

  @AfterEach
  void stop() {
    server.close();
  }

  private Fetcher fetcher(FetchConfig config) {
    return new Fetcher(config, new InMemoryValidatorStore(), time, time);
  }

  /** Answers {@code status} (with optional headers) to the first calls, then 200. */
  private void failFirst(int failures, int status, String... headers) {
    AtomicInteger calls = new AtomicInteger();
    server.route(
        "/doc",
        ex -> {
          if (calls.incrementAndGet() <= failures) {
            TestServer.respond(ex, status, headers);
          } else {
            TestServer.respond(ex, 200, new byte[] {42});
          }
        });
  }

  private Duration gapBetweenDocRequests(int index) {
    List<TestServer.Request> docs = server.requests("/doc");
    return Duration.between(docs.get(index - 1).at(), docs.get(index).at());
  }

  @Test
  void tooManyRequestsIsRetriedAfterTheRetryAfterSeconds() {
    failFirst(1, 429, "Retry-After", "7");

    try (Fetcher fetcher = fetcher(FetchConfig.defaults())) {
      assertThat(fetcher.fetch(server.uri("/doc"), LOCAL)).isInstanceOf(FetchOutcome.Fetched.class);
    }

    assertThat(server.requests("/doc")).hasSize(2);
    assertThat(gapBetweenDocRequests(1)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    AtomicInteger calls = new AtomicInteger();
    server.route(
        "/doc",
        ex -> {
          if (calls.incrementAndGet() == 1) {
            String inTwelveSeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    time.instant().plusSeconds(12).atZone(ZoneOffset.UTC));
            TestServer.respond(ex, 503, "Retry-After", inTwelveSeconds);
          } else {
            TestServer.respond(ex, 200, new byte[] {42});
          }
        });

    try (Fetcher fetcher = fetcher(FetchConfig.defaults())) {
      assertThat(fetcher.fetch(server.uri("/doc"), LOCAL)).isInstanceOf(FetchOutcome.Fetched.class);
    }

    assertThat(gapBetweenDocRequests(1)).isGreaterThanOrEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void serverErrorThenSuccessIsFetched() {
    failFirst(1, 500);

    try (Fetcher fetcher = fetcher(FetchConfig.defaults())) {
      assertThat(fetcher.fetch(server.uri("/doc"), LOCAL)).isInstanceOf(FetchOutcome.Fetched.class);
    }

    assertThat(server.requests("/doc")).hasSize(2);
    assertThat(gapBetweenDocRequests(1)).isEqualTo(FetchConfig.defaults().initialBackoff());
  }

  @Test
  void serverErrorEveryTimeFailsAfterTheMaxRetriesWithDoublingWaits() {
    server.route("/doc", ex -> TestServer.respond(ex, 500));
    FetchConfig config =
        FetchConfig.defaults().withRetries(3, Duration.ofSeconds(2), Duration.ofSeconds(60));

    FetchOutcome outcome;
    try (Fetcher fetcher = fetcher(config)) {
      outcome = fetcher.fetch(server.uri("/doc"), LOCAL);
    }

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed -> {
              assertThat(failed.status()).isEqualTo(500);
              assertThat(failed.reason()).contains("HTTP 500", "4 attempts");
            });
    assertThat(server.requests("/doc")).hasSize(4);
    assertThat(
            List.of(gapBetweenDocRequests(1), gapBetweenDocRequests(2), gapBetweenDocRequests(3)))
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void retryAfterBeyondTheMaxWaitFailsAtOnceInsteadOfStallingTheCrawl() {
    failFirst(1, 429, "Retry-After", "3600");

    FetchOutcome outcome;
    try (Fetcher fetcher = fetcher(FetchConfig.defaults())) {
      outcome = fetcher.fetch(server.uri("/doc"), LOCAL);
    }

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed -> {
              assertThat(failed.status()).isEqualTo(429);
              assertThat(failed.reason()).contains("Retry-After PT1H");
            });
    assertThat(server.requests("/doc")).hasSize(1);
    assertThat(time.sleeps()).allSatisfy(s -> assertThat(s).isLessThan(Duration.ofHours(1)));
  }

  @Test
  void clientErrorIsNotRetried() {
    failFirst(5, 404);

    try (Fetcher fetcher = fetcher(FetchConfig.defaults())) {
      assertThat(fetcher.fetch(server.uri("/doc"), LOCAL))
          .isEqualTo(
              new FetchOutcome.Failed(
                  server.uri("/doc"), "HTTP 404 from " + server.uri("/doc"), 404));
    }
    assertThat(server.requests("/doc")).hasSize(1);
  }

  @Test
  void serverThatNeverAnswersTimesOutIsRetriedAndThenFails() {
    server.route(
        "/doc",
        ex -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    FetchConfig config =
        FetchConfig.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
            .withRetries(1, Duration.ofSeconds(1), Duration.ofSeconds(10));

    FetchOutcome outcome;
    try (Fetcher fetcher = fetcher(config)) {
      outcome = fetcher.fetch(server.uri("/doc"), LOCAL);
    }

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed -> {
              assertThat(failed.status()).isZero();
              assertThat(failed.reason()).contains("timed out after PT0.3S", "2 attempts");
            });
    assertThat(server.requests("/doc")).hasSize(2);
  }

  @Test
  void bodyThatTricklesInIsCutOffAtTheRequestTimeout() {
    server.route(
        "/doc",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 100; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(50);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (java.io.IOException clientWentAway) {
            // Expected once the fetcher gives up.
          }
        });
    FetchConfig config =
        FetchConfig.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
            .withRetries(0, Duration.ofSeconds(1), Duration.ofSeconds(10));

    FetchOutcome outcome;
    try (Fetcher fetcher = fetcher(config)) {
      outcome = fetcher.fetch(server.uri("/doc"), LOCAL);
    }

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class, failed -> assertThat(failed.reason()).contains("timed out"));
  }
}
