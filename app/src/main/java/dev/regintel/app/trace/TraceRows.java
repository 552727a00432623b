package dev.regintel.app.trace;

import dev.regintel.app.requirement.RequirementView;
import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the path, parent and node lists the trace queries return. */
final class TraceRows {

  private TraceRows() {}

  /** A reached requirement and the codes of its document's jurisdictions (with their parents). */
  record Node(RequirementView view, Set<String> jurisdictions) {}

  /**
   * The candidate paths of every start, walked over the returned edges, whose ends are internal
   * node ids: mapped to requirement ids through the row's {@code nodes} (trace, coverage) or {@code
   * ids} (reverse trace).
   */
  static List<Candidate> candidates(Record row, int maxHops) {
    Map<Long, String> ids = new HashMap<>();
    if (row.containsKey("ids")) {
      for (Value pair : row.get("ids").values()) {
        ids.put(pair.get(0).asLong(), pair.get(1).asString());
      }
    } else {
      for (Value n : row.get("nodes").values()) {
        ids.put(n.get("nid").asLong(), n.get("id").asString());
      }
    }
    List<MappingWalk.Edge> edges = new ArrayList<>();
    for (Value e : row.get("edges").values()) {
      edges.add(
          new MappingWalk.Edge(
              ids.get(e.get(0).asLong()),
              ids.get(e.get(1).asLong()),
              Relation.valueOf(e.get(2).asString())));
    }
    List<MappingWalk.Start> starts = new ArrayList<>();
    for (Value s : row.get("starts").values()) {
      starts.add(
          new MappingWalk.Start(
              s.get("control").asString(),
              s.get("requirement").asString(),
              Fulfilment.valueOf(s.get("fulfilment").asString())));
    }
    return new MappingWalk(edges).candidates(starts, maxHops);
  }

  /**
   * The ancestors a trace query returns, each with its depth below the top of its document (from
   * the parentIds of the ancestors, which are all returned) and its mandatory (MANDATORY or
   * CONDITIONAL) children.
   */
  static List<TraceEngine.Parent> parents(Value parents) {
    Map<String, String> parentOf = new HashMap<>();
    for (Value p : parents.values()) {
      Value up = p.get("node").get("parentId");
      parentOf.put(p.get("id").asString(), up.isNull() ? null : up.asString());
    }
    List<TraceEngine.Parent> out = new ArrayList<>();
    for (Value p : parents.values()) {
      String id = p.get("id").asString();
      int depth = 0;
      for (String up = parentOf.get(id);
          up != null && parentOf.containsKey(up) && depth < parentOf.size();
          up = parentOf.get(up)) {
        depth++;
      }
      List<String> children = new ArrayList<>();
      List<String> mandatory = new ArrayList<>();
      for (Value child : p.get("children").values()) {
        String childId = child.get(0).asString();
        children.add(childId);
        String obligation = child.get(1).asString(null);
        if (obligation != null && Obligation.valueOf(obligation).binds()) {
          mandatory.add(childId);
        }
      }
      out.add(new TraceEngine.Parent(id, depth, children, mandatory));
    }
    return out;
  }

  static Map<String, Node> nodes(Record row) {
    Map<String, Set<String>> jurisdictions = new HashMap<>();
    for (Value d : row.get("documents").values()) {
      jurisdictions.put(
          d.get("id").asString(), Set.copyOf(d.get("jurisdictions").asList(Value::asString)));
    }
    Map<String, Node> out = new HashMap<>();
    for (Value n : row.get("nodes").values()) {
      RequirementView view = RequirementView.of(n);
      out.put(view.id(), new Node(view, jurisdictions.getOrDefault(view.documentId(), Set.of())));
    }
    return out;
  }

  /** Whether a node passes the jurisdiction filter (null or empty means no filter). */
  static boolean inJurisdictions(Node node, List<String> jurisdictions) {
    return jurisdictions == null
        || jurisdictions.isEmpty()
        || jurisdictions.stream().anyMatch(node.jurisdictions()::contains);
  }
}
