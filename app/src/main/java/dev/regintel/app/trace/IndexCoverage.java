package dev.regintel.app.trace;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.product.ControlView;
import dev.regintel.ontology.Fulfilment;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * documents apply is read by Cypher either way, as ids; what depends on a document alone (its
 * requirements, their ancestors, its routes to conformity), the rules and the controls are kept
 * beside the index ({@link CoverageParts}), so the read carries only what depends on the device:
 * its claims and, for the requirements it leaves uncovered, the ids of the controls elsewhere that
 * satisfy them. What is not held yet is read in a second round trip, once per generation.
 */
@Component
class IndexCoverage {

  private final Graph graph;
  private final MappingIndexKeeper keeper;
  private final Counter partsReads;
  private volatile CoverageParts parts;

  IndexCoverage(Graph graph, MappingIndexKeeper keeper, MeterRegistry registry) {
    this.graph = graph;
    this.keeper = keeper;
    this.partsReads =
        Counter.builder("regintel.coverage.parts.reads")
            .description(
                "Second round trips of coverages, for documents, rules or controls not yet kept"
                    + " beside the mapping index")
            .register(registry);
    Gauge.builder("regintel.coverage.parts.requirements", this, c -> c.requirementsKept())
        .description("Requirements of applicable documents kept beside the mapping index")
        .register(registry);
  }

  private double requirementsKept() {
    CoverageParts kept = parts;
    return kept == null ? 0 : kept.requirements();
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
    params.put("covered", covered(reach));
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
    Map<String, List<String>> knownIds = new HashMap<>();
    for (Value k : row.get("known").values()) {
      knownIds.put(k.get(0).asString(), k.get(1).asList(Value::asString));
    }
    Set<String> controlIds = new LinkedHashSet<>(live.keySet());
    knownIds.values().forEach(controlIds::addAll);
    CoverageParts.Held held = held(index, row.get("applicable"), controlIds);
    if (held == null) {
      return null;
    }
    List<CoverageService.Applied> applied = new ArrayList<>();
    for (Value a : row.get("applicable").values()) {
      applied.add(
          new CoverageService.Applied(
              a.get("market").asString(),
              a.get("via").asString(),
              held.rules().get(a.get("rule").asString()),
              held.documents().get(a.get("document").asString())));
    }
    Map<String, ControlView> controls = new HashMap<>();
    live.keySet().forEach(id -> controls.put(id, held.controls().get(id)));
    Map<String, List<ControlView>> known = new HashMap<>();
    knownIds.forEach(
        (requirement, among) ->
            known.put(requirement, among.stream().map(held.controls()::get).toList()));
    return CoverageService.answer(row, controls, applied, known, reach, today);
  }

  /** The requirements the device reaches at PARTIAL or FULL: no gap of theirs is told. */
  private static List<String> covered(CoverageService.Reach reach) {
    List<String> covered = new ArrayList<>();
    reach
        .best()
        .forEach(
            (id, hit) -> {
              if (hit.fulfilment() != Fulfilment.NONE) {
                covered.add(id);
              }
            });
    return covered;
  }

  /**
   * The rules, documents ({@code applicable}: {@code rule} and {@code document} ids) and controls a
   * coverage needs: those held beside the index, the others read (a second round trip, once per
   * generation) and kept. Null when that read finds the graph moved on, or something missing that
   * the first read named.
   */
  private CoverageParts.Held held(MappingIndex index, Value applicable, Set<String> controlIds) {
    Set<String> ruleIds = new LinkedHashSet<>();
    Set<String> documentIds = new LinkedHashSet<>();
    for (Value a : applicable.values()) {
      ruleIds.add(a.get("rule").asString());
      documentIds.add(a.get("document").asString());
    }
    CoverageParts parts = partsOf(index);
    CoverageParts.Held held = parts.held(ruleIds, documentIds, controlIds);
    CoverageParts.Wanted wanted = held.wanted(ruleIds, documentIds, controlIds);
    if (!wanted.none()) {
      partsReads.increment();
      Record read = graph.read(TraceQueries.COVERAGE_PARTS, wanted.params()).getFirst();
      if (!keeper.readAt(index, read)) {
        return null;
      }
      parts.keep(read, held);
      if (!held.wanted(ruleIds, documentIds, controlIds).none()) {
        // Deleted without a new generation: the index no longer matches the graph.
        keeper.stale();
        return null;
      }
    }
    return held;
  }

  /** The parts kept beside this index, new ones when the index is. */
  private CoverageParts partsOf(MappingIndex index) {
    CoverageParts kept = parts;
    if (kept == null || !kept.belongsTo(index)) {
      kept = new CoverageParts(index);
      parts = kept;
    }
    return kept;
  }
}
