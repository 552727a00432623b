package dev.regintel.app.crawl;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.requirement.RequirementContent;
import dev.regintel.app.write.CommentPeriod;
import dev.regintel.app.write.Conflict;
import dev.regintel.app.write.DocumentWrite;
import dev.regintel.app.write.GraphWriter;
import dev.regintel.app.write.PartialDate;
import dev.regintel.app.write.RequirementWrite;
import dev.regintel.app.write.WriteResult;
import dev.regintel.app.write.Writes;
import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.crawl.CrawlReport;
import dev.regintel.crawlers.crawl.RecordSink;
import dev.regintel.ontology.CrawlStage;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Obligation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Hands crawled records to the {@link GraphWriter}, one fetched resource per write transaction, as
 * an observing writer: new nodes with the crawl's provenance, crawled nodes updated with their
 * history kept, curated nodes filled in where empty and their disagreements reported as conflicts
 * (see {@link dev.regintel.app.write.MergePolicy}). What is the crawl's own: mapping a record's
 * fields to the graph's (a requirement without a title is titled by its ref; an obligation the
 * parser could not tell is INFORMATIVE and marked unverified), and keeping a run's tallies.
 */
@Component
public class CrawlIngest {

  private final Graph graph;
  private final GraphWriter writer;

  public CrawlIngest(Graph graph, GraphWriter writer) {
    this.graph = graph;
    this.writer = writer;
  }

  /** A sink for one crawl run; it keeps the run's conflicts, rejections and totals. */
  public Session session(String runId) {
    return new Session(runId);
  }

  /** The sink of one run, and what it saw. */
  public final class Session implements RecordSink {

    private final String runId;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<CrawlReport.Error> rejections = new ArrayList<>();
    private long nodesCreated;
    private long relationshipsCreated;
    private long propertiesSet;
    private int changes;

    private Session(String runId) {
      this.runId = runId;
    }

    @Override
    public Stored accept(Source source, Fetched resource, List<CrawlRecord> records) {
      URI url = resource.url();
      List<String> unmapped = new ArrayList<>();
      Writes writes = writes(records, unmapped);
      // The driver may run the work again after a transient failure, so its result is only
      // taken in once the transaction has committed.
      WriteResult result = graph.write(tx -> writer.write(tx, writes, runId));
      conflicts.addAll(result.conflicts());
      unmapped.forEach(m -> rejections.add(rejection(url, m)));
      result.rejections().forEach(r -> rejections.add(rejection(url, r.toString())));
      nodesCreated += result.nodesCreated() + result.changes();
      relationshipsCreated += result.relationshipsCreated();
      propertiesSet += result.propertiesSet();
      changes += result.changes();
      return new Stored(
          result.created(),
          result.updated(),
          result.unchanged(),
          unmapped.size() + result.rejections().size(),
          result.conflicts().size());
    }

    public String runId() {
      return runId;
    }

    public List<Conflict> conflicts() {
      return List.copyOf(conflicts);
    }

    public List<CrawlReport.Error> rejections() {
      return List.copyOf(rejections);
    }

    /** Nodes the run added, its history included. */
    public long nodesCreated() {
      return nodesCreated;
    }

    public long relationshipsCreated() {
      return relationshipsCreated;
    }

    public long propertiesSet() {
      return propertiesSet;
    }

    public int changes() {
      return changes;
    }
  }

  private static CrawlReport.Error rejection(URI url, String message) {
    return new CrawlReport.Error(url, CrawlStage.STORE.name(), "rejected " + message);
  }

  /**
   * The writer's records for one resource's crawl records, the last of each id winning; records
   * that cannot be mapped (a ref that gives no id) are listed in {@code unmapped} with why.
   */
  static Writes writes(List<CrawlRecord> records, List<String> unmapped) {
    Map<String, DocumentRecord> documents = new LinkedHashMap<>();
    Map<String, RequirementRecord> requirements = new LinkedHashMap<>();
    for (CrawlRecord record : records) {
      switch (record) {
        case DocumentRecord d -> documents.put(d.id(), d);
        case RequirementRecord r -> requirements.put(r.documentId() + "\u0000" + r.ref(), r);
      }
    }
    Writes writes = new Writes(Method.CRAWL);
    for (DocumentRecord d : documents.values()) {
      try {
        writes.add(document(d));
      } catch (IllegalArgumentException e) {
        unmapped.add(d.id() + ": " + e.getMessage());
      }
    }
    for (RequirementRecord r : requirements.values()) {
      try {
        writes.add(requirement(r));
      } catch (IllegalArgumentException e) {
        unmapped.add((r.documentId() + " " + r.ref()).strip() + ": " + e.getMessage());
      }
    }
    return writes;
  }

  static DocumentWrite document(DocumentRecord d) {
    return new DocumentWrite(
        d.id(),
        d.code(),
        d.version(),
        null,
        d.kind(),
        d.status(),
        d.stage(),
        PartialDate.day(d.published()),
        null,
        d.commentOpens() == null && d.commentCloses() == null
            ? null
            : new CommentPeriod(d.commentOpens(), d.commentCloses()),
        d.title(),
        null,
        d.summary(),
        null,
        d.url(),
        d.family(),
        null,
        d.unverified(),
        null,
        d.publisher(),
        d.jurisdictions(),
        null,
        d.supersedes(),
        d.provenance());
  }

  /**
   * @throws IllegalArgumentException when the document id or a ref gives no requirement id
   */
  static RequirementWrite requirement(RequirementRecord r) {
    boolean noRef = r.ref() == null || r.ref().isBlank();
    String id =
        noRef || r.documentId() == null || !Ids.isDocument(r.documentId())
            ? null
            : Ids.requirement(r.documentId(), r.ref());
    String parentId =
        r.parentRef() == null || id == null ? null : Ids.requirement(r.documentId(), r.parentRef());
    return new RequirementWrite(
        id,
        r.documentId(),
        parentId,
        null,
        new RequirementContent(
            r.ref(),
            r.title() == null || r.title().isBlank() ? r.ref() : r.title(),
            null,
            r.text() == null || r.text().isBlank() ? null : r.text(),
            null,
            null,
            r.obligation() == null ? Obligation.INFORMATIVE.name() : r.obligation(),
            null,
            null,
            null,
            null,
            r.obligation() == null ? List.of("obligation") : null,
            null,
            null,
            null),
        r.provenance());
  }
}
