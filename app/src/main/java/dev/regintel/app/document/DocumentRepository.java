package dev.regintel.app.document;

import dev.regintel.app.internal.graphql.Page;
import dev.regintel.app.internal.neo4j.Batch;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.internal.neo4j.Values;
import dev.regintel.app.jurisdiction.JurisdictionView;
import dev.regintel.app.jurisdiction.PublisherView;
import dev.regintel.ontology.Ids;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** Documents in the graph: lookups, filtered lists, and batched neighbours. */
@Repository
public class DocumentRepository {

  /**
   * Current version first: in force or final, then drafts, then superseded or withdrawn; newest
   * first.
   */
  static final String CURRENT_FIRST =
      """
      CASE d.status WHEN 'IN_FORCE' THEN 0 WHEN 'FINAL' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END,
      d.published DESC, d.id""";

  /**
   * The families {@code $familyKey} names through the code or alias of one of their documents
   * ('NISTIR 8259A' names the family of NISTIR 8259A), as {@code families}; read once per query.
   */
  static final String FAMILIES =
      """
      CALL () {
        OPTIONAL MATCH (m:Document)
        WHERE $familyKey IS NOT NULL
          AND (m.codeKey = $familyKey OR $familyKey IN coalesce(m.aliasKeys, []))
        RETURN collect(DISTINCT m.family) AS families
      }""";

  /**
   * Whether {@code d} is in the family {@code $familyKey} names (after {@link #FAMILIES}): a family
   * id ('nist-ir-8259') or the code or alias of any document of the family ('NISTIR 8259A'), both
   * compared as code keys. A document without a family is a family of its own, named by its code.
   */
  static final String IN_FAMILY =
      """
      (toLower(replace(coalesce(d.family, ''), '-', '')) = $familyKey
       OR d.family IN families
       OR (d.family IS NULL AND (d.codeKey = $familyKey OR $familyKey IN coalesce(d.aliasKeys, []))))""";

  private final Graph graph;
  private final Batch batch;

  DocumentRepository(Graph graph, Batch batch) {
    this.graph = graph;
    this.batch = batch;
  }

  /** The documents a code (and version) may name, best first, each with its family. */
  public record Candidate(DocumentView document, String family, boolean hasProvisions) {}

  /**
   * The documents a code (and version) names, matching ignoring case, spaces and punctuation, best
   * first: those with provisions before those without, then in force or final before drafts, then
   * the newest. The indexed official code is tried first; only when nothing has that code are the
   * documents' aliases ('NIS 2', 'California SB-327') searched. At most 20.
   */
  public List<Candidate> candidates(String code, String version) {
    Map<String, Object> params = new HashMap<>();
    params.put("key", Ids.codeKey(code));
    params.put("versionKey", version == null ? null : Ids.codeKey(version));
    String pick =
        """
        WITH d WHERE $versionKey IS NULL OR d.versionKey = $versionKey
        WITH d, EXISTS { (d)-[:HAS_REQUIREMENT]->() } AS hasProvisions
        RETURN d, hasProvisions ORDER BY hasProvisions DESC, %s LIMIT 20"""
            .formatted(CURRENT_FIRST);
    List<Candidate> byCode =
        candidates(graph.read("MATCH (d:Document {codeKey: $key})\n" + pick, params));
    if (!byCode.isEmpty()) {
      return byCode;
    }
    return candidates(graph.read("MATCH (d:Document) WHERE $key IN d.aliasKeys\n" + pick, params));
  }

  private static List<Candidate> candidates(List<Record> rows) {
    return rows.stream()
        .map(
            r -> {
              var node = r.get("d").asNode();
              String family = Values.str(node, "family");
              return new Candidate(
                  DocumentView.of(node),
                  family == null ? node.get("id").asString() : family,
                  r.get("hasProvisions").asBoolean());
            })
        .toList();
  }

  /**
   * Every document whose code is one of {@code codes} (as code keys): all versions of a work found
   * by an alias that only its latest version carries ('UK SI 2023/1007' names the made Regulations;
   * their draft has the official code 'SI 2023/1007' only).
   */
  public List<DocumentView> withCodesOf(Collection<String> codes) {
    return graph
        .read(
            "UNWIND $keys AS k MATCH (d:Document {codeKey: k}) RETURN DISTINCT d",
            Map.of("keys", codes.stream().map(Ids::codeKey).distinct().toList()))
        .stream()
        .map(r -> DocumentView.of(r.get("d").asNode()))
        .toList();
  }

  /** The filtered list in the given order, one page of it, and the total, in one query. */
  public Page.Connection<DocumentView> list(DocumentFilter filter, DocumentOrder order, Page page) {
    DocumentFilter f = filter == null ? DocumentFilter.NONE : filter;
    Map<String, Object> params = new HashMap<>();
    params.put("familyKey", f.family() == null ? null : Ids.codeKey(f.family()));
    params.put("publisher", f.publisher());
    params.put("publisherKey", f.publisher() == null ? null : Ids.codeKey(f.publisher()));
    params.put("jurisdiction", f.jurisdiction());
    params.put("kind", f.kind());
    params.put("status", f.status());
    params.put("from", f.publishedFrom());
    params.put("to", f.publishedTo());
    params.put("skip", page.offset());
    params.put("limit", page.limit());
    Record row =
        graph
            .read(
                """
        %s
        MATCH (d:Document)
        WHERE ($kind IS NULL OR d.kind = $kind)
          AND ($status IS NULL OR d.status = $status)
          AND ($from IS NULL OR d.published >= $from)
          AND ($to IS NULL OR d.published <= $to)
          AND ($jurisdiction IS NULL OR EXISTS { (d)-[:APPLIES_IN]->(:Jurisdiction {code: $jurisdiction}) })
          AND ($publisher IS NULL OR EXISTS {
                (d)-[:PUBLISHED_BY]->(p:Publisher)
                WHERE p.id = $publisher OR toLower(p.abbreviation) = toLower($publisher)
                   OR p.id = 'pub:' + $publisherKey OR toLower(p.name) = toLower($publisher) })
          AND ($familyKey IS NULL OR %s)
        WITH d ORDER BY %s
        WITH collect(d) AS items
        RETURN size(items) AS total, items[$skip..($skip + $limit)] AS page"""
                    .formatted(FAMILIES, IN_FAMILY, orderBy(order)),
                params)
            .getFirst();
    List<DocumentView> items = row.get("page").asList(v -> DocumentView.of(v.asNode()));
    return page.connection(items, row.get("total").asLong());
  }

  private static String orderBy(DocumentOrder order) {
    return switch (order == null ? DocumentOrder.CODE : order) {
      case CODE -> "d.code, " + VersionOrder.oldestFirst("d");
      case PUBLISHED -> VersionOrder.oldestFirst("d");
      case PUBLISHED_DESC -> VersionOrder.newestFirst("d");
    };
  }

  Map<DocumentView, PublisherView> publishers(Collection<DocumentView> docs) {
    return batch.one(
        docs,
        DocumentView::id,
        """
        UNWIND $ids AS id
        MATCH (:Document {id: id})-[:PUBLISHED_BY]->(p:Publisher)
        RETURN id, p""",
        r -> PublisherView.of(r.get("p").asNode()));
  }

  Map<DocumentView, List<JurisdictionView>> jurisdictions(Collection<DocumentView> docs) {
    return batch.many(
        docs,
        DocumentView::id,
        """
        UNWIND $ids AS id
        MATCH (:Document {id: id})-[:APPLIES_IN]->(j:Jurisdiction)
        RETURN id, j ORDER BY j.code""",
        r -> JurisdictionView.of(r.get("j").asNode()));
  }

  /**
   * Every version linked by NEXT_VERSION or SUPERSEDES in either direction, the document included,
   * oldest first by {@link VersionOrder}: so what a document supersedes comes before it.
   */
  Map<DocumentView, List<DocumentView>> versions(Collection<DocumentView> docs) {
    return batch.many(
        docs,
        DocumentView::id,
        """
        UNWIND $ids AS id
        MATCH (d:Document {id: id})
        OPTIONAL MATCH (d)-[:NEXT_VERSION|SUPERSEDES]-{0,50}(v:Document)
        WITH id, collect(DISTINCT v) AS versions
        UNWIND versions AS v
        RETURN id, v ORDER BY %s"""
            .formatted(VersionOrder.oldestFirst("v")),
        r -> DocumentView.of(r.get("v").asNode()));
  }

  /** The newest document each one replaces, by {@link VersionOrder}. */
  Map<DocumentView, DocumentView> supersedes(Collection<DocumentView> docs) {
    return batch.one(
        docs,
        DocumentView::id,
        """
        UNWIND $ids AS id
        MATCH (:Document {id: id})-[:SUPERSEDES]->(o:Document)
        RETURN id, o ORDER BY %s"""
            .formatted(VersionOrder.newestFirst("o")),
        r -> DocumentView.of(r.get("o").asNode()));
  }

  /** The oldest document that replaces each one, by {@link VersionOrder}. */
  Map<DocumentView, DocumentView> supersededBy(Collection<DocumentView> docs) {
    return batch.one(
        docs,
        DocumentView::id,
        """
        UNWIND $ids AS id
        MATCH (:Document {id: id})<-[:SUPERSEDES]-(n:Document)
        RETURN id, n ORDER BY %s"""
            .formatted(VersionOrder.oldestFirst("n")),
        r -> DocumentView.of(r.get("n").asNode()));
  }

  /** Documents by id, for batches of requirements that point at them. */
  public Map<String, DocumentView> byIds(Collection<String> ids) {
    Map<String, DocumentView> out = new HashMap<>();
    graph
        .read(
            "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d",
            Map.of("ids", List.copyOf(ids)))
        .forEach(
            r -> {
              DocumentView d = DocumentView.of(r.get("d").asNode());
              out.put(d.id(), d);
            });
    return out;
  }
}
