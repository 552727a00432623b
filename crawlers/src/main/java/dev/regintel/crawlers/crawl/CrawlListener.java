package dev.regintel.crawlers.crawl;

import java.net.URI;

/** Hears about each resource as a crawl goes, e.g. to print progress. */
@FunctionalInterface
public interface CrawlListener {

  CrawlListener NONE = (url, outcome, soFar) -> {};

  /**
   * Called after each resource.
   *
   * @param url the resource
   * @param outcome one word: fetched, unchanged, disallowed, deferred, failed, unparsable, unstored
   * @param soFar the source's counts so far
   */
  void resource(URI url, String outcome, CrawlReport soFar);
}
