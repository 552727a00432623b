package dev.regintel.app.crawl;

import dev.regintel.app.crawl.Merge.Outcome;
import dev.regintel.app.crawl.Merge.Plan;
import dev.regintel.app.crawl.Merge.Rule;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.crawl.CrawlReport;
import dev.regintel.crawlers.crawl.RecordSink;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upserts crawled records into the graph, one fetched resource per write transaction, by the rules
 * of {@link Merge}: new nodes with the crawl's provenance, crawled nodes updated with their history
 * kept as {@code :Change} nodes, curated nodes filled in where empty and their disagreements
 * reported as conflicts. Records that cannot be stored (an unknown publisher, a requirement of an
 * unknown document, a value outside the ontology) are rejected with a message saying why; nothing
 * already stored is removed or overwritten by an absent value.
 */
@Component
public class CrawlIngest {

  /** The document kinds of the seed schema; a crawled document must have one of them. */
  static final Set<String> DOCUMENT_KINDS =
      Set.of(
          "LAW",
          "REGULATION",
          "DIRECTIVE",
          "IMPLEMENTING_ACT",
          "STANDARD",
          "TECHNICAL_SPECIFICATION",
          "TECHNICAL_REPORT",
          "GUIDANCE",
          "CODE_OF_PRACTICE",
          "FRAMEWORK",
          "REPORT",
          "WHITE_PAPER",
          "CONSULTATION",
          "CASE_STUDY",
          "PRESS_RELEASE",
          "EVENT",
          "BILL",
          "LABELLING_SCHEME",
          "CATALOG");

  private static final Map<String, Rule> DOCUMENT_RULES = new LinkedHashMap<>();
  private static final Set<String> COMMENT_PERIOD = Set.of("commentOpens", "commentCloses");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    DOCUMENT_RULES.put("code", Rule.FACT);
    DOCUMENT_RULES.put("version", Rule.FACT);
    DOCUMENT_RULES.put("title", Rule.FACT);
    DOCUMENT_RULES.put("kind", Rule.FACT);
    DOCUMENT_RULES.put("status", Rule.FACT);
    DOCUMENT_RULES.put("stage", Rule.FILL);
    DOCUMENT_RULES.put("published", Rule.FACT);
    DOCUMENT_RULES.put("commentOpens", Rule.FACT);
    DOCUMENT_RULES.put("commentCloses", Rule.FACT);
    DOCUMENT_RULES.put("family", Rule.FACT);
    DOCUMENT_RULES.put("url", Rule.FILL);
    DOCUMENT_RULES.put("summary", Rule.FILL);
  }

  private final Graph graph;

  public CrawlIngest(Graph graph) {
    this.graph = graph;
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
      Instant at = Instant.now();
      // The driver may run the work again after a transient failure, so its result is only
      // taken in once the transaction has committed.
      Result result = graph.write(tx -> new Batch(tx, resource.url(), at, runId).run(records));
      conflicts.addAll(result.conflicts);
      rejections.addAll(result.rejections);
      nodesCreated += result.nodesCreated;
      relationshipsCreated += result.relationshipsCreated;
      propertiesSet += result.propertiesSet;
      changes += result.changes;
      return new Stored(
          result.created,
          result.updated,
          result.unchanged,
          result.rejections.size(),
          result.conflicts.size());
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

  /** What one resource's transaction did. */
  private static final class Result {
    int created;
    int updated;
    int unchanged;
    int changes;
    long nodesCreated;
    long relationshipsCreated;
    long propertiesSet;
    final List<Conflict> conflicts = new ArrayList<>();
    final List<CrawlReport.Error> rejections = new ArrayList<>();
  }

  /** The work of one resource inside one write transaction. */
  private static final class Batch {
    private final Graph.Tx tx;
    private final URI url;
    private final Instant at;
    private final String runId;
    private final Result result = new Result();
    private final List<Map<String, Object>> changeRows = new ArrayList<>();
    private final Set<String> createdDocuments = new HashSet<>();

    Batch(Graph.Tx tx, URI url, Instant at, String runId) {
      this.tx = tx;
      this.url = url;
      this.at = at;
      this.runId = runId;
    }

    Result run(List<CrawlRecord> records) {
      Map<String, DocumentRecord> documents = new LinkedHashMap<>();
      Map<String, RequirementRecord> requirements = new LinkedHashMap<>();
      for (CrawlRecord record : records) {
        switch (record) {
          case DocumentRecord d -> documents.put(d.id(), d);
          case RequirementRecord r -> requirements.put(r.documentId() + "\u0000" + r.ref(), r);
        }
      }
      Set<String> known = documents(documents.values());
      requirements(requirements.values(), known);
      if (!changeRows.isEmpty()) {
        count(
            tx.run(
                "UNWIND $rows AS row CREATE (c:Change) SET c = row", Map.of("rows", changeRows)));
        result.changes = changeRows.size();
      }
      return result;
    }

    // ---- documents

    /** Stores the documents; returns the ids of documents that now exist (for requirements). */
    private Set<String> documents(java.util.Collection<DocumentRecord> records) {
      Set<String> accepted = new HashSet<>();
      if (records.isEmpty()) {
        return accepted;
      }
      List<String> ids = records.stream().map(DocumentRecord::id).toList();
      Map<String, Map<String, Object>> stored = read("Document", ids);
      Set<String> publishers =
          existing(
              "MATCH (p:Publisher) WHERE p.id IN $keys RETURN p.id AS k",
              records.stream().map(DocumentRecord::publisher).filter(p -> p != null).toList());
      Set<String> jurisdictions =
          existing(
              "MATCH (j:Jurisdiction) WHERE j.code IN $keys RETURN j.code AS k",
              records.stream().flatMap(d -> d.jurisdictions().stream()).toList());
      Map<String, List<String>> families = families(records);

      List<Map<String, Object>> creates = new ArrayList<>();
      List<Map<String, Object>> updates = new ArrayList<>();
      List<Map<String, Object>> links = new ArrayList<>();
      for (DocumentRecord d : records) {
        Map<String, Object> node = stored.get(d.id());
        String problem = problem(d, node, publishers, jurisdictions);
        if (problem != null) {
          reject(d.id() + ": " + problem);
          continue;
        }
        accepted.add(d.id());
        Map<String, Object> crawled = documentFields(d);
        Map<String, Rule> rules = new LinkedHashMap<>(DOCUMENT_RULES);
        if (node != null && isCrawled(node)) {
          rules.put("unverified", Rule.FILL);
        }
        Plan plan = Merge.plan(d.id(), node, crawled, rules, d.provenance());
        result.conflicts.addAll(plan.conflicts());
        Map<String, Object> prov = d.provenance().toProperties();
        switch (plan.outcome()) {
          case CREATED -> {
            result.created++;
            createdDocuments.add(d.id());
            Map<String, Object> props = new LinkedHashMap<>(plan.set());
            props.put("codeKey", Ids.codeKey(d.code()));
            if (d.version() != null) {
              props.put("versionKey", Ids.codeKey(d.version()));
            }
            creates.add(Map.of("props", props));
            boolean newVersion =
                !d.supersedes().isEmpty()
                    || families.getOrDefault(d.family(), List.of()).stream()
                        .anyMatch(other -> !other.equals(d.id()));
            change(
                newVersion ? "NEW_VERSION" : "NEW_DOCUMENT",
                d.id(),
                d.id(),
                List.of(),
                Map.of(),
                Map.of(),
                describe(d),
                d.provenance());
          }
          case UPDATED -> {
            result.updated++;
            Map<String, Object> set = new LinkedHashMap<>(plan.set());
            if (plan.changed().contains("code")) {
              set.put("codeKey", Ids.codeKey(d.code()));
            }
            if (plan.changed().contains("version")) {
              set.put("versionKey", Ids.codeKey(d.version()));
            }
            updates.add(Map.of("id", d.id(), "set", set));
            documentChanges(d, plan, crawled);
          }
          case UNCHANGED -> result.unchanged++;
        }
        Map<String, Object> link = new HashMap<>();
        link.put("id", d.id());
        link.put("created", plan.outcome() == Outcome.CREATED);
        link.put("publisher", d.publisher());
        link.put("codes", d.jurisdictions());
        link.put("older", d.supersedes().stream().filter(o -> !o.equals(d.id())).toList());
        link.put("prov", prov);
        links.add(link);
      }
      if (!creates.isEmpty()) {
        count(
            tx.run(
                "UNWIND $rows AS row CREATE (d:Document) SET d = row.props",
                Map.of("rows", creates)));
      }
      if (!updates.isEmpty()) {
        count(
            tx.run(
                "UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d += row.set",
                Map.of("rows", updates)));
      }
      if (!links.isEmpty()) {
        count(
            tx.run(
                """
                UNWIND $rows AS row
                WITH row WHERE row.created
                MATCH (d:Document {id: row.id}) MATCH (p:Publisher {id: row.publisher})
                MERGE (d)-[r:PUBLISHED_BY]->(p) ON CREATE SET r += row.prov
                WITH DISTINCT row, d
                UNWIND row.codes AS code
                MATCH (j:Jurisdiction {code: code})
                MERGE (d)-[r:APPLIES_IN]->(j) ON CREATE SET r += row.prov""",
                Map.of("rows", links)));
        count(
            tx.run(
                """
                UNWIND $rows AS row
                MATCH (d:Document {id: row.id})
                UNWIND row.older AS olderId
                MATCH (o:Document {id: olderId})
                MERGE (d)-[r:SUPERSEDES]->(o) ON CREATE SET r += row.prov
                WITH row, d, o
                WHERE row.created AND o.family IS NOT NULL AND o.family = d.family
                  AND NOT (o)-[:NEXT_VERSION]->()
                MERGE (o)-[n:NEXT_VERSION]->(d) ON CREATE SET n += row.prov""",
                Map.of("rows", links)));
      }
      return accepted;
    }

    private String problem(
        DocumentRecord d,
        Map<String, Object> node,
        Set<String> publishers,
        Set<String> jurisdictions) {
      if (d.id() == null || !Ids.isDocument(d.id())) {
        return "not a document id";
      }
      if (d.status() != null
          && Arrays.stream(DocumentStatus.values()).noneMatch(s -> s.name().equals(d.status()))) {
        return "status '"
            + d.status()
            + "' is not one of "
            + Arrays.toString(DocumentStatus.values());
      }
      if (d.kind() != null && !DOCUMENT_KINDS.contains(d.kind())) {
        return "kind '" + d.kind() + "' is not a document kind of the ontology";
      }
      if (node != null) {
        return null; // an existing document keeps its links; the record only adds to it
      }
      List<String> missing = new ArrayList<>();
      if (blank(d.code())) {
        missing.add("code");
      }
      if (d.kind() == null) {
        missing.add("kind");
      }
      if (d.status() == null) {
        missing.add("status");
      }
      if (d.publisher() == null) {
        missing.add("publisher");
      }
      if (d.jurisdictions().isEmpty()) {
        missing.add("jurisdictions");
      }
      if (!missing.isEmpty()) {
        return "a new document needs " + String.join(", ", missing);
      }
      if (!publishers.contains(d.publisher())) {
        return "unknown publisher " + d.publisher();
      }
      List<String> unknown =
          d.jurisdictions().stream().filter(j -> !jurisdictions.contains(j)).toList();
      if (!unknown.isEmpty()) {
        return "unknown jurisdiction " + String.join(", ", unknown);
      }
      return null;
    }

    private Map<String, Object> documentFields(DocumentRecord d) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("code", d.code());
      f.put("version", d.version());
      f.put("title", d.title());
      f.put("kind", d.kind());
      f.put("status", d.status());
      f.put("stage", d.stage());
      f.put("published", d.published());
      f.put("commentOpens", d.commentOpens());
      f.put("commentCloses", d.commentCloses());
      f.put("family", d.family());
      f.put("url", d.url() != null ? d.url() : d.provenance().url());
      f.put("summary", d.summary());
      f.put("unverified", d.unverified().isEmpty() ? null : d.unverified());
      return f;
    }

    private void documentChanges(DocumentRecord d, Plan plan, Map<String, Object> crawled) {
      if (plan.enrichment()) {
        change(
            "ENRICHED",
            d.id(),
            d.id(),
            plan.changed(),
            plan.before(),
            crawled,
            describe(d),
            d.provenance());
        return;
      }
      List<String> status = Merge.among(plan.changed(), Set.of("status"));
      List<String> period = Merge.among(plan.changed(), COMMENT_PERIOD);
      List<String> rest =
          plan.changed().stream().filter(f -> !status.contains(f) && !period.contains(f)).toList();
      if (!status.isEmpty()) {
        change(
            "STATUS_CHANGED",
            d.id(),
            d.id(),
            status,
            plan.before(),
            crawled,
            plan.before().get("status") + " -> " + d.status(),
            d.provenance());
      }
      if (!period.isEmpty()) {
        change(
            "COMMENT_PERIOD_CHANGED",
            d.id(),
            d.id(),
            period,
            plan.before(),
            crawled,
            "comments " + d.commentOpens() + " to " + d.commentCloses(),
            d.provenance());
      }
      if (!rest.isEmpty()) {
        change(
            "UPDATED",
            d.id(),
            d.id(),
            rest,
            plan.before(),
            crawled,
            String.join(", ", rest) + " changed",
            d.provenance());
      }
    }

    private static String describe(DocumentRecord d) {
      return d.code() + (d.version() == null ? "" : " " + d.version()) + ": " + d.title();
    }

    private Map<String, List<String>> families(java.util.Collection<DocumentRecord> records) {
      List<String> keys =
          records.stream().map(DocumentRecord::family).filter(f -> f != null).distinct().toList();
      Map<String, List<String>> families = new HashMap<>();
      if (keys.isEmpty()) {
        return families;
      }
      for (Record r :
          tx.list(
              "UNWIND $keys AS f MATCH (d:Document {family: f}) RETURN f, collect(d.id) AS ids",
              Map.of("keys", keys))) {
        families.put(r.get("f").asString(), r.get("ids").asList(v -> v.asString()));
      }
      return families;
    }

    // ---- requirements

    private void requirements(
        java.util.Collection<RequirementRecord> records, Set<String> accepted) {
      if (records.isEmpty()) {
        return;
      }
      Set<String> documentIds = new HashSet<>(accepted);
      documentIds.addAll(
          existing(
              "MATCH (d:Document) WHERE d.id IN $keys RETURN d.id AS k",
              records.stream()
                  .map(RequirementRecord::documentId)
                  .filter(x -> x != null)
                  .distinct()
                  .toList()));
      Map<String, Long> nextOrder = nextOrder(documentIds);
      List<RowRequirement> rows = new ArrayList<>();
      for (RequirementRecord r : records) {
        String problem = problem(r, documentIds);
        if (problem != null) {
          reject((r.documentId() + " " + r.ref()).strip() + ": " + problem);
          continue;
        }
        rows.add(new RowRequirement(r, Ids.requirement(r.documentId(), r.ref())));
      }
      Map<String, Map<String, Object>> stored =
          read("Requirement", rows.stream().map(RowRequirement::id).toList());
      List<Map<String, Object>> creates = new ArrayList<>();
      List<Map<String, Object>> updates = new ArrayList<>();
      List<Map<String, Object>> links = new ArrayList<>();
      for (RowRequirement row : rows) {
        RequirementRecord r = row.record();
        Map<String, Object> node = stored.get(row.id());
        Map<String, Object> crawled = requirementFields(r);
        Map<String, Rule> rules = new LinkedHashMap<>();
        rules.put("ref", Rule.FILL);
        rules.put("title", Rule.FILL);
        rules.put(
            "text",
            node != null && Boolean.TRUE.equals(node.get("textIsOfficial"))
                ? Rule.FACT
                : Rule.FILL);
        rules.put("obligation", Rule.FACT);
        rules.put("parentId", Rule.FACT);
        if (node != null && isCrawled(node)) {
          rules.put("unverified", Rule.FILL);
        }
        Plan plan = Merge.plan(row.id(), node, crawled, rules, r.provenance());
        result.conflicts.addAll(plan.conflicts());
        switch (plan.outcome()) {
          case CREATED -> {
            result.created++;
            Map<String, Object> props = new LinkedHashMap<>(plan.set());
            props.put("refKey", Ids.slug(r.ref()));
            props.put("documentId", r.documentId());
            long order = nextOrder.merge(r.documentId(), 1L, Long::sum) - 1;
            props.put("order", order);
            props.put("textIsOfficial", r.text() != null);
            creates.add(Map.of("props", props));
            if (!createdDocuments.contains(r.documentId())) {
              change(
                  "REQUIREMENT_ADDED",
                  r.documentId(),
                  row.id(),
                  List.of(),
                  Map.of(),
                  Map.of(),
                  r.ref() + (r.title() == null ? "" : ": " + r.title()),
                  r.provenance());
            }
          }
          case UPDATED -> {
            result.updated++;
            Map<String, Object> set = new LinkedHashMap<>(plan.set());
            if (plan.changed().contains("text")) {
              set.put("textIsOfficial", true);
            }
            updates.add(Map.of("id", row.id(), "set", set));
            change(
                plan.enrichment() ? "ENRICHED" : "REQUIREMENT_CHANGED",
                r.documentId(),
                row.id(),
                plan.changed(),
                plan.before(),
                crawled,
                r.ref() + ": " + String.join(", ", plan.changed()),
                r.provenance());
          }
          case UNCHANGED -> result.unchanged++;
        }
        Map<String, Object> link = new HashMap<>();
        link.put("id", row.id());
        link.put("documentId", r.documentId());
        link.put("parentId", crawled.get("parentId"));
        link.put("prov", r.provenance().toProperties());
        links.add(link);
      }
      if (!creates.isEmpty()) {
        count(
            tx.run(
                "UNWIND $rows AS row CREATE (r:Requirement) SET r = row.props",
                Map.of("rows", creates)));
      }
      if (!updates.isEmpty()) {
        count(
            tx.run(
                "UNWIND $rows AS row MATCH (r:Requirement {id: row.id}) SET r += row.set",
                Map.of("rows", updates)));
      }
      if (!links.isEmpty()) {
        count(
            tx.run(
                """
                UNWIND $rows AS row
                MATCH (d:Document {id: row.documentId}) MATCH (r:Requirement {id: row.id})
                MERGE (d)-[h:HAS_REQUIREMENT]->(r) ON CREATE SET h += row.prov
                WITH row, r WHERE row.parentId IS NOT NULL AND r.parentId = row.parentId
                MATCH (p:Requirement {id: row.parentId})
                MERGE (p)-[h:HAS_PART]->(r) ON CREATE SET h += row.prov""",
                Map.of("rows", links)));
      }
    }

    private record RowRequirement(RequirementRecord record, String id) {}

    private String problem(RequirementRecord r, Set<String> documentIds) {
      if (r.documentId() == null || !Ids.isDocument(r.documentId())) {
        return "not a document id";
      }
      if (!documentIds.contains(r.documentId())) {
        return "its document " + r.documentId() + " is neither in the graph nor in this crawl";
      }
      if (blank(r.ref())) {
        return "no ref";
      }
      try {
        Ids.requirement(r.documentId(), r.ref());
        if (r.parentRef() != null) {
          Ids.requirement(r.documentId(), r.parentRef());
        }
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
      if (r.obligation() != null
          && Arrays.stream(Obligation.values()).noneMatch(o -> o.name().equals(r.obligation()))) {
        return "obligation '"
            + r.obligation()
            + "' is not one of "
            + Arrays.toString(Obligation.values());
      }
      return null;
    }

    private Map<String, Object> requirementFields(RequirementRecord r) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("ref", r.ref());
      f.put("title", blank(r.title()) ? r.ref() : r.title());
      f.put("text", blank(r.text()) ? null : r.text());
      f.put("obligation", r.obligation() == null ? "INFORMATIVE" : r.obligation());
      f.put(
          "parentId",
          r.parentRef() == null ? null : Ids.requirement(r.documentId(), r.parentRef()));
      f.put("unverified", r.obligation() == null ? List.of("obligation") : null);
      return f;
    }

    private Map<String, Long> nextOrder(Set<String> documentIds) {
      Map<String, Long> next = new HashMap<>();
      for (Record r :
          tx.list(
              """
              UNWIND $ids AS id
              MATCH (d:Document {id: id})
              OPTIONAL MATCH (d)-[:HAS_REQUIREMENT]->(r:Requirement)
              RETURN id, coalesce(max(r.order) + 1, 0) AS next""",
              Map.of("ids", List.copyOf(documentIds)))) {
        next.put(r.get("id").asString(), r.get("next").asLong());
      }
      return next;
    }

    // ---- shared

    private Map<String, Map<String, Object>> read(String label, List<String> ids) {
      Map<String, Map<String, Object>> stored = new HashMap<>();
      for (Record r :
          tx.list(
              "UNWIND $ids AS id MATCH (n:"
                  + label
                  + " {id: id}) RETURN id, properties(n) AS props",
              Map.of("ids", ids))) {
        stored.put(r.get("id").asString(), r.get("props").asMap());
      }
      return stored;
    }

    private Set<String> existing(String cypher, List<String> keys) {
      Set<String> found = new HashSet<>();
      if (keys.isEmpty()) {
        return found;
      }
      for (Record r : tx.list(cypher, Map.of("keys", keys.stream().distinct().toList()))) {
        found.add(r.get("k").asString());
      }
      return found;
    }

    private void change(
        String kind,
        String documentId,
        String nodeId,
        List<String> fields,
        Map<String, Object> before,
        Map<String, Object> after,
        String detail,
        Provenance provenance) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", "chg:" + UUID.randomUUID());
      row.put("at", at.atZone(ZoneOffset.UTC));
      row.put("kind", kind);
      row.put("documentId", documentId);
      row.put("nodeId", nodeId);
      row.put("fields", fields);
      row.put("before", json(before, fields));
      row.put("after", json(after, fields));
      row.put("detail", detail);
      row.put("runId", runId);
      row.putAll(provenance.toProperties());
      changeRows.add(row);
    }

    private static String json(Map<String, Object> values, List<String> fields) {
      Map<String, String> shown = new LinkedHashMap<>();
      for (String f : fields) {
        Object v = values.get(f);
        shown.put(f, v == null ? null : v.toString());
      }
      return JSON.writeValueAsString(shown);
    }

    private void reject(String message) {
      result.rejections.add(new CrawlReport.Error(url, "STORE", "rejected " + message));
    }

    private void count(ResultSummary summary) {
      result.nodesCreated += summary.counters().nodesCreated();
      result.relationshipsCreated += summary.counters().relationshipsCreated();
      result.propertiesSet += summary.counters().propertiesSet();
    }

    private static boolean isCrawled(Map<String, Object> node) {
      return "CRAWL".equals(node.get(Provenance.METHOD_KEY));
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }
}
