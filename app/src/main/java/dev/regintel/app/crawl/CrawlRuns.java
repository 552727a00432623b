package dev.regintel.app.crawl;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.write.Conflict;
import dev.regintel.crawlers.crawl.CrawlReport;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crawl runs in the graph: one {@code :CrawlRun} node per run, with its counts as properties and
 * its errors and conflicts as JSON strings (one per item), newest first when read.
 */
@Repository
public class CrawlRuns {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Graph graph;

  public CrawlRuns(Graph graph) {
    this.graph = graph;
  }

  public void save(CrawlRun run) {
    CrawlReport r = run.report();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", run.id());
    p.put("source", r.source());
    p.put("mode", r.mode());
    p.put("startedAt", r.started().atZone(ZoneOffset.UTC));
    p.put("finishedAt", r.finished().atZone(ZoneOffset.UTC));
    p.put("fetched", r.fetched());
    p.put("unchanged", r.unchanged());
    p.put("disallowed", r.disallowed());
    p.put("deferred", r.deferred());
    p.put("failed", r.failed());
    p.put("skipped", r.skipped());
    p.put("parseFailures", r.parseFailures());
    p.put("storeFailures", r.storeFailures());
    p.put("records", r.records());
    p.put("created", r.created());
    p.put("updated", r.updated());
    p.put("unchangedRecords", r.unchangedRecords());
    p.put("rejected", r.rejected());
    p.put("conflictCount", r.conflicts());
    p.put("nodesCreated", run.nodesCreated());
    p.put("relationshipsCreated", run.relationshipsCreated());
    p.put("changes", run.changes());
    List<String> errors = new ArrayList<>();
    for (CrawlReport.Error e : r.errors()) {
      errors.add(
          JSON.writeValueAsString(
              Map.of("url", e.url().toString(), "stage", e.stage(), "message", e.message())));
    }
    List<String> conflicts = new ArrayList<>();
    for (Conflict c : run.conflicts()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("nodeId", c.nodeId());
      m.put("field", c.field());
      m.put("stored", c.stored());
      m.put("crawled", c.crawled());
      m.put("url", c.url());
      conflicts.add(JSON.writeValueAsString(m));
    }
    p.put("errors", errors);
    p.put("conflicts", conflicts);
    graph.write(tx -> tx.run("CREATE (c:CrawlRun) SET c = $props", Map.of("props", p)));
  }

  /** The latest runs, newest first, of one source or of all. */
  public List<CrawlRun> latest(String source, int limit) {
    List<CrawlRun> runs = new ArrayList<>();
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("source", source);
    parameters.put("limit", limit);
    for (Record record :
        graph.read(
            """
            MATCH (c:CrawlRun) WHERE $source IS NULL OR c.source = $source
            RETURN properties(c) AS c ORDER BY c.startedAt DESC, c.id DESC LIMIT $limit""",
            parameters)) {
      runs.add(read(record.get("c")));
    }
    return runs;
  }

  private static CrawlRun read(Value c) {
    List<CrawlReport.Error> errors = new ArrayList<>();
    for (String json : c.get("errors").asList(Value::asString)) {
      JsonNode e = JSON.readTree(json);
      errors.add(
          new CrawlReport.Error(
              URI.create(e.path("url").asString()),
              e.path("stage").asString(),
              e.path("message").asString()));
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (String json : c.get("conflicts").asList(Value::asString)) {
      JsonNode e = JSON.readTree(json);
      conflicts.add(
          new Conflict(
              e.path("nodeId").asString(),
              e.path("field").asString(),
              e.path("stored").isNull() ? null : e.path("stored").asString(),
              e.path("crawled").isNull() ? null : e.path("crawled").asString(),
              e.path("url").asString()));
    }
    CrawlReport report =
        new CrawlReport(
            c.get("source").asString(),
            c.get("mode").asString(),
            ((ZonedDateTime) c.get("startedAt").asObject()).toInstant(),
            ((ZonedDateTime) c.get("finishedAt").asObject()).toInstant(),
            c.get("fetched").asInt(),
            c.get("unchanged").asInt(),
            c.get("disallowed").asInt(),
            c.get("deferred").asInt(),
            c.get("failed").asInt(),
            c.get("skipped").asInt(),
            c.get("parseFailures").asInt(),
            c.get("storeFailures").asInt(),
            c.get("records").asInt(),
            c.get("created").asInt(),
            c.get("updated").asInt(),
            c.get("unchangedRecords").asInt(),
            c.get("rejected").asInt(),
            c.get("conflictCount").asInt(),
            errors);
    return new CrawlRun(
        c.get("id").asString(),
        report,
        c.get("nodesCreated").asLong(),
        c.get("relationshipsCreated").asLong(),
        c.get("changes").asInt(),
        conflicts);
  }
}
