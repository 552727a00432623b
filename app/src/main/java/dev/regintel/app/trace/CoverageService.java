package dev.regintel.app.trace;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.internal.neo4j.Values;
import dev.regintel.app.jurisdiction.JurisdictionView;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.product.DeviceView;
import dev.regintel.app.requirement.RequirementView;
import dev.regintel.ontology.Fulfilment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * Coverage of a device: the documents its markets' applicability rules make apply to it, and for
 * each of their requirements the best fulfilment any of the device's controls reaches (by trace).
 * One query per request.
 */
@Service
public class CoverageService {

  private final Graph graph;

  CoverageService(Graph graph) {
    this.graph = graph;
  }

  public DeviceCoverageView coverage(String deviceId, List<String> jurisdictions, LocalDate today) {
    List<String> markets = TraceService.jurisdictions(jurisdictions);
    Map<String, Object> params = new HashMap<>();
    params.put("deviceId", deviceId);
    params.put("jurisdictions", markets == null || markets.isEmpty() ? null : markets);
    List<Record> rows = graph.read(TraceQueries.coverage(TraceService.DEFAULT_HOPS), params);
    if (rows.isEmpty()) {
      throw ApiException.notFound("No device with id '" + deviceId + "'");
    }
    Record row = rows.getFirst();
    Map<String, ControlView> controls = new HashMap<>();
    for (Value c : row.get("controls").values()) {
      ControlView view = ControlView.of(c.asNode());
      controls.put(view.id(), view);
    }
    Map<String, TraceEngine.Hit> best =
        TraceEngine.best(
            TraceRows.candidates(row, TraceService.DEFAULT_HOPS),
            TraceRows.parents(row.get("parents")));

    Map<String, JurisdictionView> marketViews = new LinkedHashMap<>();
    for (Value m : row.get("markets").values()) {
      JurisdictionView view = JurisdictionView.of(m.asNode());
      marketViews.put(view.code(), view);
    }
    Map<String, Map<String, ApplicabilityView>> applicable = new LinkedHashMap<>();
    Map<String, Map<String, RequirementView>> requirements = new LinkedHashMap<>();
    for (Value a : row.get("applicable").values()) {
      if (a.isNull()) {
        continue;
      }
      String market = a.get("market").asString();
      DocumentView doc = DocumentView.of(a.get("document").asNode());
      String reason = reason(a.get("rule").asNode(), market, today);
      applicable
          .computeIfAbsent(market, k -> new LinkedHashMap<>())
          .merge(
              doc.id(),
              new ApplicabilityView(
                  doc, reason, Values.strings(a.get("rule").asNode(), "unverified")),
              ApplicabilityView::and);
      Map<String, RequirementView> reqs =
          requirements.computeIfAbsent(market, k -> new LinkedHashMap<>());
      for (Value q : a.get("requirements").values()) {
        RequirementView view = RequirementView.of(q);
        reqs.putIfAbsent(view.id(), view);
      }
    }
    List<JurisdictionCoverageView> out = new ArrayList<>();
    for (JurisdictionView market : marketViews.values()) {
      List<CoverageRowView> coverageRows = new ArrayList<>();
      Map<Fulfilment, Integer> counts = new EnumMap<>(Fulfilment.class);
      for (RequirementView q : requirements.getOrDefault(market.code(), Map.of()).values()) {
        TraceEngine.Hit hit = best.get(q.id());
        Fulfilment fulfilment = hit == null ? Fulfilment.NONE : hit.fulfilment();
        List<ControlView> via =
            hit == null
                ? List.of()
                : hit.controls().stream()
                    .sorted()
                    .map(controls::get)
                    .filter(c -> c != null)
                    .toList();
        coverageRows.add(new CoverageRowView(q, fulfilment.name(), via));
        counts.merge(fulfilment, 1, Integer::sum);
      }
      out.add(
          new JurisdictionCoverageView(
              market,
              List.copyOf(applicable.getOrDefault(market.code(), Map.of()).values()),
              coverageRows,
              counts.getOrDefault(Fulfilment.FULL, 0),
              counts.getOrDefault(Fulfilment.PARTIAL, 0),
              counts.getOrDefault(Fulfilment.NONE, 0)));
    }
    return new DeviceCoverageView(DeviceView.of(row.get("device").asNode()), out);
  }

  /** The rule's reason, with when it starts to apply and where it comes from, when that matters. */
  static String reason(Node rule, String market, LocalDate today) {
    StringBuilder reason = new StringBuilder(rule.get("reason").asString(""));
    String ruleJurisdiction = rule.get("jurisdiction").asString("");
    if (!ruleJurisdiction.equals(market)) {
      reason
          .append(" (a rule of ")
          .append(ruleJurisdiction)
          .append(", part of ")
          .append(market)
          .append(")");
    }
    Value from = rule.get("from");
    if (!from.isNull() && from.asLocalDate().isAfter(today)) {
      reason.append(" Applies from ").append(from.asLocalDate()).append(", not yet in effect.");
    }
    return reason.toString().trim();
  }
}
