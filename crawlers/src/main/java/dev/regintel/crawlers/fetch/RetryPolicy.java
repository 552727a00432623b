package dev.regintel.crawlers.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When to retry, and how long to wait first. */
final class RetryPolicy {

  private RetryPolicy() {}

  /**
   * Whether a status is worth retrying: 429 and the 5xx that mean "not now". 501 and 505 say the
   * server will never handle the request, so repeating it only adds load.
   */
  static boolean isRetryable(int status) {
    return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
  }

  /** The wait before retry number {@code retry} (1-based): doubling from the initial backoff. */
  static Duration backoff(FetchConfig config, int retry) {
    Duration wait = config.initialBackoff();
    for (int i = 1; i < retry && wait.compareTo(config.maxRetryWait()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(config.maxRetryWait()) > 0 ? config.maxRetryWait() : wait;
  }

  /**
   * The wait a {@code Retry-After} header asks for: delay-seconds or an HTTP-date (RFC 9110
   * 10.2.3), never negative. Empty when the header is absent or unreadable.
   */
  static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException e) {
        // Too many digits for a long: the server wants more than we would ever wait.
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
