package dev.regintel.crawlers.crawl;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.ParseException;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.fetch.FetchOutcome;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one source breadth-first from its entry points: each resource is retrieved, parsed and
 * stored, and the links its parser returns are followed when they stay on the source's hosts. Each
 * URL is visited once per crawl. Nothing stops a crawl early except the page limit: a failed fetch,
 * a parser's exception or a sink's exception is counted and the crawl goes on with the next URL.
 */
public final class Crawler {

  private static final Logger log = LoggerFactory.getLogger(Crawler.class);

  /** Enough for every source we read today with room to spare, small enough to stop a runaway. */
  public static final int DEFAULT_MAX_RESOURCES = 500;

  private final Retriever retriever;
  private final RecordSink sink;
  private final Clock clock;
  private final int maxResources;

  public Crawler(Retriever retriever, RecordSink sink) {
    this(retriever, sink, Clock.systemUTC(), DEFAULT_MAX_RESOURCES);
  }

  public Crawler(Retriever retriever, RecordSink sink, Clock clock, int maxResources) {
    this.retriever = Objects.requireNonNull(retriever, "retriever");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxResources < 1) {
      throw new IllegalArgumentException("maxResources must be at least 1: " + maxResources);
    }
    this.maxResources = maxResources;
  }

  public CrawlReport crawl(Source source, CrawlListener listener) {
    Tally tally = new Tally(source.name(), retriever.describe(), clock.instant());
    Deque<URI> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (URI entry : source.entryPoints()) {
      if (seen.add(key(entry))) {
        queue.add(entry);
      }
    }
    int visited = 0;
    while (!queue.isEmpty()) {
      URI url = queue.poll();
      if (visited == maxResources) {
        tally.skipped += queue.size() + 1;
        tally.error(url, "FETCH", "page limit of " + maxResources + " reached; not visited");
        break;
      }
      visited++;
      String outcome = visit(source, url, tally, queue, seen);
      listener.resource(url, outcome, tally.report(clock.instant()));
    }
    return tally.report(clock.instant());
  }

  private String visit(Source source, URI url, Tally tally, Deque<URI> queue, Set<String> seen) {
    FetchOutcome outcome = retriever.retrieve(source, url);
    switch (outcome) {
      case FetchOutcome.NotModified ignored -> {
        tally.unchanged++;
        return "unchanged";
      }
      case FetchOutcome.Disallowed d -> {
        tally.disallowed++;
        tally.error(url, "FETCH", d.reason());
        return "disallowed";
      }
      case FetchOutcome.Deferred d -> {
        tally.deferred++;
        tally.error(url, "FETCH", d.reason());
        return "deferred";
      }
      case FetchOutcome.Failed f -> {
        tally.failed++;
        tally.error(url, "FETCH", f.reason());
        return "failed";
      }
      case FetchOutcome.Fetched f -> {
        tally.fetched++;
        return handle(source, url, f.resource(), tally, queue, seen);
      }
    }
  }

  private String handle(
      Source source, URI url, Fetched resource, Tally tally, Deque<URI> queue, Set<String> seen) {
    Parsed parsed;
    try {
      parsed = source.parse(resource);
    } catch (ParseException e) {
      tally.parseFailures++;
      tally.error(url, "PARSE", e.getMessage());
      return "unparsable";
    } catch (RuntimeException e) {
      // A parser bug must not end the crawl either; the message says it is one.
      log.warn("{} parser failed on {}", source.name(), url, e);
      tally.parseFailures++;
      tally.error(url, "PARSE", "parser error " + e);
      return "unparsable";
    }
    List<CrawlRecord> records = parsed.records() == null ? List.of() : parsed.records();
    tally.records += records.size();
    for (URI link : parsed.links() == null ? List.<URI>of() : parsed.links()) {
      follow(source, link, tally, queue, seen);
    }
    if (records.isEmpty()) {
      return "fetched";
    }
    try {
      RecordSink.Stored stored = sink.accept(source, resource, records);
      tally.created += stored.created();
      tally.updated += stored.updated();
      tally.unchangedRecords += stored.unchanged();
      tally.rejected += stored.rejected();
      tally.conflicts += stored.conflicts();
      return "fetched";
    } catch (RuntimeException e) {
      log.warn("storing {} records from {} failed", records.size(), url, e);
      tally.storeFailures++;
      tally.error(url, "STORE", String.valueOf(e.getMessage()));
      return "unstored";
    }
  }

  private void follow(Source source, URI link, Tally tally, Deque<URI> queue, Set<String> seen) {
    if (link.getHost() == null || !source.hosts().contains(link.getHost())) {
      return; // the parser's link leaves the source; the allow-list would refuse it anyway
    }
    String key = key(link);
    if (!seen.add(key)) {
      return;
    }
    URI resource = URI.create(key);
    if (retriever.holds(source, resource)) {
      queue.add(resource);
    } else {
      tally.skipped++;
    }
  }

  /** The URL without its fragment: two links to parts of one page are one resource. */
  private static String key(URI url) {
    if (url.getRawFragment() == null) {
      return url.toString();
    }
    try {
      return new URI(url.getScheme(), url.getSchemeSpecificPart(), null).toString();
    } catch (URISyntaxException e) {
      return url.toString();
    }
  }

  private static final class Tally {
    final String source;
    final String mode;
    final Instant started;
    int fetched;
    int unchanged;
    int disallowed;
    int deferred;
    int failed;
    int skipped;
    int parseFailures;
    int storeFailures;
    int records;
    int created;
    int updated;
    int unchangedRecords;
    int rejected;
    int conflicts;
    final List<CrawlReport.Error> errors = new ArrayList<>();

    Tally(String source, String mode, Instant started) {
      this.source = source;
      this.mode = mode;
      this.started = started;
    }

    void error(URI url, String stage, String message) {
      if (errors.size() < CrawlReport.MAX_ERRORS) {
        errors.add(new CrawlReport.Error(url, stage, message));
      }
    }

    CrawlReport report(Instant now) {
      return new CrawlReport(
          source,
          mode,
          started,
          now,
          fetched,
          unchanged,
          disallowed,
          deferred,
          failed,
          skipped,
          parseFailures,
          storeFailures,
          records,
          created,
          updated,
          unchangedRecords,
          rejected,
          conflicts,
          errors);
    }
  }
}
