package dev.regintel.crawlers;

import java.net.URI;
import java.util.List;

/**
 * What a parser found in one resource: normalized records, and links the crawl may follow (still
 * subject to the source's host allow-list, robots.txt and limits).
 */
public record Parsed(List<CrawlRecord> records, List<URI> links) {

  public static Parsed of(List<CrawlRecord> records) {
    return new Parsed(records, List.of());
  }
}
