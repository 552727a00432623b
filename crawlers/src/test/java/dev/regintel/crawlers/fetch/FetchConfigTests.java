package dev.regintel.crawlers.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each {@code with*} method changes its own settings, keeps the rest, and is checked again. */
class FetchConfigTests {

  private final FetchConfig defaults = FetchConfig.defaults();

  @Test
  void eachWithMethodChangesOnlyItsOwnSettings() {
    FetchConfig changed =
        defaults
            .withUserAgent("agent/1", "agent")
            .withDelay(Duration.ofSeconds(3))
            .withTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(5))
            .withLimits(1000, 2)
            .withRetries(7, Duration.ofSeconds(6), Duration.ofSeconds(8))
            .withRobotsCaching(Duration.ofHours(1), Duration.ofMinutes(2));

    assertThat(changed)
        .isEqualTo(
            new FetchConfig(
                "agent/1",
                "agent",
                Duration.ofSeconds(3),
                Duration.ofSeconds(4),
                Duration.ofSeconds(5),
                1000,
                2,
                7,
                Duration.ofSeconds(6),
                Duration.ofSeconds(8),
                defaults.maxCrawlDelay(),
                Duration.ofHours(1),
                Duration.ofMinutes(2)));
    assertThat(defaults.withDelay(Duration.ofSeconds(2)))
        .isEqualTo(
            new FetchConfig(
                defaults.userAgent(),
                defaults.robotsToken(),
                Duration.ofSeconds(2),
                defaults.connectTimeout(),
                defaults.requestTimeout(),
                defaults.maxBodyBytes(),
                defaults.maxRedirects(),
                defaults.maxRetries(),
                defaults.initialBackoff(),
                defaults.maxRetryWait(),
                defaults.maxCrawlDelay(),
                defaults.robotsTtl(),
                defaults.robotsRetryAfter()));
  }

  @Test
  void aChangedConfigurationIsCheckedAsANewOneIs() {
    assertThatThrownBy(() -> defaults.withLimits(0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBodyBytes must be positive");
    assertThatThrownBy(() -> defaults.withRobotsCaching(Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("robotsTtl must be positive");
  }
}
