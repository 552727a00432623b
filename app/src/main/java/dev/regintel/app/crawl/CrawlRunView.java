package dev.regintel.app.crawl;

import dev.regintel.app.write.Conflict;
import dev.regintel.crawlers.crawl.CrawlReport;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A crawl run as the API shows it. */
public record CrawlRunView(
    String id,
    String source,
    String mode,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
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
    int failures,
    long nodesCreated,
    long relationshipsCreated,
    List<Error> errors,
    List<Conflict> conflicts) {

  /** One failure: the resource, the stage and the message. */
  public record Error(String url, String stage, String message) {}

  static CrawlRunView of(CrawlRun run) {
    CrawlReport r = run.report();
    return new CrawlRunView(
        run.id(),
        r.source(),
        r.mode(),
        r.started().atOffset(ZoneOffset.UTC),
        r.finished().atOffset(ZoneOffset.UTC),
        r.fetched(),
        r.unchanged(),
        r.disallowed(),
        r.deferred(),
        r.failed(),
        r.skipped(),
        r.parseFailures(),
        r.storeFailures(),
        r.records(),
        r.created(),
        r.updated(),
        r.unchangedRecords(),
        r.rejected(),
        r.failures(),
        run.nodesCreated(),
        run.relationshipsCreated(),
        r.errors().stream()
            .map(e -> new Error(e.url().toString(), e.stage(), e.message()))
            .toList(),
        run.conflicts());
  }
}
