package dev.regintel.app.trace;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.jurisdiction.JurisdictionView;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.product.DeviceView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * Coverage of a device: the documents its markets' applicability rules make apply to it (the
 * market's own rules, those of the unions it belongs to, those of its parts), and for each of their
 * requirements the best fulfilment any of the device's controls reaches (by trace), with the
 * organisation's duties apart and the routes to conformity. One read per request (two the first
 * time a document is met in a generation): the mappings walked over the mapping index when {@code
 * regintel.trace.walk} is {@code index} and the index can answer for certain ({@link
 * IndexCoverage}), else by the coverage query.
 */
@Service
public class CoverageService {

  /** The most markets one coverage request may name. */
  public static final int MAX_MARKETS = 40;

  private final Graph graph;
  private final IndexCoverage indexCoverage;

  CoverageService(Graph graph, IndexCoverage indexCoverage) {
    this.graph = graph;
    this.indexCoverage = indexCoverage;
  }

  /**
   * @param jurisdictions target markets; null for the device's own
   * @throws ApiException BAD_USER_INPUT naming every code that is no jurisdiction of the graph,
   *     NOT_FOUND for an unknown device
   */
  public DeviceCoverageView coverage(String deviceId, List<String> jurisdictions, LocalDate today) {
    List<String> markets = TraceService.jurisdictions(jurisdictions);
    if (markets != null && markets.size() > MAX_MARKETS) {
      throw ApiException.badInput(
          "jurisdictions takes at most " + MAX_MARKETS + " codes, not " + markets.size());
    }
    List<String> codes = markets == null || markets.isEmpty() ? null : markets;
    if (indexCoverage.enabled()) {
      DeviceCoverageView view = indexCoverage.coverage(deviceId, codes, today);
      if (view != null) {
        return view;
      }
    }
    return cypherCoverage(deviceId, codes, today);
  }

  /**
   * The coverage by the coverage query: the fallback of the index walk, and its oracle in tests.
   *
   * @param codes market codes, checked; null for the device's own
   */
  DeviceCoverageView cypherCoverage(String deviceId, List<String> codes, LocalDate today) {
    Record row =
        found(
            graph.read(TraceQueries.coverage(TraceService.DEFAULT_HOPS), params(deviceId, codes)),
            deviceId);
    Reach reach =
        Reach.of(
            TraceRows.candidates(row, TraceService.DEFAULT_HOPS),
            TraceRows.parents(row.get("parents")));
    List<Applied> applied = new ArrayList<>();
    Map<String, List<ControlView>> known = new HashMap<>();
    for (Value a : row.get("applicable").values()) {
      applied.add(
          new Applied(
              a.get("market").asString(),
              a.get("via").asString(),
              a.get("rule").asNode(),
              CoverageParts.DocumentPart.of(
                  a.get("document").asNode(), a.get("requirements"), a.get("routes"))));
      for (Value q : a.get("requirements").values()) {
        known.putIfAbsent(
            q.get("id").asString(), q.get("known").asList(k -> ControlView.of(k.asNode())));
      }
    }
    Map<String, ControlView> controls = new HashMap<>();
    for (Value c : row.get("controls").values()) {
      ControlView view = ControlView.of(c.asNode());
      controls.put(view.id(), view);
    }
    return answer(row, controls, applied, known, reach, today);
  }

  /**
   * One document the rules of one market make apply to the device.
   *
   * @param via SELF, WITHIN or PART (see {@link Applicabilities#rule})
   */
  record Applied(String market, String via, Node rule, CoverageParts.DocumentPart part) {}

  /** The parameters of a coverage read: {@code deviceId}, {@code jurisdictions} (may be null). */
  static Map<String, Object> params(String deviceId, List<String> codes) {
    Map<String, Object> params = new HashMap<>();
    params.put("deviceId", deviceId);
    params.put("jurisdictions", codes);
    return params;
  }

  /**
   * The one row of a coverage read ({@link TraceQueries#coverage}, {@link
   * TraceQueries#INDEX_COVERAGE}), once it shows the device exists and every market asked for does.
   */
  static Record found(List<Record> rows, String deviceId) {
    if (rows.isEmpty()) {
      throw ApiException.notFound("No device with id '" + deviceId + "'");
    }
    Record row = rows.getFirst();
    List<String> unknown = row.get("unknown").asList(Value::asString);
    if (!unknown.isEmpty()) {
      throw ApiException.badInput(
          "Unknown market code"
              + (unknown.size() > 1 ? "s " : " ")
              + String.join(", ", unknown)
              + ": jurisdictions takes the codes of jurisdictions the graph holds"
              + " (Query.jurisdictions lists them; EU member states by their ISO 3166 codes)");
    }
    return row;
  }

  /**
   * What the device's controls reach, however walked.
   *
   * @param best the best hit of every reached requirement, over all the device's controls
   * @param byControl each control's own best hits: the evidence of a row
   */
  record Reach(
      Map<String, TraceEngine.Hit> best, Map<String, Map<String, TraceEngine.Hit>> byControl) {

    static Reach of(Collection<Candidate> candidates, List<TraceEngine.Parent> parents) {
      Map<String, Map<String, TraceEngine.Hit>> byControl = new HashMap<>();
      TraceEngine.Order order = TraceEngine.bottomUp(parents);
      candidates.stream()
          .collect(Collectors.groupingBy(Candidate::controlId))
          .forEach((control, own) -> byControl.put(control, TraceEngine.best(own, order)));
      return new Reach(TraceEngine.best(candidates, order), byControl);
    }
  }

  /**
   * The coverage from a coverage read's row ({@code device}, {@code markets}), the device's
   * controls, the documents that apply, and what the device's controls reach.
   *
   * @param known up to 5 controls outside the device that satisfy a requirement, by requirement id
   */
  static DeviceCoverageView answer(
      Record row,
      Map<String, ControlView> controls,
      List<Applied> applied,
      Map<String, List<ControlView>> known,
      Reach reach,
      LocalDate today) {
    DeviceView device = DeviceView.of(row.get("device").asNode());
    CoverageRows assembler = new CoverageRows(reach.best(), reach.byControl(), controls, known);

    Map<String, JurisdictionView> marketViews = new LinkedHashMap<>();
    for (Value m : row.get("markets").values()) {
      JurisdictionView view = JurisdictionView.of(m.asNode());
      marketViews.putIfAbsent(view.code(), view);
    }
    Map<String, CoverageRows.Market> byMarket = new LinkedHashMap<>();
    for (Applied a : applied) {
      Applicabilities.Rule rule =
          Applicabilities.rule(a.rule(), a.market(), a.via(), device, today);
      byMarket
          .computeIfAbsent(a.market(), k -> new CoverageRows.Market())
          .add(
              a.part().document(),
              rule,
              assembler.routes(a.part().routes()),
              a.part().provisions());
    }
    List<JurisdictionCoverageView> out = new ArrayList<>();
    for (JurisdictionView market : marketViews.values()) {
      out.add(
          assembler.jurisdiction(
              market, byMarket.getOrDefault(market.code(), new CoverageRows.Market())));
    }
    return new DeviceCoverageView(device, out);
  }
}
