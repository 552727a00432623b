package dev.regintel.app.trace;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.requirement.RequirementView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Trace over the {@link MappingIndex}: the walk runs in memory over the neighbourhood the index
 * gives, then one read fetches the control and the reached requirements and checks, in the same
 * read, that the index may answer: the graph is at the index's generation, the control's SATISFIES
 * edges are those the index holds, and every reached requirement still exists. When any check
 * fails, or the index is not current, there is no answer here and the caller asks Cypher.
 */
@Component
class IndexTrace {

  private final Graph graph;
  private final MappingIndexKeeper keeper;

  IndexTrace(Graph graph, MappingIndexKeeper keeper) {
    this.graph = graph;
    this.keeper = keeper;
  }

  /** Whether traces should be walked here at all ({@code regintel.trace.walk}). */
  boolean enabled() {
    return keeper.enabled();
  }

  /**
   * The trace, or null when the index cannot answer for certain (the caller then asks Cypher).
   *
   * @param filter jurisdiction codes, checked; null or empty for all
   */
  TraceView trace(String controlId, List<String> filter, int hops) {
    MappingIndex index = keeper.current();
    if (index == null) {
      return null;
    }
    List<MappingWalk.Start> starts = index.starts(controlId);
    if (!index.holdsAll(starts)) {
      keeper.stale();
      return null;
    }
    MappingIndex.Neighbourhood around = index.around(starts, hops);
    Map<String, TraceEngine.Hit> best =
        TraceEngine.best(
            new MappingWalk(around.edges()).candidates(new ArrayList<>(starts), hops),
            TraceRows.parents(around.ancestors()));
    List<TraceEngine.Hit> chosen =
        TraceService.chosen(best, id -> TraceRows.inJurisdictions(index.jurisdictions(id), filter));
    List<String> ids = chosen.stream().map(TraceEngine.Hit::requirementId).toList();
    Record row =
        graph.read(TraceQueries.INDEX_TRACE, Map.of("controlId", controlId, "ids", ids)).getFirst();
    if (!keeper.readAt(index, row)) {
      return null;
    }
    if (row.get("control").isNull()) {
      throw ApiException.notFound("No control with id '" + controlId + "'");
    }
    if (!keeper.claimsAgree(
        index, null, Map.of(controlId, MappingIndexReads.claims(controlId, row.get("starts"))))) {
      return null;
    }
    Map<String, RequirementView> views = new HashMap<>();
    for (Value n : row.get("nodes").values()) {
      RequirementView view = RequirementView.of(n);
      views.put(view.id(), view);
    }
    if (!views.keySet().containsAll(ids)) {
      // A requirement deleted without a new generation: the index no longer matches the graph.
      keeper.stale();
      return null;
    }
    List<TraceHitView> hits = new ArrayList<>(chosen.size());
    for (TraceEngine.Hit hit : chosen) {
      hits.add(
          new TraceHitView(
              views.get(hit.requirementId()), hit.fulfilment().name(), hit.hops(), hit.path()));
    }
    return new TraceView(ControlView.of(row.get("control").asNode()), hits);
  }
}
