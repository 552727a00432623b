package dev.regintel.crawlers.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the {@link Fetcher} behaves. {@link #defaults()} is polite out of the box; the {@code with*}
 * methods change one concern each.
 *
 * @param userAgent the {@code User-Agent} header: a product token, a version and a contact, so a
 *     site operator can tell who is crawling and reach us
 * @param robotsToken the product token matched against robots.txt {@code User-agent} lines
 * @param delay the least time between the end of one request and the start of the next to the same
 *     host; at least one second (robots.txt {@code Crawl-delay} wins when larger)
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long one whole exchange may take, from sending the request to the last
 *     byte of the body (slow-dripping servers are cut off too)
 * @param maxBodyBytes the largest body accepted; larger bodies are aborted while streaming
 * @param maxRedirects how many redirects one fetch follows before it fails
 * @param maxRetries how many times a request is repeated after a 429, a 5xx, a timeout or a
 *     connection failure
 * @param initialBackoff the wait before the first retry; it doubles with each further retry
 * @param maxRetryWait the longest wait before a retry; a {@code Retry-After} asking for more ends
 *     the fetch as failed instead of blocking the crawl
 * @param maxCrawlDelay the largest robots.txt {@code Crawl-delay} accepted; a site asking for more
 *     is treated as disallowing everything (crawler-commons' rule)
 * @param robotsTtl how long a host's robots.txt is cached (RFC 9309 advises at most 24 hours)
 * @param robotsRetryAfter how long a host whose robots.txt was unreachable stays deferred before
 *     robots.txt is asked for again
 */
public record FetchConfig(
    String userAgent,
    String robotsToken,
    Duration delay,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int maxRetries,
    Duration initialBackoff,
    Duration maxRetryWait,
    Duration maxCrawlDelay,
    Duration robotsTtl,
    Duration robotsRetryAfter) {

  /** Politeness floor: no configuration may ask a host more often than once a second. */
  public static final Duration MIN_DELAY = Duration.ofSeconds(1);

  public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1024 * 1024;

  /** The default {@code User-Agent}, with this build's version when the jar manifest names it. */
  public static final String DEFAULT_USER_AGENT =
      "regintel/"
          + Objects.requireNonNullElse(
              FetchConfig.class.getPackage().getImplementationVersion(), "dev")
          + " (+https://github.com/regintel; contact: regintel@example.org)";

  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(robotsToken, "robotsToken");
    if (userAgent.isBlank() || robotsToken.isBlank()) {
      throw new IllegalArgumentException("userAgent and robotsToken must not be blank");
    }
    Objects.requireNonNull(delay, "delay");
    if (delay.compareTo(MIN_DELAY) < 0) {
      throw new IllegalArgumentException("delay must be at least " + MIN_DELAY + ": " + delay);
    }
    positive("connectTimeout", connectTimeout);
    positive("requestTimeout", requestTimeout);
    positive("initialBackoff", initialBackoff);
    positive("maxRetryWait", maxRetryWait);
    positive("maxCrawlDelay", maxCrawlDelay);
    positive("robotsTtl", robotsTtl);
    positive("robotsRetryAfter", robotsRetryAfter);
    if (maxBodyBytes <= 0 || maxRedirects < 0 || maxRetries < 0) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be positive, maxRedirects and maxRetries not negative");
    }
  }

  /** One request per second per host, 20 MB bodies, 5 redirects, 3 retries. */
  public static FetchConfig defaults() {
    return new FetchConfig(
        DEFAULT_USER_AGENT,
        "regintel",
        MIN_DELAY,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        DEFAULT_MAX_BODY_BYTES,
        5,
        3,
        Duration.ofSeconds(2),
        Duration.ofSeconds(60),
        Duration.ofMinutes(5),
        Duration.ofHours(24),
        Duration.ofMinutes(10));
  }

  public FetchConfig withUserAgent(String newUserAgent, String newRobotsToken) {
    return copy(
        c -> {
          c.userAgent = newUserAgent;
          c.robotsToken = newRobotsToken;
        });
  }

  public FetchConfig withDelay(Duration newDelay) {
    return copy(c -> c.delay = newDelay);
  }

  public FetchConfig withTimeouts(Duration newConnectTimeout, Duration newRequestTimeout) {
    return copy(
        c -> {
          c.connectTimeout = newConnectTimeout;
          c.requestTimeout = newRequestTimeout;
        });
  }

  public FetchConfig withLimits(long newMaxBodyBytes, int newMaxRedirects) {
    return copy(
        c -> {
          c.maxBodyBytes = newMaxBodyBytes;
          c.maxRedirects = newMaxRedirects;
        });
  }

  public FetchConfig withRetries(
      int newMaxRetries, Duration newInitialBackoff, Duration newMaxRetryWait) {
    return copy(
        c -> {
          c.maxRetries = newMaxRetries;
          c.initialBackoff = newInitialBackoff;
          c.maxRetryWait = newMaxRetryWait;
        });
  }

  public FetchConfig withRobotsCaching(Duration newRobotsTtl, Duration newRobotsRetryAfter) {
    return copy(
        c -> {
          c.robotsTtl = newRobotsTtl;
          c.robotsRetryAfter = newRobotsRetryAfter;
        });
  }

  /** This configuration with what {@code change} sets, checked as a new one is. */
  private FetchConfig copy(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The components of a configuration being changed, so each {@code with*} names only its own. */
  private static final class Copy {
    String userAgent;
    String robotsToken;
    Duration delay;
    Duration connectTimeout;
    Duration requestTimeout;
    long maxBodyBytes;
    int maxRedirects;
    int maxRetries;
    Duration initialBackoff;
    Duration maxRetryWait;
    Duration maxCrawlDelay;
    Duration robotsTtl;
    Duration robotsRetryAfter;

    Copy(FetchConfig c) {
      userAgent = c.userAgent;
      robotsToken = c.robotsToken;
      delay = c.delay;
      connectTimeout = c.connectTimeout;
      requestTimeout = c.requestTimeout;
      maxBodyBytes = c.maxBodyBytes;
      maxRedirects = c.maxRedirects;
      maxRetries = c.maxRetries;
      initialBackoff = c.initialBackoff;
      maxRetryWait = c.maxRetryWait;
      maxCrawlDelay = c.maxCrawlDelay;
      robotsTtl = c.robotsTtl;
      robotsRetryAfter = c.robotsRetryAfter;
    }

    FetchConfig build() {
      return new FetchConfig(
          userAgent,
          robotsToken,
          delay,
          connectTimeout,
          requestTimeout,
          maxBodyBytes,
          maxRedirects,
          maxRetries,
          initialBackoff,
          maxRetryWait,
          maxCrawlDelay,
          robotsTtl,
          robotsRetryAfter);
    }
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
