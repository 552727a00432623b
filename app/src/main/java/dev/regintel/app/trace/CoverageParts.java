package dev.regintel.app.trace;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.regintel.app.document.DocumentView;
import dev.regintel.app.requirement.RequirementView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * What of a coverage depends on the regulations alone (an applicability rule, and an applicable
 * document with the requirements it states and its routes to conformity), kept beside one {@link
 * MappingIndex}: only writes that count a new generation change it, so it lives exactly as long as
 * the index it belongs to. A coverage over the index then reads from the graph only what depends on
 * the device. Bounded: at most {@link #MAX_REQUIREMENTS} requirements and {@link #MAX_RULES} rules
 * (the shipped corpus has about 1,900 requirements in all; a world-wide synthetic one, 200,000, of
 * which coverage reaches those of applicable documents).
 */
final class CoverageParts {

  /** The most requirements (over all documents) kept. */
  static final long MAX_REQUIREMENTS = 50_000;

  /** The most applicability rules kept. */
  static final long MAX_RULES = 20_000;

  /**
   * A requirement an applicable document states.
   *
   * @param refs the refs of the requirements above it, then its own: what an applicability rule's
   *     {@code requirementRefs} and {@code organisationDuties} are matched against
   */
  record Provision(RequirementView view, List<String> refs) {

    static Provision of(Value q) {
      RequirementView view = RequirementView.of(q);
      List<String> refs = new ArrayList<>(q.get("up").asList(Value::asString));
      refs.add(view.content().ref());
      return new Provision(view, List.copyOf(refs));
    }
  }

  /** One provision of a route to conformity, as read for the applicable document. */
  record RouteLink(
      String route,
      DocumentView via,
      String effect,
      String effectJa,
      String url,
      RequirementView provision,
      String forRef) {

    static RouteLink of(Value r) {
      return new RouteLink(
          r.get("route").asString(),
          DocumentView.of(r.get("via").asNode()),
          r.get("effect").asString(null),
          r.get("effectJa").asString(null),
          r.get("url").asString(null),
          RequirementView.of(r.get("provision")),
          r.get("forRef").asString(null));
    }
  }

  /** What coverage needs of one applicable document. */
  record DocumentPart(DocumentView document, List<Provision> provisions, List<RouteLink> routes) {

    /** From a document node and its {@code requirements} and {@code routes} as the queries read. */
    static DocumentPart of(Node document, Value requirements, Value routes) {
      return new DocumentPart(
          DocumentView.of(document),
          requirements.asList(Provision::of),
          routes.asList(RouteLink::of));
    }
  }

  private final MappingIndex index;
  private final Cache<String, DocumentPart> documents =
      Caffeine.newBuilder()
          .maximumWeight(MAX_REQUIREMENTS)
          .<String, DocumentPart>weigher((id, part) -> 1 + part.provisions().size())
          .build();
  private final Cache<String, Node> rules = Caffeine.newBuilder().maximumSize(MAX_RULES).build();

  CoverageParts(MappingIndex index) {
    this.index = index;
  }

  /** Whether these parts were read at the graph generation of {@code other}. */
  boolean belongsTo(MappingIndex other) {
    return index == other;
  }

  /** The documents held of those given, by id; the others are to be read. */
  Map<String, DocumentPart> documents(Collection<String> ids) {
    return documents.getAllPresent(ids);
  }

  /** The rules held of those given, by id; the others are to be read. */
  Map<String, Node> rules(Collection<String> ids) {
    return rules.getAllPresent(ids);
  }

  /**
   * Keeps what a {@link TraceQueries#COVERAGE_PARTS} read found (at this index's generation, as the
   * caller checked) and adds it to {@code documentsOut} and {@code rulesOut}.
   */
  void keep(
      Value readDocuments,
      Value readRules,
      Map<String, DocumentPart> documentsOut,
      Map<String, Node> rulesOut) {
    Map<String, DocumentPart> newDocuments = new HashMap<>();
    for (Value d : readDocuments.values()) {
      DocumentPart part =
          DocumentPart.of(d.get("document").asNode(), d.get("requirements"), d.get("routes"));
      newDocuments.put(part.document().id(), part);
    }
    Map<String, Node> newRules = new HashMap<>();
    for (Value r : readRules.values()) {
      Node rule = r.asNode();
      newRules.put(rule.get("id").asString(), rule);
    }
    documents.putAll(newDocuments);
    rules.putAll(newRules);
    documentsOut.putAll(newDocuments);
    rulesOut.putAll(newRules);
  }
}
