package dev.regintel.app.trace;

import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * One path found by the query: from a control through the requirement it satisfies, then along
 * mappings (each step's relation already turned to the direction walked), to a target requirement.
 *
 * @param controlId the control the path starts at
 * @param first how the control satisfies the first requirement
 * @param nodeIds the requirement ids along the path, first to target
 * @param relations the relation of each mapping step as walked; one fewer than nodeIds
 */
record Candidate(
    String controlId, Fulfilment first, List<String> nodeIds, List<Relation> relations) {

  Candidate {
    if (nodeIds.isEmpty() || relations.size() != nodeIds.size() - 1) {
      throw new IllegalArgumentException(
          "a path of " + nodeIds.size() + " nodes needs " + (nodeIds.size() - 1) + " relations");
    }
  }

  String targetId() {
    return nodeIds.getLast();
  }

  int hops() {
    return relations.size();
  }

  Fulfilment fulfilment() {
    return Fulfilment.along(first, relations);
  }

  List<TraceStepView> steps() {
    List<TraceStepView> steps = new ArrayList<>(nodeIds.size());
    steps.add(new TraceStepView(controlId, nodeIds.getFirst(), TraceStepView.SATISFIES));
    for (int i = 0; i < relations.size(); i++) {
      steps.add(new TraceStepView(nodeIds.get(i), nodeIds.get(i + 1), relations.get(i).name()));
    }
    return steps;
  }
}
