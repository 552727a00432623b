package dev.regintel.crawlers.crawl;

import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.fetch.FetchOutcome;
import java.net.URI;

/** Where a crawl gets its resources: the web (politely) or a recorded snapshot. */
public interface Retriever extends AutoCloseable {

  /** Gets {@code url} for {@code source}; never throws for a bad URL, server or file. */
  FetchOutcome retrieve(Source source, URI url);

  /**
   * Whether {@code url} can be retrieved at all. A snapshot holds only what was recorded, so links
   * to anything else are skipped (and counted) rather than failed.
   */
  default boolean holds(Source source, URI url) {
    return true;
  }

  /** A few words for reports: "live" or "offline from DIR". */
  String describe();

  @Override
  default void close() {}
}
