package dev.regintel.app.drafts;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.document.VersionOrder;
import dev.regintel.app.history.ChangeView;
import dev.regintel.app.internal.neo4j.Graph;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** The Cypher behind the drafts queries: one read per request, the filters inside it. */
@Repository
public class DraftsRepository {

  private final Graph graph;

  DraftsRepository(Graph graph) {
    this.graph = graph;
  }

  /** A document with a comment period, and the jurisdiction its publisher is based in. */
  public record Commentable(DocumentView document, String publisherJurisdiction) {}

  /**
   * Documents whose comment period may be open on some day from {@code earliest} to {@code latest}:
   * closing on or after the first, opened (or with no known opening) on or before the last; soonest
   * closing first.
   */
  public List<Commentable> commentable(LocalDate earliest, LocalDate latest, DraftFilter filter) {
    Map<String, Object> params = filter.params();
    params.put("earliest", earliest);
    params.put("latest", latest);
    return graph
        .read(
            """
            MATCH (d:Document)
            WHERE d.commentCloses >= $earliest
              AND coalesce(d.commentOpens, d.published, $latest) <= $latest
              AND %s
            OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(:Publisher)-[:BASED_IN]->(j:Jurisdiction)
            RETURN d, j.code AS zone ORDER BY d.commentCloses, d.id"""
                .formatted(DraftFilter.MATCHES),
            params)
        .stream()
        .map(
            r ->
                new Commentable(
                    DocumentView.of(r.get("d").asNode()),
                    r.get("zone").isNull() ? null : r.get("zone").asString()))
        .toList();
  }

  /** Changes after {@code since} to documents the filter matches, newest first, at most limit. */
  List<ChangeView> changes(
      OffsetDateTime since, List<String> changeKinds, DraftFilter filter, int limit) {
    Map<String, Object> params = filter.params();
    params.put("since", since);
    params.put("changeKinds", changeKinds);
    params.put("limit", limit);
    return graph
        .read(
            """
            MATCH (c:Change) WHERE c.at > $since
              AND ($changeKinds IS NULL OR c.kind IN $changeKinds)
            MATCH (d:Document {id: c.documentId})
            WHERE %s
            RETURN c, d ORDER BY c.at DESC, c.id LIMIT $limit"""
                .formatted(DraftFilter.MATCHES),
            params)
        .stream()
        .map(r -> ChangeView.of(r.get("c").asNode(), DocumentView.of(r.get("d").asNode())))
        .toList();
  }

  /**
   * Changes after the change at {@code at} with id {@code id} (in the order of time, then id) to
   * documents the filter matches, oldest first, at most {@code limit}: what a subscription has not
   * yet delivered.
   */
  public List<ChangeView> changesAfter(
      OffsetDateTime at, String id, List<String> changeKinds, DraftFilter filter, int limit) {
    Map<String, Object> params = filter.params();
    params.put("at", at);
    params.put("id", id);
    params.put("changeKinds", changeKinds);
    params.put("limit", limit);
    return graph
        .read(
            """
            MATCH (c:Change) WHERE (c.at > $at OR (c.at = $at AND c.id > $id))
              AND ($changeKinds IS NULL OR c.kind IN $changeKinds)
            MATCH (d:Document {id: c.documentId})
            WHERE %s
            RETURN c, d ORDER BY c.at, c.id LIMIT $limit"""
                .formatted(DraftFilter.MATCHES),
            params)
        .stream()
        .map(r -> ChangeView.of(r.get("c").asNode(), DocumentView.of(r.get("d").asNode())))
        .toList();
  }

  /**
   * Documents whose date falls in {@code from..to} (a month- or year-only date when its month or
   * year overlaps them), oldest first by {@link VersionOrder}, at most {@code limit}.
   */
  List<DocumentView> published(LocalDate from, LocalDate to, DraftFilter filter, int limit) {
    Map<String, Object> params = filter.params();
    params.put("from", from);
    params.put("to", to);
    params.put("limit", limit);
    return graph
        .read(
            """
            MATCH (d:Document)
            WHERE d.published <= $to AND %s >= $from
              AND %s
            RETURN d ORDER BY %s LIMIT $limit"""
                .formatted(
                    VersionOrder.periodEnd("d"),
                    DraftFilter.MATCHES,
                    VersionOrder.oldestFirst("d")),
            params)
        .stream()
        .map(r -> DocumentView.of(r.get("d").asNode()))
        .toList();
  }
}
