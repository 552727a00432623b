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
   * An ancestor of reached requirements, as read from the graph.
   *
   * @param id its id
   * @param parentId its {@code parentId} property (null at the top of a document)
   * @param children its children's ids, in the order the graph gives them
   * @param obligations each child's obligation (null when it has none), in the same order
   */
  record Ancestor(String id, String parentId, List<String> children, List<String> obligations) {}

  /** The ancestors a trace query returns ({@code id}, {@code node}, {@code children}), read. */
  static List<TraceEngine.Parent> parents(Value parents) {
    List<Ancestor> ancestors = new ArrayList<>();
    for (Value p : parents.values()) {
      Value up = p.get("node").get("parentId");
      List<String> children = new ArrayList<>();
      List<String> obligations = new ArrayList<>();
      for (Value child : p.get("children").values()) {
        children.add(child.get(0).asString());
        obligations.add(child.get(1).asString(null));
      }
      ancestors.add(
          new Ancestor(
              p.get("id").asString(), up.isNull() ? null : up.asString(), children, obligations));
    }
    return parents(ancestors);
  }

  /**
   * Ancestors, each with its depth below the top of its document (from the parentIds of the
   * ancestors, which are all given) and its mandatory (MANDATORY or CONDITIONAL) children.
   */
  static List<TraceEngine.Parent> parents(List<Ancestor> ancestors) {
    Map<String, String> parentOf = new HashMap<>();
    for (Ancestor a : ancestors) {
      parentOf.put(a.id(), a.parentId());
    }
    List<TraceEngine.Parent> out = new ArrayList<>();
    for (Ancestor a : ancestors) {
      int depth = 0;
      for (String up = parentOf.get(a.id());
          up != null && parentOf.containsKey(up) && depth < parentOf.size();
          up = parentOf.get(up)) {
        depth++;
      }
      List<String> mandatory = new ArrayList<>();
      for (int i = 0; i < a.children().size(); i++) {
        String obligation = a.obligations().get(i);
        if (obligation != null && Obligation.valueOf(obligation).binds()) {
          mandatory.add(a.children().get(i));
        }
      }
      out.add(new TraceEngine.Parent(a.id(), depth, a.children(), mandatory));
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
    return inJurisdictions(node.jurisdictions(), jurisdictions);
  }

  /** Whether codes pass the jurisdiction filter (null or empty means no filter). */
  static boolean inJurisdictions(Set<String> codes, List<String> jurisdictions) {
    return jurisdictions == null
        || jurisdictions.isEmpty()
        || jurisdictions.stream().anyMatch(codes::contains);
  }
}
