package dev.regintel.app.crawl;

import dev.regintel.app.write.Conflict;
import dev.regintel.crawlers.crawl.CrawlReport;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A crawl run as the API shows it: the crawler's report, read through rather than copied (its
 * counts are the schema's fields of the same names, documented on {@link CrawlReport}), and what
 * the ingest did with the records.
 *
 * @param id {@code crawl:<source>:<start>}
 * @param report the crawler's report
 * @param nodesCreated nodes the run added
 * @param relationshipsCreated relationships the run added
 * @param conflicts crawled values that disagree with curated ones
 */
public record CrawlRunView(
    String id,
    CrawlReport report,
    long nodesCreated,
    long relationshipsCreated,
    List<Conflict> conflicts) {

  static CrawlRunView of(CrawlRun run) {
    return new CrawlRunView(
        run.id(), run.report(), run.nodesCreated(), run.relationshipsCreated(), run.conflicts());
  }

  public String source() {
    return report.source();
  }

  public String mode() {
    return report.mode();
  }

  public OffsetDateTime startedAt() {
    return report.started().atOffset(ZoneOffset.UTC);
  }

  public OffsetDateTime finishedAt() {
    return report.finished().atOffset(ZoneOffset.UTC);
  }

  public int fetched() {
    return report.fetched();
  }

  public int unchanged() {
    return report.unchanged();
  }

  public int disallowed() {
    return report.disallowed();
  }

  public int deferred() {
    return report.deferred();
  }

  public int failed() {
    return report.failed();
  }

  public int skipped() {
    return report.skipped();
  }

  public int parseFailures() {
    return report.parseFailures();
  }

  public int storeFailures() {
    return report.storeFailures();
  }

  public int records() {
    return report.records();
  }

  public int created() {
    return report.created();
  }

  public int updated() {
    return report.updated();
  }

  public int unchangedRecords() {
    return report.unchangedRecords();
  }

  public int rejected() {
    return report.rejected();
  }

  public int failures() {
    return report.failures();
  }

  /** The report's errors; their URLs are served as text. */
  public List<CrawlReport.Error> errors() {
    return report.errors();
  }
}
