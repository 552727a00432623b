package dev.regintel.app.trace;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.regintel.app.document.DocumentView;
import dev.regintel.app.product.ControlView;
import dev.regintel.app.requirement.RequirementView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * What of a coverage depends on the regulations alone (an applicability rule, and an applicable
 * document with the requirements it states and its routes to conformity), kept beside one {@link
 * MappingIndex}, and the controls coverage names (controls are written, and so changed, only with a
 * new generation; which device implements them, and what they claim, are read live): only writes
 * that count a new generation change these, so they live exactly as long as the index they belong
 * to. A coverage over the index then reads from the graph only what depends on the device. Bounded:
 * at most {@link #MAX_REQUIREMENTS} requirements, {@link #MAX_RULES} rules and {@link
 * #MAX_CONTROLS} controls (the shipped corpus has about 1,900 requirements in all; a world-wide
 * synthetic one, 200,000, of which coverage reaches those of applicable documents).
 */
final class CoverageParts {

  /** The most requirements (over all documents) kept. */
  static final long MAX_REQUIREMENTS = 50_000;

  /** The most applicability rules kept. */
  static final long MAX_RULES = 20_000;

  /** The most controls kept (the device's, and those outside it that satisfy its gaps). */
  static final long MAX_CONTROLS = 50_000;

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

  /** What a coverage found held, by id, and what a parts read added. */
  record Held(
      Map<String, Node> rules,
      Map<String, DocumentPart> documents,
      Map<String, ControlView> controls) {

    /** What of the ids given is not held. */
    Wanted wanted(Set<String> ruleIds, Set<String> documentIds, Set<String> controlIds) {
      return new Wanted(
          missing(ruleIds, rules), missing(documentIds, documents), missing(controlIds, controls));
    }

    private static List<String> missing(Set<String> ids, Map<String, ?> held) {
      return ids.stream().filter(id -> !held.containsKey(id)).toList();
    }
  }

  /** What to read: the parameters of {@link TraceQueries#COVERAGE_PARTS}. */
  record Wanted(List<String> rules, List<String> documents, List<String> controls) {

    boolean none() {
      return rules.isEmpty() && documents.isEmpty() && controls.isEmpty();
    }

    Map<String, Object> params() {
      return Map.of("rules", rules, "documents", documents, "controls", controls);
    }
  }

  private final MappingIndex index;
  private final Cache<String, DocumentPart> documents =
      Caffeine.newBuilder()
          .maximumWeight(MAX_REQUIREMENTS)
          .<String, DocumentPart>weigher((id, part) -> 1 + part.provisions().size())
          .build();
  private final Cache<String, Node> rules = Caffeine.newBuilder().maximumSize(MAX_RULES).build();
  private final Cache<String, ControlView> controls =
      Caffeine.newBuilder().maximumSize(MAX_CONTROLS).build();

  CoverageParts(MappingIndex index) {
    this.index = index;
  }

  /** How many requirements the documents kept state, in all. */
  long requirements() {
    return documents.asMap().values().stream().mapToLong(d -> d.provisions().size()).sum();
  }

  /** Whether these parts were read at the graph generation of {@code other}. */
  boolean belongsTo(MappingIndex other) {
    return index == other;
  }

  /** What of the ids given is held (copied: what is kept may be dropped meanwhile). */
  Held held(Set<String> ruleIds, Set<String> documentIds, Set<String> controlIds) {
    return new Held(
        new HashMap<>(rules.getAllPresent(ruleIds)),
        new HashMap<>(documents.getAllPresent(documentIds)),
        new HashMap<>(controls.getAllPresent(controlIds)));
  }

  /**
   * Keeps what a {@link TraceQueries#COVERAGE_PARTS} read found (at this index's generation, as the
   * caller checked), and adds it to what a coverage holds.
   */
  void keep(Record read, Held held) {
    for (Value d : read.get("documents").values()) {
      DocumentPart part =
          DocumentPart.of(d.get("document").asNode(), d.get("requirements"), d.get("routes"));
      held.documents().put(part.document().id(), part);
      documents.put(part.document().id(), part);
    }
    for (Value r : read.get("rules").values()) {
      Node rule = r.asNode();
      held.rules().put(rule.get("id").asString(), rule);
      rules.put(rule.get("id").asString(), rule);
    }
    for (Value c : read.get("controls").values()) {
      ControlView control = ControlView.of(c.asNode());
      held.controls().put(control.id(), control);
      controls.put(control.id(), control);
    }
  }
}
