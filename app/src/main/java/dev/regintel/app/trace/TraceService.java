package dev.regintel.app.trace;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.product.DeviceView;
import dev.regintel.ontology.Fulfilment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Trace and reverse trace: one query each (or, for trace, the mapping index and one read), then the
 * best path per requirement.
 */
@Service
public class TraceService {

  static final int DEFAULT_HOPS = 4;

  private final Graph graph;
  private final IndexTrace indexTrace;

  TraceService(Graph graph, IndexTrace indexTrace) {
    this.graph = graph;
    this.indexTrace = indexTrace;
  }

  static int hops(Integer maxHops) {
    int hops = maxHops == null ? DEFAULT_HOPS : maxHops;
    if (hops < 0 || hops > TraceQueries.MAX_HOPS) {
      throw ApiException.badInput(
          "maxHops must be between 0 and " + TraceQueries.MAX_HOPS + ", not " + hops);
    }
    return hops;
  }

  static List<String> jurisdictions(List<String> codes) {
    if (codes == null) {
      return null;
    }
    for (String code : codes) {
      if (!code.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?|EU|INT")) {
        throw ApiException.badInput(
            "jurisdictions must be ISO 3166 codes, EU or INT, not '" + code + "'");
      }
    }
    return codes;
  }

  /**
   * Every requirement the control reaches within {@code maxHops} mapping steps, best path each:
   * walked over the mapping index when {@code regintel.trace.walk} is {@code index} and the index
   * can answer for certain, else by the trace query.
   */
  public TraceView trace(String controlId, List<String> jurisdictions, Integer maxHops) {
    List<String> filter = jurisdictions(jurisdictions);
    int hops = hops(maxHops);
    if (indexTrace.enabled()) {
      TraceView view = indexTrace.trace(controlId, filter, hops);
      if (view != null) {
        return view;
      }
    }
    return cypherTrace(controlId, filter, hops);
  }

  /** The trace by the trace query: the fallback of the index walk, and its oracle in tests. */
  TraceView cypherTrace(String controlId, List<String> filter, int hops) {
    List<Record> rows = graph.read(TraceQueries.trace(hops), Map.of("controlId", controlId));
    if (rows.isEmpty()) {
      throw ApiException.notFound("No control with id '" + controlId + "'");
    }
    Record row = rows.getFirst();
    Map<String, TraceRows.Node> nodes = TraceRows.nodes(row);
    Map<String, TraceEngine.Hit> best =
        TraceEngine.best(TraceRows.candidates(row, hops), TraceRows.parents(row.get("parents")));
    List<TraceHitView> hits = new ArrayList<>();
    for (TraceEngine.Hit hit :
        chosen(best, id -> TraceRows.inJurisdictions(nodes.get(id), filter))) {
      hits.add(
          new TraceHitView(
              nodes.get(hit.requirementId()).view(),
              hit.fulfilment().name(),
              hit.hops(),
              hit.path()));
    }
    return new TraceView(ControlView.of(row.get("control").asNode()), hits);
  }

  /** The hits a trace answers with: those whose requirement passes the filter, best first. */
  static List<TraceEngine.Hit> chosen(Map<String, TraceEngine.Hit> best, Predicate<String> keep) {
    return best.values().stream()
        .filter(hit -> keep.test(hit.requirementId()))
        .sorted(TraceEngine.BEST_FIRST.thenComparing(TraceEngine.Hit::requirementId))
        .toList();
  }

  /** Every control that reaches the requirement, with the devices implementing it. */
  public ReverseTraceView reverse(String requirementId, Integer maxHops) {
    int hops = hops(maxHops);
    List<Record> rows =
        graph.read(TraceQueries.reverse(hops), Map.of("requirementId", requirementId));
    if (rows.isEmpty()) {
      throw ApiException.notFound("No requirement with id '" + requirementId + "'");
    }
    Record row = rows.getFirst();
    Map<String, ControlView> controls = new LinkedHashMap<>();
    for (Value c : row.get("controls").values()) {
      ControlView view = ControlView.of(c.asNode());
      controls.put(view.id(), view);
    }
    Map<String, List<DeviceView>> devices = new HashMap<>();
    for (Value d : row.get("devices").values()) {
      List<DeviceView> list =
          devices.computeIfAbsent(d.get("control").asString(), k -> new ArrayList<>());
      if (!d.get("device").isNull()) {
        list.add(DeviceView.of(d.get("device").asNode()));
      }
    }
    // The best path per control: FULL first, then fewest hops.
    Map<String, Candidate> bestPerControl = new LinkedHashMap<>();
    Comparator<Candidate> order =
        Comparator.comparing(Candidate::fulfilment)
            .thenComparingInt(Candidate::hops)
            .thenComparing(c -> c.nodeIds().toString());
    for (Candidate c : TraceRows.candidates(row, hops)) {
      if (c.targetId().equals(requirementId) && c.fulfilment() != Fulfilment.NONE) {
        bestPerControl.merge(c.controlId(), c, (a, b) -> order.compare(a, b) <= 0 ? a : b);
      }
    }
    List<ReverseTraceHitView> hits =
        bestPerControl.values().stream()
            .sorted(order.thenComparing(Candidate::controlId))
            .map(
                c ->
                    new ReverseTraceHitView(
                        controls.get(c.controlId()),
                        devices.getOrDefault(c.controlId(), List.of()),
                        c.fulfilment().name(),
                        c.hops(),
                        c.steps()))
            .toList();
    return new ReverseTraceView(
        dev.regintel.app.requirement.RequirementView.of(row.get("requirement").asNode()), hits);
  }
}
