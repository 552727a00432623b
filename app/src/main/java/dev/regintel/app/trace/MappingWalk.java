package dev.regintel.app.trace;

import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Relation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breadth-first walks over the mappings around a control's requirements, in memory. The query hands
 * over the mapping edges within reach; this finds, per control and per reached requirement, the
 * shortest path over any mapping and the shortest path over only the steps that keep fulfilment
 * FULL (walked forwards as EQUAL or SUPERSET_OF, or backwards as EQUAL or SUBSET_OF, i.e. any step
 * whose relation as walked preserves full fulfilment). Cycle-safe: each requirement is visited once
 * per walk. Ties are broken by requirement id, so answers are deterministic.
 */
final class MappingWalk {

  /** A mapping edge as stored: {@code from -[relation]-> to}. */
  record Edge(String from, String to, Relation relation) {}

  /** A control satisfying a requirement: where walks start. */
  record Start(String controlId, String requirementId, Fulfilment fulfilment) {}

  private record Step(String to, Relation walked) {}

  private final Map<String, List<Step>> adjacency = new HashMap<>();

  MappingWalk(Collection<Edge> edges) {
    for (Edge e : edges) {
      adjacency
          .computeIfAbsent(e.from(), k -> new ArrayList<>())
          .add(new Step(e.to(), e.relation()));
      adjacency
          .computeIfAbsent(e.to(), k -> new ArrayList<>())
          .add(new Step(e.from(), e.relation().inverse()));
    }
    Comparator<Step> byTarget = Comparator.comparing(Step::to).thenComparing(Step::walked);
    adjacency.values().forEach(list -> list.sort(byTarget));
  }

  /**
   * Candidate paths for every control: per control, one shortest path to each requirement within
   * {@code maxHops} over any mapping, and one over FULL-preserving steps from the requirements the
   * control satisfies FULLY.
   */
  List<Candidate> candidates(Collection<Start> starts, int maxHops) {
    Map<String, List<Start>> byControl = new HashMap<>();
    starts.forEach(s -> byControl.computeIfAbsent(s.controlId(), k -> new ArrayList<>()).add(s));
    List<Candidate> out = new ArrayList<>();
    List<String> controls = new ArrayList<>(byControl.keySet());
    Collections.sort(controls);
    for (String control : controls) {
      List<Start> own = byControl.get(control);
      own.sort(Comparator.comparing(Start::fulfilment).thenComparing(Start::requirementId));
      out.addAll(walk(control, own, maxHops, false));
      out.addAll(
          walk(
              control,
              own.stream().filter(s -> s.fulfilment() == Fulfilment.FULL).toList(),
              maxHops,
              true));
    }
    return out;
  }

  /** Multi-source BFS; starts are tried FULL first, so a FULL start wins ties at equal distance. */
  private List<Candidate> walk(String control, List<Start> starts, int maxHops, boolean fullOnly) {
    record Visit(String previous, Relation walked, int depth, Start start) {}
    Map<String, Visit> visits = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    for (Start s : starts) {
      if (!visits.containsKey(s.requirementId())) {
        visits.put(s.requirementId(), new Visit(null, null, 0, s));
        queue.add(s.requirementId());
      }
    }
    while (!queue.isEmpty()) {
      String node = queue.poll();
      Visit here = visits.get(node);
      if (here.depth() == maxHops) {
        continue;
      }
      for (Step step : adjacency.getOrDefault(node, List.of())) {
        if (fullOnly && !step.walked().preservesFullFulfilment()) {
          continue;
        }
        if (!visits.containsKey(step.to())) {
          visits.put(step.to(), new Visit(node, step.walked(), here.depth() + 1, here.start()));
          queue.add(step.to());
        }
      }
    }
    List<Candidate> out = new ArrayList<>(visits.size());
    visits.forEach(
        (target, visit) -> {
          List<String> nodes = new ArrayList<>();
          List<Relation> relations = new ArrayList<>();
          for (String at = target; at != null; at = visits.get(at).previous()) {
            nodes.add(at);
            Relation walked = visits.get(at).walked();
            if (walked != null) {
              relations.add(walked);
            }
          }
          Collections.reverse(nodes);
          Collections.reverse(relations);
          out.add(new Candidate(control, visit.start().fulfilment(), nodes, relations));
        });
    return out;
  }
}
