package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTests {

  private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");

  private static HttpHeaders retryAfter(String value) {
    return HttpHeaders.of(Map.of("Retry-After", List.of(value)), (name, v) -> true);
  }

  @Test
  void backoffDoublesFromTheInitialWaitUpToTheMaximum() {
    FetchConfig config =
        FetchConfig.defaults().withRetries(10, Duration.ofSeconds(1), Duration.ofSeconds(10));

    assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(r -> RetryPolicy.backoff(config, r)))
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10));
  }

  @Test
  void retryAfterInSecondsIsRead() {
    assertThat(RetryPolicy.retryAfter(retryAfter("120"), NOW)).contains(Duration.ofMinutes(2));
  }

  @Test
  void retryAfterAsHttpDateIsTheTimeUntilThatDate() {
    assertThat(RetryPolicy.retryAfter(retryAfter("Wed, 21 Oct 2026 07:28:30 GMT"), NOW))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterInThePastMeansNoWait() {
    assertThat(RetryPolicy.retryAfter(retryAfter("Wed, 21 Oct 2026 07:00:00 GMT"), NOW))
        .contains(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-5", "1.5"})
  void unreadableRetryAfterIsIgnored(String value) {
    assertThat(RetryPolicy.retryAfter(retryAfter(value), NOW)).isEmpty();
  }

  @Test
  void only429AndTransientServerErrorsAreRetryable() {
    assertThat(List.of(429, 500, 502, 503, 504)).allMatch(RetryPolicy::isRetryable);
    assertThat(List.of(200, 304, 400, 403, 404, 410, 501, 505)).noneMatch(RetryPolicy::isRetryable);
  }
}
