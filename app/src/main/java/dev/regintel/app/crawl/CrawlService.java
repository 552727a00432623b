package dev.regintel.app.crawl;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.write.GraphChanged;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.crawl.CrawlListener;
import dev.regintel.crawlers.crawl.CrawlReport;
import dev.regintel.crawlers.crawl.Crawler;
import dev.regintel.crawlers.crawl.Retriever;
import dev.regintel.crawlers.fetch.ValidatorStore;
import dev.regintel.ontology.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Crawls sources into the graph, one after another: each run's records go through {@link
 * CrawlIngest}, each run is recorded ({@link CrawlRuns}), and when anything changed the graph's
 * generation moves on so the search index is rebuilt.
 */
@Service
public class CrawlService {

  private final Graph graph;
  private final CrawlIngest ingest;
  private final CrawlRuns runs;
  private final ApplicationEventPublisher events;

  public CrawlService(
      Graph graph, CrawlIngest ingest, CrawlRuns runs, ApplicationEventPublisher events) {
    this.graph = graph;
    this.ingest = ingest;
    this.runs = runs;
    this.events = events;
  }

  /** The store a live crawl keeps its ETag and Last-Modified validators in: the graph. */
  public ValidatorStore validatorStore() {
    return new GraphValidatorStore(graph);
  }

  /** Crawls each source in turn through {@code retriever}; returns the recorded runs in order. */
  public List<CrawlRun> crawl(List<Source> sources, Retriever retriever, CrawlListener listener) {
    List<CrawlRun> done = new ArrayList<>();
    boolean changed = false;
    for (Source source : sources) {
      String id = Ids.CRAWL_RUN + source.name() + ":" + Instant.now();
      CrawlIngest.Session session = ingest.session(id);
      CrawlReport report = new Crawler(retriever, session).crawl(source, listener);
      List<CrawlReport.Error> errors = new ArrayList<>(report.errors());
      session.rejections().stream()
          .limit(Math.max(0, CrawlReport.MAX_ERRORS - errors.size()))
          .forEach(errors::add);
      CrawlReport complete =
          new CrawlReport(
              report.source(),
              report.mode(),
              report.started(),
              report.finished(),
              report.fetched(),
              report.unchanged(),
              report.disallowed(),
              report.deferred(),
              report.failed(),
              report.skipped(),
              report.parseFailures(),
              report.storeFailures(),
              report.records(),
              report.created(),
              report.updated(),
              report.unchangedRecords(),
              report.rejected(),
              report.conflicts(),
              errors);
      CrawlRun run =
          new CrawlRun(
              id,
              complete,
              session.nodesCreated(),
              session.relationshipsCreated(),
              session.changes(),
              session.conflicts());
      runs.save(run);
      done.add(run);
      changed |=
          session.nodesCreated() > 0
              || session.relationshipsCreated() > 0
              || session.propertiesSet() > 0;
    }
    if (changed) {
      GraphChanged.announce(graph, events);
    }
    return done;
  }
}
