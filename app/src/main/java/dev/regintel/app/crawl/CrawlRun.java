package dev.regintel.app.crawl;

import dev.regintel.app.write.Conflict;
import dev.regintel.crawlers.crawl.CrawlReport;
import java.util.List;

/**
 * One crawl of one source as the graph records it: the crawler's counts, what the ingest did with
 * the records, and every error and conflict.
 *
 * @param id {@code crawl:<source>:<start>}
 * @param report the crawler's report; its errors include records the ingest rejected
 * @param nodesCreated nodes the run added (documents, requirements, history)
 * @param relationshipsCreated relationships the run added
 * @param changes history entries the run wrote
 * @param conflicts crawled values that disagree with curated ones
 */
public record CrawlRun(
    String id,
    CrawlReport report,
    long nodesCreated,
    long relationshipsCreated,
    int changes,
    List<Conflict> conflicts) {

  public CrawlRun {
    conflicts = List.copyOf(conflicts);
  }
}
