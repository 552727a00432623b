package dev.regintel.app.write;

import dev.regintel.app.write.MergePolicy.Plan;
import dev.regintel.app.write.MergePolicy.Rule;
import dev.regintel.ontology.ChangeKind;
import dev.regintel.ontology.DocumentKind;
import dev.regintel.ontology.DocumentStatus;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.neo4j.driver.Record;

/**
 * Writes documents by the {@link MergePolicy}: checks each record, plans it against the stored
 * node, writes the nodes, their links (publisher, jurisdictions, versions, supersessions) and their
 * history.
 *
 * <p>Links: a curated writer owns a document's publisher and jurisdictions and replaces them; an
 * observing writer sets them only on a document it creates. Supersessions are only ever added. A
 * new version follows the version its record names; a document an observing writer creates follows
 * the document of its family it supersedes, when that one has no next version yet.
 */
final class DocumentWriter {

  /** The fields an observing writer may update, and how (see {@link MergePolicy}). */
  private static final Map<String, Rule> OBSERVED = new LinkedHashMap<>();

  private static final Set<String> COMMENT_PERIOD = Set.of("commentOpens", "commentCloses");

  static {
    OBSERVED.put("code", Rule.FACT);
    OBSERVED.put("version", Rule.FACT);
    OBSERVED.put("title", Rule.FACT);
    OBSERVED.put("kind", Rule.FACT);
    OBSERVED.put("status", Rule.FACT);
    OBSERVED.put("stage", Rule.FILL);
    OBSERVED.put("published", Rule.FACT);
    OBSERVED.put("commentOpens", Rule.FACT);
    OBSERVED.put("commentCloses", Rule.FACT);
    OBSERVED.put("family", Rule.FACT);
    OBSERVED.put("url", Rule.FILL);
    OBSERVED.put("summary", Rule.FILL);
  }

  private final WriteTx w;

  /** Ids of the documents that exist after this write (for requirements). */
  final Set<String> accepted = new HashSet<>();

  /** Ids of the documents this write created (their requirements are not news of their own). */
  final Set<String> created = new HashSet<>();

  DocumentWriter(WriteTx w) {
    this.w = w;
  }

  void write(List<DocumentWrite> records) {
    if (records.isEmpty()) {
      return;
    }
    Map<String, Map<String, Object>> stored =
        w.stored(Label.Document.name(), records.stream().map(DocumentWrite::id).toList());
    Set<String> publishers =
        w.existing(
            Label.Publisher.name(), "id", records.stream().map(DocumentWrite::publisher).toList());
    Set<String> jurisdictions =
        w.existing(
            Label.Jurisdiction.name(),
            "code",
            records.stream().flatMap(d -> d.jurisdictions().stream()).toList());
    Map<String, List<String>> families = families(records);
    Map<String, String> clashes = DocumentIdentity.clashes(w, records);

    List<Map<String, Object>> creates = new ArrayList<>();
    List<Map<String, Object>> updates = new ArrayList<>();
    List<Map<String, Object>> links = new ArrayList<>();
    for (DocumentWrite d : records) {
      Map<String, Object> node = stored.get(d.id());
      String problem = problem(d, node, publishers, jurisdictions);
      // A crawl or import does not change the code of a document that exists (curated wins), so
      // only a new document, or a curated one, can take a code and version another one has.
      if (problem == null
          && clashes.containsKey(d.id())
          && (node == null || MergePolicy.curates(w.origin))) {
        problem = DocumentIdentity.problem(d, clashes.get(d.id()));
      }
      if (problem != null) {
        w.reject(d.id(), problem);
        continue;
      }
      accepted.add(d.id());
      boolean curated = MergePolicy.curates(w.origin);
      Map<String, Object> incoming = d.properties();
      if (!curated && incoming.get("url") == null) {
        incoming.put("url", d.provenance().url());
      }
      Map<String, Rule> rules = new LinkedHashMap<>(OBSERVED);
      if (node != null && d.provenance().method().name().equals(node.get("srcMethod"))) {
        rules.put("unverified", Rule.FILL);
      }
      Plan plan = MergePolicy.plan(d.id(), node, incoming, rules, d.provenance(), w.origin);
      w.conflicts.addAll(plan.conflicts());
      Map<String, Object> set = new LinkedHashMap<>(plan.set());
      keys(set);
      switch (plan.outcome()) {
        case CREATED -> {
          w.created++;
          created.add(d.id());
          creates.add(Map.of("props", set));
          boolean newVersion =
              d.previousVersion() != null
                  || !d.supersedes().isEmpty()
                  || families.getOrDefault(d.family(), List.of()).stream()
                      .anyMatch(other -> !other.equals(d.id()));
          w.changes.created(
              newVersion ? ChangeKind.NEW_VERSION : ChangeKind.NEW_DOCUMENT,
              d.id(),
              d.id(),
              d.describe(),
              d.provenance());
        }
        case UPDATED -> {
          w.updated++;
          updates.add(Map.of("id", d.id(), "set", set));
          history(d, plan, incoming);
        }
        case UNCHANGED -> {
          w.unchanged++;
          if (!set.isEmpty()) {
            updates.add(Map.of("id", d.id(), "set", set));
          }
        }
      }
      Map<String, Object> link = new HashMap<>();
      link.put("id", d.id());
      link.put("publisher", d.publisher());
      link.put("codes", d.jurisdictions());
      link.put("previous", d.previousVersion());
      link.put("older", d.supersedes());
      link.put("prov", WriteTx.provenance(d.provenance()));
      link.put("owned", curated);
      link.put("created", plan.outcome() == MergePolicy.Outcome.CREATED);
      links.add(link);
    }
    w.run("UNWIND $rows AS row CREATE (d:Document) SET d = row.props", creates);
    w.run("UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d += row.set", updates);
    links(links);
  }

  /** The lookup keys derived from the code, version and aliases, where those are written. */
  private static void keys(Map<String, Object> set) {
    if (set.containsKey("code")) {
      set.put("codeKey", set.get("code") == null ? null : Ids.codeKey((String) set.get("code")));
    }
    if (set.containsKey("version")) {
      Object version = set.get("version");
      set.put("versionKey", version == null ? null : Ids.codeKey((String) version));
    }
    if (set.containsKey("aliases")) {
      Object aliases = set.get("aliases");
      set.put(
          "aliasKeys",
          aliases == null
              ? null
              : ((List<?>) aliases).stream().map(a -> Ids.codeKey((String) a)).distinct().toList());
    }
  }

  /**
   * The documents' links. Rows of a curated writer ({@code owned}) replace the publisher and the
   * jurisdictions; rows of an observing writer set them on a document it created. Both add versions
   * and supersessions; an observing writer's new document also follows the document of its family
   * it supersedes, when that one has no next version yet.
   */
  private void links(List<Map<String, Object>> rows) {
    w.run(
        """
        UNWIND $rows AS row
        WITH row WHERE row.owned
        MATCH (d:Document {id: row.id})
        CALL (d, row) {
          MATCH (d)-[old:PUBLISHED_BY]->(p:Publisher) WHERE p.id <> row.publisher
          DELETE old
        }
        CALL (d, row) {
          MATCH (d)-[old:APPLIES_IN]->(j:Jurisdiction) WHERE NOT j.code IN row.codes
          DELETE old
        }""",
        rows);
    w.run(
        """
        UNWIND $rows AS row
        WITH row WHERE row.owned OR row.created
        MATCH (d:Document {id: row.id}) MATCH (p:Publisher {id: row.publisher})
        MERGE (d)-[r:PUBLISHED_BY]->(p)
          ON CREATE SET r += row.prov
          ON MATCH SET r += CASE WHEN row.owned THEN row.prov ELSE {} END
        WITH DISTINCT row, d
        UNWIND row.codes AS code
        MATCH (j:Jurisdiction {code: code})
        MERGE (d)-[r:APPLIES_IN]->(j)
          ON CREATE SET r += row.prov
          ON MATCH SET r += CASE WHEN row.owned THEN row.prov ELSE {} END""",
        rows);
    w.run(
        """
        UNWIND $rows AS row
        WITH row WHERE row.previous IS NOT NULL AND (row.owned OR row.created)
        MATCH (d:Document {id: row.id}) MATCH (p:Document {id: row.previous})
        WHERE row.owned OR NOT (p)-[:NEXT_VERSION]->()
        MERGE (p)-[r:NEXT_VERSION]->(d)
          ON CREATE SET r += row.prov
          ON MATCH SET r += CASE WHEN row.owned THEN row.prov ELSE {} END""",
        rows);
    w.run(
        """
        UNWIND $rows AS row
        MATCH (d:Document {id: row.id})
        UNWIND row.older AS olderId
        MATCH (o:Document {id: olderId})
        MERGE (d)-[r:SUPERSEDES]->(o)
          ON CREATE SET r += row.prov
          ON MATCH SET r += CASE WHEN row.owned THEN row.prov ELSE {} END
        WITH row, d, o
        WHERE row.created AND NOT row.owned AND row.previous IS NULL
          AND o.family IS NOT NULL AND o.family = d.family
          AND NOT (o)-[:NEXT_VERSION]->()
        MERGE (o)-[n:NEXT_VERSION]->(d) ON CREATE SET n += row.prov""",
        rows);
  }

  private String problem(
      DocumentWrite d,
      Map<String, Object> node,
      Set<String> publishers,
      Set<String> jurisdictions) {
    if (d.id() == null || !Ids.isDocument(d.id())) {
      return "not a document id";
    }
    if (d.id().equals(d.previousVersion())) {
      return "a document cannot follow itself";
    }
    if (d.status() != null
        && Arrays.stream(DocumentStatus.values()).noneMatch(s -> s.name().equals(d.status()))) {
      return "status '"
          + d.status()
          + "' is not one of "
          + Arrays.toString(DocumentStatus.values());
    }
    if (d.kind() != null
        && Arrays.stream(DocumentKind.values()).noneMatch(k -> k.name().equals(d.kind()))) {
      return "kind '" + d.kind() + "' is not one of " + Arrays.toString(DocumentKind.values());
    }
    if (node != null && !MergePolicy.curates(w.origin)) {
      return null; // an existing document keeps its links; the record only adds to it
    }
    List<String> missing = new ArrayList<>();
    if (d.code() == null || d.code().isBlank()) {
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
      return (node == null ? "a new document needs " : "a curated document needs ")
          + String.join(", ", missing);
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

  /** A change for each group of changed fields: status, comment period, the rest. */
  private void history(DocumentWrite d, Plan plan, Map<String, Object> incoming) {
    BiConsumer<ChangeKind, List<String>> change =
        (kind, fields) ->
            w.changes.changed(
                kind,
                d.id(),
                d.id(),
                fields,
                plan.before(),
                incoming,
                switch (kind) {
                  case STATUS_CHANGED -> plan.before().get("status") + " -> " + d.status();
                  case COMMENT_PERIOD_CHANGED ->
                      "comments "
                          + incoming.get("commentOpens")
                          + " to "
                          + incoming.get("commentCloses");
                  case UPDATED -> String.join(", ", fields) + " changed";
                  default -> d.describe();
                },
                d.provenance());
    if (plan.enrichment()) {
      change.accept(ChangeKind.ENRICHED, plan.changed());
      return;
    }
    List<String> status = MergePolicy.among(plan.changed(), Set.of("status"));
    List<String> period = MergePolicy.among(plan.changed(), COMMENT_PERIOD);
    List<String> rest =
        plan.changed().stream().filter(f -> !status.contains(f) && !period.contains(f)).toList();
    if (!status.isEmpty()) {
      change.accept(ChangeKind.STATUS_CHANGED, status);
    }
    if (!period.isEmpty()) {
      change.accept(ChangeKind.COMMENT_PERIOD_CHANGED, period);
    }
    if (!rest.isEmpty()) {
      change.accept(ChangeKind.UPDATED, rest);
    }
  }

  /** For each family among the records, the ids of the documents the graph holds in it. */
  private Map<String, List<String>> families(List<DocumentWrite> records) {
    List<String> keys =
        records.stream().map(DocumentWrite::family).filter(f -> f != null).distinct().toList();
    Map<String, List<String>> families = new HashMap<>();
    if (keys.isEmpty()) {
      return families;
    }
    for (Record r :
        w.list(
            "UNWIND $keys AS f MATCH (d:Document {family: f}) RETURN f, collect(d.id) AS ids",
            Map.of("keys", keys))) {
      families.put(r.get("f").asString(), r.get("ids").asList(v -> v.asString()));
    }
    return families;
  }
}
