package dev.regintel.crawlers.crawl;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.Source;
import java.util.List;

/**
 * Where parsed records go, one fetched resource at a time. The app's implementation upserts them
 * into the graph; a sink that throws fails that resource only (the crawl counts it and goes on).
 */
@FunctionalInterface
public interface RecordSink {

  /**
   * Stores the records parsed from one resource.
   *
   * @return what became of them
   */
  Stored accept(Source source, Fetched resource, List<CrawlRecord> records);

  /**
   * What a sink did with one resource's records.
   *
   * @param created records that made a new node
   * @param updated records that changed an existing node (with its history kept)
   * @param unchanged records the graph already held as they are
   * @param rejected records that could not be stored (e.g. a requirement of an unknown document)
   * @param conflicts fields where the crawled value disagrees with a curated one (kept, reported)
   */
  record Stored(int created, int updated, int unchanged, int rejected, int conflicts) {

    public static final Stored NOTHING = new Stored(0, 0, 0, 0, 0);
  }

  /** A sink that stores nothing and counts every record as unchanged: for dry runs and tests. */
  static RecordSink discarding() {
    return (source, resource, records) -> new Stored(0, 0, records.size(), 0, 0);
  }
}
