package dev.regintel.crawlers.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one crawl of one source did. Every resource ends in exactly one of fetched, unchanged,
 * disallowed, deferred, failed or skipped; a fetched resource may then fail to parse or to store.
 *
 * @param source the source's name
 * @param mode how resources were retrieved ("live", "offline from DIR")
 * @param started when the crawl began
 * @param finished when it ended
 * @param fetched resources received (2xx, or read from the snapshot)
 * @param unchanged resources the server said were not modified since the last fetch (304)
 * @param disallowed resources robots.txt did not allow
 * @param deferred resources not asked for because the host's robots.txt was unreachable
 * @param failed resources that could not be fetched (errors, timeouts, limits, redirects)
 * @param skipped links not followed: outside the snapshot, or beyond the crawl's page limit
 * @param parseFailures fetched resources the parser rejected (malformed, truncated, unexpected)
 * @param storeFailures fetched resources whose records the sink could not store
 * @param records records parsed
 * @param created records that made a new node
 * @param updated records that changed an existing node
 * @param unchangedRecords records the graph already held as they are
 * @param rejected records the sink refused
 * @param conflicts fields where a crawled value disagrees with a curated one
 * @param errors what went wrong, one line per failure (at most {@link #MAX_ERRORS})
 */
public record CrawlReport(
    String source,
    String mode,
    Instant started,
    Instant finished,
    int fetched,
    int unchanged,
    int disallowed,
    int deferred,
    int failed,
    int skipped,
    int parseFailures,
    int storeFailures,
    int records,
    int created,
    int updated,
    int unchangedRecords,
    int rejected,
    int conflicts,
    List<Error> errors) {

  /** Errors kept per crawl; the counts stay exact beyond it. */
  public static final int MAX_ERRORS = 200;

  public CrawlReport {
    errors = List.copyOf(errors);
  }

  /**
   * One failure.
   *
   * @param url the resource
   * @param stage FETCH, PARSE or STORE
   * @param message what went wrong
   */
  public record Error(URI url, String stage, String message) {}

  /** Failures of any stage: fetch, parse, store, and rejected records. */
  public int failures() {
    return failed + parseFailures + storeFailures + rejected;
  }

  public Duration duration() {
    return Duration.between(started, finished);
  }

  /** The counts as one line, e.g. for progress output. */
  public String countsLine() {
    return "fetched %d, unchanged %d, failed %d, records %d (new %d, updated %d, same %d)"
            .formatted(
                fetched,
                unchanged,
                failures() + disallowed + deferred,
                records,
                created,
                updated,
                unchangedRecords)
        + (conflicts > 0 ? ", conflicts " + conflicts : "");
  }
}
