package dev.regintel.app.trace;

import dev.regintel.app.internal.neo4j.Graph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Coverage over the {@link MappingIndex}, as {@link IndexTrace} does a trace: the device's
 * controls' claims are walked in memory, then one read fetches what the answer needs (the device,
 * its controls, what its markets' rules make apply) and checks, in the same read, that the index
 * may answer: the graph is at the index's generation, the device's controls and their SATISFIES
 * edges are those the index holds, and every reached requirement still exists. When any check
 * fails, or the index is not current, there is no answer here and the caller asks Cypher. Which
 * documents apply is read by Cypher either way; only the mappings' expansion is spared.
 */
@Component
class IndexCoverage {

  private final Graph graph;
  private final MappingIndexKeeper keeper;

  IndexCoverage(Graph graph, MappingIndexKeeper keeper) {
    this.graph = graph;
    this.keeper = keeper;
  }

  /** Whether coverage should be walked here at all ({@code regintel.trace.walk}). */
  boolean enabled() {
    return keeper.enabled();
  }

  /**
   * The coverage, or null when the index cannot answer for certain (the caller then asks Cypher).
   * An unknown device or market is answered as by Cypher, from the read.
   *
   * @param codes market codes, checked; null for the device's own
   */
  DeviceCoverageView coverage(String deviceId, List<String> codes, LocalDate today) {
    MappingIndex index = keeper.current();
    if (index == null) {
      return null;
    }
    List<MappingWalk.Start> starts = new ArrayList<>();
    for (String control : index.controlsOf(deviceId)) {
      starts.addAll(index.starts(control));
    }
    if (!index.holdsAll(starts)) {
      keeper.stale();
      return null;
    }
    int hops = TraceService.DEFAULT_HOPS;
    MappingIndex.Neighbourhood around = index.around(starts, hops);
    CoverageService.Reach reach =
        CoverageService.Reach.of(
            new MappingWalk(around.edges()).candidates(starts, hops),
            TraceRows.parents(around.ancestors()));
    List<String> ids = List.copyOf(reach.best().keySet());
    Map<String, Object> params = CoverageService.params(deviceId, codes);
    params.put("ids", ids);
    Record row = CoverageService.found(graph.read(TraceQueries.INDEX_COVERAGE, params), deviceId);
    if (!keeper.readAt(index, row)) {
      return null;
    }
    Map<String, List<MappingWalk.Start>> live = new HashMap<>();
    for (Value claims : row.get("claims").values()) {
      String control = claims.get(0).asString();
      live.put(control, MappingIndexReads.claims(control, claims.get(1)));
    }
    if (!keeper.claimsAgree(index, deviceId, live)) {
      return null;
    }
    if (row.get("found").asLong() != ids.size()) {
      // A requirement deleted without a new generation: the index no longer matches the graph.
      keeper.stale();
      return null;
    }
    return CoverageService.answer(row, reach, today);
  }
}
