package dev.regintel.app.trace;

import dev.regintel.app.document.DocumentView;
import dev.regintel.app.jurisdiction.JurisdictionView;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.requirement.RequirementView;
import dev.regintel.ontology.ApplicabilityScope;
import dev.regintel.ontology.Duty;
import dev.regintel.ontology.Fulfilment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns what the coverage query read for a device into rows: the best fulfilment of each applicable
 * requirement with its controls and path, whose duty it is, why a NONE row is NONE, and how far the
 * device already meets each route to conformity.
 */
final class CoverageRows {

  /** What the rules of one market make apply, gathered document by document. */
  static final class Market {
    final Map<String, ApplicabilityView> applicable = new LinkedHashMap<>();
    final Map<String, RequirementView> requirements = new LinkedHashMap<>();
    final Map<String, String> scopes = new LinkedHashMap<>();
    final Map<String, Boolean> organisation = new LinkedHashMap<>();

    void add(
        DocumentView doc,
        Applicabilities.Rule rule,
        List<ConformityRouteView> routes,
        List<CoverageParts.Provision> provisions) {
      applicable.merge(
          doc.id(),
          new ApplicabilityView(
              doc,
              rule.reason(),
              rule.reasonJa(),
              rule.unverified(),
              List.of(rule.id()),
              rule.scope(),
              List.of(rule.jurisdiction()),
              rule.inForce(),
              routes),
          ApplicabilityView::and);
      for (CoverageParts.Provision p : provisions) {
        if (!rule.includes(p.refs())) {
          continue;
        }
        String id = p.view().id();
        requirements.putIfAbsent(id, p.view());
        scopes.merge(id, rule.scope(), CoverageRows::stronger);
        organisation.merge(id, rule.organisationDuty(p.refs()), (a, b) -> a || b);
      }
    }
  }

  private final Map<String, TraceEngine.Hit> best;
  private final Map<String, Map<String, TraceEngine.Hit>> byControl;
  private final Map<String, ControlView> controls;
  private final Map<String, List<ControlView>> known;

  /**
   * @param best the best hit of every reached requirement, over all the device's controls
   * @param byControl each control's own best hits
   * @param known up to 5 controls outside the device that satisfy a requirement, by requirement id,
   *     for at least every requirement the device does not cover that has some
   */
  CoverageRows(
      Map<String, TraceEngine.Hit> best,
      Map<String, Map<String, TraceEngine.Hit>> byControl,
      Map<String, ControlView> controls,
      Map<String, List<ControlView>> known) {
    this.best = best;
    this.byControl = byControl;
    this.controls = controls;
    this.known = known;
  }

  /** The coverage of one market from what its rules made apply. */
  JurisdictionCoverageView jurisdiction(JurisdictionView market, Market m) {
    List<CoverageRowView> device = new ArrayList<>();
    List<CoverageRowView> organisation = new ArrayList<>();
    Map<Fulfilment, Integer> deviceCounts = new EnumMap<>(Fulfilment.class);
    Map<Fulfilment, Integer> organisationCounts = new EnumMap<>(Fulfilment.class);
    for (RequirementView q : m.requirements.values()) {
      boolean duty = m.organisation.getOrDefault(q.id(), false);
      CoverageRowView row =
          row(q, duty ? Duty.ORGANISATION : Duty.DEVICE, m.scopes.get(q.id()), known.get(q.id()));
      (duty ? organisation : device).add(row);
      (duty ? organisationCounts : deviceCounts)
          .merge(Fulfilment.valueOf(row.fulfilment()), 1, Integer::sum);
    }
    return new JurisdictionCoverageView(
        market,
        List.copyOf(m.applicable.values()),
        device,
        organisation,
        deviceCounts.getOrDefault(Fulfilment.FULL, 0),
        deviceCounts.getOrDefault(Fulfilment.PARTIAL, 0),
        deviceCounts.getOrDefault(Fulfilment.NONE, 0),
        organisationCounts.getOrDefault(Fulfilment.FULL, 0),
        organisationCounts.getOrDefault(Fulfilment.PARTIAL, 0),
        organisationCounts.getOrDefault(Fulfilment.NONE, 0));
  }

  private CoverageRowView row(
      RequirementView q, Duty duty, String scope, List<ControlView> knownControls) {
    TraceEngine.Hit hit = best.get(q.id());
    if (hit == null || hit.fulfilment() == Fulfilment.NONE) {
      List<ControlView> known = knownControls == null ? List.of() : knownControls;
      return new CoverageRowView(
          q,
          Fulfilment.NONE.name(),
          List.of(),
          List.of(),
          List.of(),
          duty.name(),
          scope,
          Gaps.english(q, duty, known),
          Gaps.japanese(q, duty, known),
          known);
    }
    List<ControlView> via =
        hit.controls().stream().sorted().map(controls::get).filter(Objects::nonNull).toList();
    List<ControlPathView> evidence = new ArrayList<>();
    for (ControlView c : via) {
      TraceEngine.Hit own = byControl.getOrDefault(c.id(), Map.of()).get(q.id());
      evidence.add(new ControlPathView(c, own == null ? List.of() : own.path()));
    }
    return new CoverageRowView(
        q,
        hit.fulfilment().name(),
        via,
        hit.path(),
        List.copyOf(evidence),
        duty.name(),
        scope,
        null,
        null,
        List.of());
  }

  /** The routes read for one document, each with the device's fulfilment of it. */
  List<ConformityRouteView> routes(List<CoverageParts.RouteLink> links) {
    Map<String, List<CoverageParts.RouteLink>> byVia = new LinkedHashMap<>();
    for (CoverageParts.RouteLink link : links) {
      byVia.computeIfAbsent(link.route() + "|" + link.via().id(), k -> new ArrayList<>()).add(link);
    }
    List<ConformityRouteView> out = new ArrayList<>();
    for (List<CoverageParts.RouteLink> route : byVia.values()) {
      CoverageParts.RouteLink first = route.getFirst();
      List<RouteProvisionView> provisions = new ArrayList<>();
      int full = 0;
      int some = 0;
      for (CoverageParts.RouteLink link : route) {
        TraceEngine.Hit hit = best.get(link.provision().id());
        Fulfilment f = hit == null ? Fulfilment.NONE : hit.fulfilment();
        full += f == Fulfilment.FULL ? 1 : 0;
        some += f != Fulfilment.NONE ? 1 : 0;
        provisions.add(new RouteProvisionView(link.provision(), link.forRef(), f.name()));
      }
      Fulfilment overall =
          full == provisions.size()
              ? Fulfilment.FULL
              : some > 0 ? Fulfilment.PARTIAL : Fulfilment.NONE;
      out.add(
          new ConformityRouteView(
              first.route(),
              first.via(),
              first.effect(),
              first.effectJa(),
              first.url(),
              provisions,
              overall.name()));
    }
    return out;
  }

  private static String stronger(String a, String b) {
    return ApplicabilityScope.valueOf(a).compareTo(ApplicabilityScope.valueOf(b)) <= 0 ? a : b;
  }
}
