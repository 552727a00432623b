package dev.regintel.crawlers.fetch;

import dev.regintel.crawlers.Source;
import dev.regintel.ontology.Sha256;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches URLs politely. One instance serves a whole crawl and is safe for concurrent use; it owns
 * one HTTP client (close the fetcher to release it), the robots.txt cache and the per-host pacing.
 *
 * <p>For each URL, and again for each redirect target, the fetcher:
 *
 * <ol>
 *   <li>refuses it, unrequested, when its host is not in the source's allow-list;
 *   <li>consults the host's robots.txt (fetched once, cached): an unreachable robots.txt defers the
 *       URL, a disallowing one stops it;
 *   <li>waits for the host's turn: one request at a time per host, at least the configured delay
 *       (or the robots.txt Crawl-delay, when larger) after the previous one;
 *   <li>sends a conditional GET when it has validators for the URL, and retries 429, 5xx, timeouts
 *       and connection failures with exponential backoff or the server's {@code Retry-After}.
 * </ol>
 *
 * Bodies larger than the limit are abandoned while streaming. Every call returns a {@link
 * FetchOutcome}; it throws nothing for a bad URL, a bad server or a bad network.
 */
public final class Fetcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Fetcher.class);

  private static final Set<String> RESERVED_HEADERS =
      Set.of("user-agent", "if-none-match", "if-modified-since", "host");

  private final FetchConfig config;
  private final ValidatorStore validators;
  private final Clock clock;
  private final HttpTransport transport;
  private final HostPacer pacer;
  private final RobotsCache robots;

  /** A fetcher with the given configuration and an in-memory validator store. */
  public Fetcher(FetchConfig config) {
    this(config, new InMemoryValidatorStore());
  }

  /** A fetcher that keeps ETag and Last-Modified in {@code validators}. */
  public Fetcher(FetchConfig config, ValidatorStore validators) {
    this(config, validators, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * A fetcher that reads the time from {@code clock} and waits through {@code sleeper}, for tests
   * that must not sleep for real. Both must agree: sleeping must advance the clock.
   */
  public Fetcher(FetchConfig config, ValidatorStore validators, Clock clock, Sleeper sleeper) {
    this.config = Objects.requireNonNull(config, "config");
    this.validators = Objects.requireNonNull(validators, "validators");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.transport = new HttpTransport(config);
    this.pacer = new HostPacer(clock, Objects.requireNonNull(sleeper, "sleeper"));
    this.robots = new RobotsCache(config, transport, pacer, clock);
  }

  /** Fetches {@code url} within {@code source}'s hosts. */
  public FetchOutcome fetch(Source source, URI url) {
    return fetch(url, source.hosts(), source.requestHeaders(url));
  }

  /**
   * Fetches {@code url}, requesting nothing outside {@code allowedHosts} (exact host names).
   * Interrupting the calling thread ends the fetch as failed, with the interrupt flag kept.
   */
  public FetchOutcome fetch(URI url, Set<String> allowedHosts) {
    return fetch(url, allowedHosts, Map.of());
  }

  /**
   * Fetches {@code url} as {@link #fetch(URI, Set)} does, sending {@code extraHeaders} with every
   * request of the exchange (redirects included), except those the fetcher sets itself ({@code
   * User-Agent}, {@code If-None-Match}, {@code If-Modified-Since}, {@code Host}).
   */
  public FetchOutcome fetch(URI url, Set<String> allowedHosts, Map<String, String> extraHeaders) {
    Objects.requireNonNull(url, "url");
    Map<String, String> extra = new LinkedHashMap<>();
    extraHeaders.forEach(
        (name, value) -> {
          if (!RESERVED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            extra.put(name, value);
          }
        });
    try {
      return follow(url, new AllowList(allowedHosts), extra);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchOutcome.Failed(url, "interrupted", 0);
    }
  }

  /** The configuration this fetcher runs with. */
  public FetchConfig config() {
    return config;
  }

  @Override
  public void close() {
    transport.close();
  }

  private FetchOutcome follow(URI url, AllowList allowList, Map<String, String> extra)
      throws InterruptedException {
    Optional<Validators> known = validators.get(url);
    Set<URI> visited = new HashSet<>();
    URI current = url;
    int lastStatus = 0;
    for (int redirects = 0; ; redirects++) {
      if (!visited.add(current)) {
        return new FetchOutcome.Failed(url, "redirect loop back to " + current, lastStatus);
      }
      Optional<String> refusal = allowList.refusal(current);
      if (refusal.isPresent()) {
        return new FetchOutcome.Failed(url, "not requested: " + refusal.get(), lastStatus);
      }
      RobotsRules rules = robots.rulesFor(current, allowList);
      if (rules.deferred()) {
        return new FetchOutcome.Deferred(url, rules.deferredReason());
      }
      if (!rules.allows(current)) {
        return new FetchOutcome.Disallowed(url, current + " is disallowed by " + rules.robotsUrl());
      }
      RawResponse response;
      try {
        response = exchange(current, rules.crawlDelay(), known, extra);
      } catch (FetchFailure failure) {
        return new FetchOutcome.Failed(url, failure.getMessage(), failure.status());
      }
      int status = response.status();
      if (response.isRedirect()) {
        lastStatus = status;
        Optional<URI> next = response.location();
        if (next.isEmpty()) {
          return new FetchOutcome.Failed(
              url, "HTTP " + status + " without a usable Location", status);
        }
        if (redirects == config.maxRedirects()) {
          return new FetchOutcome.Failed(
              url, "more than " + config.maxRedirects() + " redirects", status);
        }
        current = next.get();
      } else if (status == 304) {
        Validators.from(response.headers()).ifPresent(v -> validators.put(url, v));
        return new FetchOutcome.NotModified(url);
      } else if (status / 100 == 2) {
        return fetched(url, response);
      } else {
        return new FetchOutcome.Failed(url, "HTTP " + status + " from " + current, status);
      }
    }
  }

  /** One request, repeated while the server or the network says "not now" and retries remain. */
  private RawResponse exchange(
      URI uri, Duration crawlDelay, Optional<Validators> known, Map<String, String> extra)
      throws InterruptedException, FetchFailure {
    Duration gap = crawlDelay.compareTo(config.delay()) > 0 ? crawlDelay : config.delay();
    Map<String, String> headers = new LinkedHashMap<>(extra);
    headers.putAll(conditionalHeaders(known));
    for (int attempt = 0; ; attempt++) {
      try (HostPacer.Turn turn = pacer.acquire(uri.getHost())) {
        turn.keepApart(gap);
        String problem;
        int status = 0;
        Optional<Duration> retryAfter = Optional.empty();
        try {
          RawResponse response = transport.get(uri, headers, config.maxBodyBytes(), false);
          if (!RetryPolicy.isRetryable(response.status())) {
            return response;
          }
          status = response.status();
          problem = "HTTP " + status + " from " + uri;
          retryAfter = RetryPolicy.retryAfter(response.headers(), clock.instant());
        } catch (BodyTooLargeException e) {
          throw new FetchFailure(e.getMessage() + ": " + uri, e.status());
        } catch (IOException e) {
          problem = describe(e) + ": " + uri;
        }
        if (attempt == config.maxRetries()) {
          throw new FetchFailure(problem + " (" + (attempt + 1) + " attempts)", status);
        }
        int retry = attempt + 1;
        Duration wait = retryAfter.orElseGet(() -> RetryPolicy.backoff(config, retry));
        if (wait.compareTo(config.maxRetryWait()) > 0) {
          // Waiting longer would stall the crawl; the server said when to come back, so give up.
          throw new FetchFailure(
              problem + "; Retry-After " + wait + " exceeds " + config.maxRetryWait(), status);
        }
        log.debug("{}; retry {} in {}", problem, retry, wait);
        turn.keepApart(wait);
      }
    }
  }

  private FetchOutcome fetched(URI url, RawResponse response) {
    Validators.from(response.headers())
        .ifPresentOrElse(v -> validators.put(url, v), () -> validators.remove(url));
    dev.regintel.crawlers.Fetched resource =
        new dev.regintel.crawlers.Fetched(
            response.uri(),
            response.headers().firstValue("Content-Type").orElse(null),
            response.body(),
            clock.instant(),
            Sha256.hex(response.body()));
    return new FetchOutcome.Fetched(url, resource);
  }

  private static Map<String, String> conditionalHeaders(Optional<Validators> known) {
    Map<String, String> headers = new LinkedHashMap<>();
    known.ifPresent(
        v -> {
          if (v.etag() != null) {
            headers.put("If-None-Match", v.etag());
          }
          if (v.lastModified() != null) {
            headers.put("If-Modified-Since", v.lastModified());
          }
        });
    return headers;
  }

  private String describe(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "connect timed out after " + config.connectTimeout();
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out after " + config.requestTimeout();
    }
    if (e instanceof ConnectException) {
      return "connection failed (" + e.getMessage() + ")";
    }
    return e.getClass().getSimpleName() + " (" + e.getMessage() + ")";
  }
}
