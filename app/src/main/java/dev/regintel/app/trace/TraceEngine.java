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

  static final Comparator<Hit> BEST_FIRST =
      Comparator.comparing(Hit::fulfilment)
          .thenComparingInt(Hit::hops)
          .thenComparingInt(h -> h.path().size());

  private TraceEngine() {}

  /**
   * The best hit per requirement, parents included, keyed by requirement id.
   *
   * @param candidates every path found
   * @param parents the ancestors of reached requirements, with their children
   */
  static Map<String, Hit> best(Collection<Candidate> candidates, Collection<Parent> parents) {
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
    List<Parent> bottomUp = new ArrayList<>(parents);
    bottomUp.sort(Comparator.comparingInt(Parent::depth).reversed().thenComparing(Parent::id));
    for (Parent parent : bottomUp) {
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

  private static Hit better(Hit a, Hit b) {
    return BEST_FIRST.compare(a, b) <= 0 ? a : b;
  }

  private static Hit fromChildren(Parent parent, Map<String, Hit> best) {
    List<Hit> reached = parent.children().stream().map(best::get).filter(h -> h != null).toList();
    if (reached.isEmpty()) {
      return null;
    }
    List<Fulfilment> mandatory =
        parent.mandatory().stream()
            .map(id -> best.containsKey(id) ? best.get(id).fulfilment() : Fulfilment.NONE)
            .toList();
    Fulfilment f =
        !mandatory.isEmpty() && Fulfilment.ofParent(mandatory) == Fulfilment.FULL
            ? Fulfilment.FULL
            : Fulfilment.PARTIAL;
    // Explain by the best-reached child: for FULL every mandatory child is FULL; show the best one.
    Hit child = reached.stream().min(BEST_FIRST).orElseThrow();
    List<TraceStepView> path = new ArrayList<>(child.path());
    path.add(new TraceStepView(child.requirementId(), parent.id(), TraceStepView.PART_OF));
    return new Hit(parent.id(), f, child.hops(), List.copyOf(path), Set.of());
  }
}
