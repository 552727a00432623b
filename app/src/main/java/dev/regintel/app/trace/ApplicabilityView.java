package dev.regintel.app.trace;

import dev.regintel.app.document.DocumentView;
import dev.regintel.ontology.ApplicabilityScope;
import java.util.ArrayList;
import java.util.List;

/**
 * A document that applies to a device in a market, the rules that make it apply and why, in both
 * languages, and the routes to conformity the graph knows for it.
 *
 * @param rules the ids of the applicability rules behind it
 * @param scope the strongest of their scopes (PRODUCT, then ENTITY, then VOLUNTARY)
 * @param ruleJurisdictions the jurisdictions whose rules they are (EU for a member state's market)
 * @param inForce whether a rule behind it applies on the day asked about
 */
public record ApplicabilityView(
    DocumentView document,
    String reason,
    String reasonJa,
    List<String> unverified,
    List<String> rules,
    String scope,
    List<String> ruleJurisdictions,
    boolean inForce,
    List<ConformityRouteView> routes) {

  /** The answer of two rules about one document: both reasons, every rule and field once. */
  ApplicabilityView and(ApplicabilityView other) {
    return new ApplicabilityView(
        document,
        reason + " " + other.reason,
        join(reasonJa, other.reasonJa),
        union(unverified, other.unverified),
        union(rules, other.rules),
        ApplicabilityScope.valueOf(scope).compareTo(ApplicabilityScope.valueOf(other.scope)) <= 0
            ? scope
            : other.scope,
        union(ruleJurisdictions, other.ruleJurisdictions),
        inForce || other.inForce,
        routes.isEmpty() ? other.routes : routes);
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + b;
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    return List.copyOf(out);
  }
}
