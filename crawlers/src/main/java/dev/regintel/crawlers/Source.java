package dev.regintel.crawlers;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One crawled site: where to start, which hosts it may fetch from, and how to parse what it
 * fetches. Adding a source is one implementation of this interface (in {@code source/<name>/}) plus
 * its fixtures and a line in {@code docs/sources.md}.
 *
 * <p>{@link #parse} is pure: bytes in, records and further links out. It never fetches.
 */
public interface Source {

  /** A short stable name, e.g. {@code nist}, {@code legislation-gov-uk}. */
  String name();

  /** The hosts this source may fetch from; nothing outside them is ever requested. */
  Set<String> hosts();

  /** Where a crawl starts. */
  List<URI> entryPoints();

  /**
   * Parses one fetched resource.
   *
   * @throws ParseException when the bytes are not what this source expects (malformed, truncated);
   *     the crawl counts the failure and goes on
   */
  Parsed parse(Fetched fetched);

  /**
   * Extra request headers this source needs for {@code url}, e.g. content negotiation ({@code
   * Accept}, {@code Accept-Language}). The fetcher adds its own {@code User-Agent} and conditional
   * headers; it ignores any of those given here.
   */
  default Map<String, String> requestHeaders(URI url) {
    return Map.of();
  }
}
