package dev.regintel.app.trace;

import dev.regintel.ontology.Fulfilment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses, for every reached requirement, the best explanation: FULL before PARTIAL, then fewest
 * mapping hops, then the path's ids (so the answer is deterministic). Then applies the parent rule
 * bottom-up: a parent whose mandatory children are all FULL is FULL; one with any reached child is
 * at least PARTIAL. Pure: the graph is read elsewhere.
 */
final class TraceEngine {

  /** A reached requirement with its best path. */
  record Hit(
      String requirementId,
      Fulfilment fulfilment,
      int hops,
      List<TraceStepView> path,
      Set<String> controls) {}

  /**
   * A requirement that has reached children.
   *
   * @param id the parent's id
   * @param depth how deep it sits in its document (top level is 0), to work bottom-up
   * @param children all its children's ids
   * @param mandatory the ids of its MANDATORY or CONDITIONAL children
   */
  record Parent(String id, int depth, List<String> children, List<String> mandatory) {}

  static final Comparator<Hit> BEST_FIRST = TraceEngine::compare;

  private TraceEngine() {}

  /**
   * The best hit per requirement, parents included, keyed by requirement id.
   *
   * @param candidates every path found
   * @param parents the ancestors of reached requirements, with their children
   */
  static Map<String, Hit> best(Collection<Candidate> candidates, Collection<Parent> parents) {
    return best(candidates, bottomUp(parents));
  }

  /** Parents deepest first (then by id), the order {@link #best(Collection, Order)} takes. */
  static Order bottomUp(Collection<Parent> parents) {
    List<Parent> bottomUp = new ArrayList<>(parents);
    bottomUp.sort(Comparator.comparingInt(Parent::depth).reversed().thenComparing(Parent::id));
    return new Order(List.copyOf(bottomUp));
  }

  /** Parents in the order the parent rule is applied: sorted once for many calls of best. */
  record Order(List<Parent> parents) {}

  /** As {@link #best(Collection, Collection)}, with the parents already in order. */
  static Map<String, Hit> best(Collection<Candidate> candidates, Order order) {
    Map<String, Hit> best = new LinkedHashMap<>();
    Map<String, Set<String>> controls = new HashMap<>();
    for (Candidate c : candidates) {
      Fulfilment f = c.fulfilment();
      if (f == Fulfilment.NONE) {
        continue;
      }
      controls.computeIfAbsent(c.targetId(), k -> new TreeSet<>()).add(c.controlId());
      Hit hit = new Hit(c.targetId(), f, c.hops(), c.steps(), Set.of());
      best.merge(c.targetId(), hit, TraceEngine::better);
    }
    for (Parent parent : order.parents()) {
      Hit fromChildren = fromChildren(parent, best);
      if (fromChildren != null) {
        best.merge(parent.id(), fromChildren, TraceEngine::better);
        Set<String> via = new TreeSet<>();
        parent.children().forEach(child -> via.addAll(controls.getOrDefault(child, Set.of())));
        controls.computeIfAbsent(parent.id(), k -> new TreeSet<>()).addAll(via);
      }
    }
    Map<String, Hit> out = new LinkedHashMap<>();
    best.forEach(
        (id, hit) ->
            out.put(
                id,
                new Hit(
                    id,
                    hit.fulfilment(),
                    hit.hops(),
                    hit.path(),
                    Set.copyOf(controls.getOrDefault(id, Set.of())))));
    return out;
  }

  /** FULL before PARTIAL, then fewer hops, then a shorter path. */
  private static int compare(Hit a, Hit b) {
    int c = a.fulfilment().compareTo(b.fulfilment());
    if (c == 0) {
      c = Integer.compare(a.hops(), b.hops());
    }
    return c != 0 ? c : Integer.compare(a.path().size(), b.path().size());
  }

  private static Hit better(Hit a, Hit b) {
    return compare(a, b) <= 0 ? a : b;
  }

  private static Hit fromChildren(Parent parent, Map<String, Hit> best) {
    // Explain by the best-reached child (the first of the best, in the children's order): for
    // FULL every mandatory child is FULL; show the best one.
    Hit child = null;
    for (String id : parent.children()) {
      Hit hit = best.get(id);
      if (hit != null && (child == null || compare(hit, child) < 0)) {
        child = hit;
      }
    }
    if (child == null) {
      return null;
    }
    List<Fulfilment> mandatory = new ArrayList<>(parent.mandatory().size());
    for (String id : parent.mandatory()) {
      Hit hit = best.get(id);
      mandatory.add(hit == null ? Fulfilment.NONE : hit.fulfilment());
    }
    Fulfilment f =
        !mandatory.isEmpty() && Fulfilment.ofParent(mandatory) == Fulfilment.FULL
            ? Fulfilment.FULL
            : Fulfilment.PARTIAL;
    List<TraceStepView> path = new ArrayList<>(child.path());
    path.add(new TraceStepView(child.requirementId(), parent.id(), TraceStepView.PART_OF));
    return new Hit(parent.id(), f, child.hops(), List.copyOf(path), Set.of());
  }
}
