package dev.regintel.app.coverage;

import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.trace.ApplicabilityView;
import dev.regintel.app.trace.ConformityRouteView;
import dev.regintel.app.trace.ControlPathView;
import dev.regintel.app.trace.CoverageRowView;
import dev.regintel.app.trace.CoverageService;
import dev.regintel.app.trace.DeviceCoverageView;
import dev.regintel.app.trace.JurisdictionCoverageView;
import dev.regintel.ontology.Fulfilment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Builds a {@link CoverageReport} from the device's coverage ({@link CoverageService}, one query),
 * whose rows carry each reaching control with its own best path, found by the same walk that chose
 * the row's fulfilment, so a path always explains the answer it stands beside.
 */
@Service
public class CoverageReports {

  /**
   * How {@link CoverageReport#generated()} is written as text: to the second with its offset
   * (OSCAL's date-time wants the seconds, which {@code OffsetDateTime.toString()} drops at :00).
   */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private static final Pattern WEB_URL = Pattern.compile("https?://\\S+");

  private final CoverageService coverage;
  private final Clock clock = Clock.systemDefaultZone();

  CoverageReports(CoverageService coverage) {
    this.coverage = coverage;
  }

  /**
   * The report of a device in the requested markets.
   *
   * @throws ApiException NOT_FOUND for an unknown device; BAD_USER_INPUT for a malformed market
   *     code or one the graph does not know (both from {@link CoverageService})
   */
  public CoverageReport report(ExportRequest request) {
    // The same day the coverage query uses (TraceController): rules starting later are marked so.
    LocalDate today = LocalDate.now(clock);
    DeviceCoverageView view =
        coverage.coverage(
            request.deviceId(), request.markets().isEmpty() ? null : request.markets(), today);
    List<CoverageReport.Market> markets = new ArrayList<>();
    for (JurisdictionCoverageView j : view.jurisdictions()) {
      markets.add(market(j));
    }
    // In the order asked for (the answer's own order is the graph's); a stable sort keeps the
    // answer's order for the device's own markets, when none were asked for.
    markets.sort(Comparator.comparingInt(m -> request.markets().indexOf(m.code())));
    var device = view.device();
    return new CoverageReport(
        new CoverageReport.Device(device.id(), device.name(), device.nameJa(), device.category()),
        request.markets(),
        today,
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS),
        List.copyOf(markets));
  }

  /**
   * The URL when it is an http(s) one, else null: a link in a report is only ever to a web page,
   * whatever a source wrote.
   */
  static String webUrl(String url) {
    return url != null && WEB_URL.matcher(url).matches() ? url : null;
  }

  private static CoverageReport.Market market(JurisdictionCoverageView j) {
    List<CoverageReport.Applicable> applicable = new ArrayList<>();
    for (ApplicabilityView a : j.applicable()) {
      var doc = a.document();
      applicable.add(
          new CoverageReport.Applicable(
              doc.id(),
              doc.code(),
              doc.title(),
              doc.titleJa(),
              webUrl(doc.url()),
              a.reason(),
              a.reasonJa(),
              List.copyOf(a.unverified()),
              a.scope(),
              a.inForce(),
              a.routes().stream().map(CoverageReports::route).toList()));
    }
    List<CoverageReport.Row> rows = new ArrayList<>();
    for (CoverageRowView r : j.rows()) {
      rows.add(row(r));
    }
    List<CoverageReport.Row> organisation = new ArrayList<>();
    for (CoverageRowView r : j.organisationRows()) {
      organisation.add(row(r));
    }
    return new CoverageReport.Market(
        j.jurisdiction().code(),
        j.jurisdiction().name(),
        j.jurisdiction().nameJa(),
        List.copyOf(applicable),
        List.copyOf(rows),
        j.full(),
        j.partial(),
        j.none(),
        List.copyOf(organisation),
        j.organisationFull(),
        j.organisationPartial(),
        j.organisationNone());
  }

  private static CoverageReport.Route route(ConformityRouteView r) {
    return new CoverageReport.Route(
        r.kind(),
        r.via().id(),
        r.via().code(),
        r.effect(),
        r.effectJa(),
        webUrl(r.sourceUrl()),
        r.provisions().stream()
            .map(p -> p.provision().content().ref() + " (" + p.fulfilment() + ")")
            .distinct()
            .toList(),
        r.fulfilment());
  }

  private static CoverageReport.Row row(CoverageRowView r) {
    var q = r.requirement();
    boolean none = Fulfilment.NONE.name().equals(r.fulfilment());
    List<CoverageReport.Evidence> evidence = new ArrayList<>();
    for (ControlPathView e : r.evidence()) {
      ControlView c = e.control();
      List<CoverageReport.Step> path =
          e.path().stream()
              .map(st -> new CoverageReport.Step(st.fromId(), st.toId(), st.kind()))
              .toList();
      evidence.add(
          new CoverageReport.Evidence(c.id(), c.content().name(), c.content().nameJa(), path));
    }
    return new CoverageReport.Row(
        q.id(),
        q.documentId(),
        q.content().ref(),
        q.content().title(),
        q.content().titleJa(),
        q.content().obligation(),
        r.fulfilment(),
        q.source() == null ? null : webUrl(q.source().url()),
        List.copyOf(evidence),
        none ? r.gap() : null,
        none ? r.gapJa() : null,
        r.duty(),
        r.scope());
  }
}
