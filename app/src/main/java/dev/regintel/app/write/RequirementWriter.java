package dev.regintel.app.write;

import dev.regintel.app.write.MergePolicy.Outcome;
import dev.regintel.app.write.MergePolicy.Plan;
import dev.regintel.app.write.MergePolicy.Rule;
import dev.regintel.ontology.ChangeKind;
import dev.regintel.ontology.Ids;
import dev.regintel.ontology.Label;
import dev.regintel.ontology.Obligation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;

/**
 * Writes requirements by the {@link MergePolicy}: each belongs to a document that exists or is
 * written in the same transaction; a new one is appended to its document unless its record gives
 * its place; it hangs under its parent ({@code HAS_PART}) when its stored parent is the one the
 * record names. A curated writer moves a requirement to the parent it names.
 */
final class RequirementWriter {

  private final WriteTx w;

  RequirementWriter(WriteTx w) {
    this.w = w;
  }

  /**
   * @param documents ids of the documents written in this transaction
   * @param createdDocuments those of them it created (their requirements are no news of their own)
   */
  void write(List<RequirementWrite> records, Set<String> documents, Set<String> createdDocuments) {
    if (records.isEmpty()) {
      return;
    }
    Set<String> documentIds = new HashSet<>(documents);
    documentIds.addAll(
        w.existing(
            Label.Document.name(),
            "id",
            records.stream().map(RequirementWrite::documentId).toList()));
    List<RequirementWrite> valid = new ArrayList<>();
    for (RequirementWrite r : records) {
      String problem = problem(r, documentIds);
      if (problem == null) {
        valid.add(r);
      } else {
        w.reject((r.documentId() + " " + r.ref()).strip(), problem);
      }
    }
    Map<String, Map<String, Object>> stored =
        w.stored(Label.Requirement.name(), valid.stream().map(RequirementWrite::id).toList());
    Map<String, Long> nextOrder = nextOrder(valid, stored);
    List<Map<String, Object>> creates = new ArrayList<>();
    List<Map<String, Object>> updates = new ArrayList<>();
    List<Map<String, Object>> links = new ArrayList<>();
    List<Map<String, Object>> newLinks = new ArrayList<>();
    for (RequirementWrite r : valid) {
      Map<String, Object> node = stored.get(r.id());
      boolean curated = MergePolicy.curates(w.origin);
      Map<String, Object> incoming = r.properties();
      if (!curated) {
        incoming.remove("order"); // an observing writer appends; it never reorders
        incoming.remove("textIsOfficial");
      }
      Plan plan =
          MergePolicy.plan(r.id(), node, incoming, rules(r, node), r.provenance(), w.origin);
      w.conflicts.addAll(plan.conflicts());
      Map<String, Object> set = new LinkedHashMap<>(plan.set());
      if (set.containsKey("ref")) {
        set.put("refKey", Ids.slug(r.ref()));
      }
      switch (plan.outcome()) {
        case CREATED -> {
          w.created++;
          set.put("documentId", r.documentId());
          if (r.order() == null || !curated) {
            set.put("order", nextOrder.merge(r.documentId(), 1L, Long::sum) - 1);
          }
          if (!curated) {
            set.put("textIsOfficial", r.content().text() != null);
          }
          creates.add(Map.of("props", set));
          if (!createdDocuments.contains(r.documentId())) {
            w.changes.created(
                ChangeKind.REQUIREMENT_ADDED,
                r.documentId(),
                r.id(),
                r.ref() + (r.content().title() == null ? "" : ": " + r.content().title()),
                r.provenance());
          }
        }
        case UPDATED -> {
          w.updated++;
          if (!curated && plan.changed().contains("text")) {
            set.put("textIsOfficial", true);
          }
          updates.add(Map.of("id", r.id(), "set", set));
          w.changes.changed(
              plan.enrichment() ? ChangeKind.ENRICHED : ChangeKind.REQUIREMENT_CHANGED,
              r.documentId(),
              r.id(),
              plan.changed(),
              plan.before(),
              incoming,
              r.ref() + ": " + String.join(", ", plan.changed()),
              r.provenance());
        }
        case UNCHANGED -> {
          w.unchanged++;
          if (!set.isEmpty()) {
            updates.add(Map.of("id", r.id(), "set", set));
          }
        }
      }
      Map<String, Object> link = new HashMap<>();
      link.put("id", r.id());
      link.put("documentId", r.documentId());
      link.put("parentId", r.parentId());
      link.put("owned", curated);
      link.put("prov", WriteTx.provenance(r.provenance()));
      (plan.outcome() == Outcome.CREATED ? newLinks : links).add(link);
    }
    w.run("UNWIND $rows AS row CREATE (r:Requirement) SET r = row.props", creates);
    w.run("UNWIND $rows AS row MATCH (r:Requirement {id: row.id}) SET r += row.set", updates);
    // A requirement created just now has no links yet: they are created, not merged. MERGE would
    // look for each among the document's links, which for a catalog of a thousand requirements
    // written in one transaction costs seconds.
    w.run(
        """
        UNWIND $rows AS row
        MATCH (d:Document {id: row.documentId}) MATCH (r:Requirement {id: row.id})
        CREATE (d)-[h:HAS_REQUIREMENT]->(r) SET h += row.prov
        WITH row, r
        WHERE row.parentId IS NOT NULL AND r.parentId = row.parentId
        MATCH (p:Requirement {id: row.parentId})
        CREATE (p)-[h:HAS_PART]->(r) SET h += row.prov""",
        newLinks);
    w.run(
        """
        UNWIND $rows AS row
        MATCH (d:Document {id: row.documentId}) MATCH (r:Requirement {id: row.id})
        MERGE (d)-[h:HAS_REQUIREMENT]->(r)
          ON CREATE SET h += row.prov
          ON MATCH SET h += CASE WHEN row.owned THEN row.prov ELSE {} END
        WITH row, r
        OPTIONAL MATCH (o:Requirement)-[old:HAS_PART]->(r)
          WHERE row.owned AND o.id <> coalesce(row.parentId, '')
        DELETE old
        WITH DISTINCT row, r
        WHERE row.parentId IS NOT NULL AND r.parentId = row.parentId
        MATCH (p:Requirement {id: row.parentId})
        MERGE (p)-[h:HAS_PART]->(r)
          ON CREATE SET h += row.prov
          ON MATCH SET h += CASE WHEN row.owned THEN row.prov ELSE {} END""",
        links);
  }

  /** The fields an observing writer may update, and how (see {@link MergePolicy}). */
  private static Map<String, Rule> rules(RequirementWrite r, Map<String, Object> node) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    rules.put("ref", Rule.FILL);
    rules.put("title", Rule.FILL);
    // An official text is a fact to compare; a paraphrase of ours only gives way to the source's.
    rules.put(
        "text",
        node != null && Boolean.TRUE.equals(node.get("textIsOfficial")) ? Rule.FACT : Rule.FILL);
    rules.put("obligation", Rule.FACT);
    rules.put("parentId", Rule.FACT);
    if (node != null && r.provenance().method().name().equals(node.get("srcMethod"))) {
      rules.put("unverified", Rule.FILL);
    }
    return rules;
  }

  private static String problem(RequirementWrite r, Set<String> documentIds) {
    if (r.documentId() == null || !Ids.isDocument(r.documentId())) {
      return "not a document id";
    }
    if (!documentIds.contains(r.documentId())) {
      return "its document " + r.documentId() + " is neither in the graph nor in this write";
    }
    if (r.ref() == null || r.ref().isBlank()) {
      return "no ref";
    }
    if (r.id() == null || r.id().isBlank()) {
      return "no id";
    }
    if (r.content().obligation() != null
        && Arrays.stream(Obligation.values())
            .noneMatch(o -> o.name().equals(r.content().obligation()))) {
      return "obligation '"
          + r.content().obligation()
          + "' is not one of "
          + Arrays.toString(Obligation.values());
    }
    return null;
  }

  /** For each document that gets a requirement appended, the next free place. */
  private Map<String, Long> nextOrder(
      List<RequirementWrite> records, Map<String, Map<String, Object>> stored) {
    List<String> appending =
        records.stream()
            .filter(
                r ->
                    !stored.containsKey(r.id())
                        && (r.order() == null || !MergePolicy.curates(w.origin)))
            .map(RequirementWrite::documentId)
            .distinct()
            .toList();
    Map<String, Long> next = new HashMap<>();
    if (appending.isEmpty()) {
      return next;
    }
    for (Record row :
        w.list(
            """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            OPTIONAL MATCH (d)-[:HAS_REQUIREMENT]->(r:Requirement)
            RETURN id, coalesce(max(r.order) + 1, 0) AS next""",
            Map.of("ids", appending))) {
      next.put(row.get("id").asString(), row.get("next").asLong());
    }
    // A document created in this transaction has no row yet: it starts at 0.
    appending.forEach(id -> next.putIfAbsent(id, 0L));
    return next;
  }
}
