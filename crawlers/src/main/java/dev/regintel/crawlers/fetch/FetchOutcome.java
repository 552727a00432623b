package dev.regintel.crawlers.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * How one {@link Fetcher#fetch} ended. Exactly one of five things happens to a URL, so a crawl can
 * count fetched, unchanged, disallowed, deferred and failed without catching exceptions.
 */
public sealed interface FetchOutcome {

  /** The URL that was asked for (before any redirect). */
  URI url();

  /**
   * The resource was fetched (status 2xx).
   *
   * @param url the URL asked for
   * @param resource what the parser gets: final URL, Content-Type, bytes, time and SHA-256
   */
  record Fetched(URI url, dev.regintel.crawlers.Fetched resource) implements FetchOutcome {
    public Fetched {
      Objects.requireNonNull(resource, "resource");
    }
  }

  /**
   * The server answered 304 to a conditional request: what we hold is current.
   *
   * @param url the URL asked for
   */
  record NotModified(URI url) implements FetchOutcome {}

  /**
   * robots.txt disallows the URL (or a redirect target), so it was not requested.
   *
   * @param url the URL asked for
   * @param reason which URL was disallowed, by which robots.txt
   */
  record Disallowed(URI url, String reason) implements FetchOutcome {}

  /**
   * The host's robots.txt could not be read (5xx, 429 or a network error), so per RFC 9309 none of
   * the host's URLs is fetched now; try again later.
   *
   * @param url the URL asked for
   * @param reason why robots.txt could not be read
   */
  record Deferred(URI url, String reason) implements FetchOutcome {}

  /**
   * The fetch failed: an error status, retries exhausted, a timeout, a redirect loop, a redirect
   * outside the source's hosts, or a body over the size limit.
   *
   * @param url the URL asked for
   * @param reason what went wrong, for the crawl report
   * @param status the last HTTP status received, or 0 when no response arrived
   */
  record Failed(URI url, String reason, int status) implements FetchOutcome {}
}
