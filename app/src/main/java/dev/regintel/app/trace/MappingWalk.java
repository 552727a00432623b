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
 * shortest path that keeps it FULL and the shortest that keeps it at least PARTIAL, walking the
 * states of {@link Fulfilment#through}: a FULL requirement stays FULL over a step that preserves
 * full fulfilment (forwards EQUAL or SUPERSET_OF, backwards EQUAL or SUBSET_OF) and becomes PARTIAL
 * over the others; a PARTIAL one stays PARTIAL only over EQUAL or SUBSET_OF as walked, since what
 * is met of it may lie outside a target it merely intersects. Cycle-safe: each requirement is
 * visited once per state and walk. Ties are broken by requirement id, so answers are deterministic.
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
   * {@code maxHops} for each fulfilment it can keep there (FULL, PARTIAL).
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
      out.addAll(walk(control, own, maxHops));
    }
    return out;
  }

  /** Multi-source BFS over (requirement, fulfilment); FULL starts come first and win ties. */
  private List<Candidate> walk(String control, List<Start> starts, int maxHops) {
    record State(String node, Fulfilment fulfilment) {}
    record Visit(State previous, Relation walked, int depth, Start start) {}
    Map<State, Visit> visits = new HashMap<>();
    ArrayDeque<State> queue = new ArrayDeque<>();
    for (Start s : starts) {
      State state = new State(s.requirementId(), s.fulfilment());
      if (!visits.containsKey(state)) {
        visits.put(state, new Visit(null, null, 0, s));
        queue.add(state);
      }
    }
    while (!queue.isEmpty()) {
      State here = queue.poll();
      Visit visit = visits.get(here);
      if (visit.depth() == maxHops) {
        continue;
      }
      for (Step step : adjacency.getOrDefault(here.node(), List.of())) {
        Fulfilment next = here.fulfilment().through(step.walked());
        State there = new State(step.to(), next);
        if (next != Fulfilment.NONE && !visits.containsKey(there)) {
          visits.put(there, new Visit(here, step.walked(), visit.depth() + 1, visit.start()));
          queue.add(there);
        }
      }
    }
    List<Candidate> out = new ArrayList<>(visits.size());
    visits.forEach(
        (target, visit) -> {
          List<String> nodes = new ArrayList<>();
          List<Relation> relations = new ArrayList<>();
          for (State at = target; at != null; at = visits.get(at).previous()) {
            nodes.add(at.node());
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
