package dev.regintel.app.trace;

import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads a {@link MappingIndex} from the graph in a few bulk reads: the generation first, then the
 * requirements with their mappings and children in pages of {@value #PAGE} (in id order, so each
 * page is one range seek on the id index), the documents' jurisdictions, and the controls'
 * SATISFIES edges with the devices implementing them in pages. A mapping's end is named by its
 * internal node id (no property read), mapped to the requirement's number once all are read;
 * internal ids are only compared within one build, which a write during it makes stale anyway (it
 * counts a newer generation).
 */
final class MappingIndexReads {

  static final int PAGE = 20_000;

  private static final String GENERATION =
      """
      OPTIONAL MATCH (m:RegintelMeta {key: 'graph'})
      RETURN m.generation AS generation, toString(m.changedAt) AS changedAt""";

  private static final String REQUIREMENTS =
      """
      MATCH (r:Requirement) WHERE r.id > $after
      WITH r ORDER BY r.id LIMIT $page
      RETURN id(r) AS nid, r.id AS id, r.parentId AS parentId, r.documentId AS documentId,
             [(r)-[m:MAPS_TO]->(b:Requirement) | [id(b), m.relation]] AS maps,
             [(r)-[:HAS_PART]->(ch) | [ch.id, ch.obligation]] AS children""";

  private static final String DOCUMENTS =
      """
      MATCH (d:Document)
      RETURN d.id AS id,
             [(d)-[:APPLIES_IN]->(:Jurisdiction)-[:PART_OF*0..3]->(j) | j.code] AS jurisdictions""";

  private static final String CONTROLS =
      """
      MATCH (c:Control) WHERE c.id > $after
      WITH c ORDER BY c.id LIMIT $page
      RETURN c.id AS id, [(c)-[s:SATISFIES]->(r:Requirement) | [r.id, s.fulfilment]] AS starts,
             [(c)<-[:IMPLEMENTS]-(d:Device) | d.id] AS devices""";

  private MappingIndexReads() {}

  /** The graph's generation and when it was counted (0 and null before the first count). */
  static Stamp stamp(Graph graph) {
    Record row = graph.read(GENERATION, Map.of()).getFirst();
    Value g = row.get("generation");
    return new Stamp(g.isNull() ? 0 : g.asLong(), row.get("changedAt").asString(null));
  }

  /** A generation of the graph as its meta node records it. */
  record Stamp(long generation, String changedAt) {}

  /** Reads the whole index; the generation is read first, so a write during the read shows. */
  static MappingIndex read(Graph graph) {
    Stamp stamp = stamp(graph);
    List<String> ids = new ArrayList<>();
    List<String> parentIds = new ArrayList<>();
    List<String> documentIds = new ArrayList<>();
    Map<Long, Integer> byNodeId = new HashMap<>();
    Ints edgeFrom = new Ints();
    Longs edgeTo = new Longs();
    Ints edgeRelation = new Ints();
    Ints childOf = new Ints();
    List<String> children = new ArrayList<>();
    Ints obligations = new Ints();
    String after = "";
    while (true) {
      List<Record> page = graph.read(REQUIREMENTS, Map.of("after", after, "page", PAGE));
      for (Record r : page) {
        int n = ids.size();
        ids.add(r.get("id").asString());
        byNodeId.put(r.get("nid").asLong(), n);
        parentIds.add(r.get("parentId").asString(null));
        documentIds.add(r.get("documentId").asString(null));
        for (Value m : r.get("maps").values()) {
          edgeFrom.add(n);
          edgeTo.add(m.get(0).asLong());
          edgeRelation.add(Relation.valueOf(m.get(1).asString()).ordinal());
        }
        for (Value ch : r.get("children").values()) {
          childOf.add(n);
          children.add(ch.get(0).asString(null));
          String obligation = ch.get(1).asString(null);
          obligations.add(obligation == null ? -1 : Obligation.valueOf(obligation).ordinal());
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      after = ids.getLast();
    }
    int count = ids.size();
    Map<String, Integer> numbers = HashMap.newHashMap(count);
    for (int i = 0; i < count; i++) {
      numbers.put(ids.get(i), i);
    }
    int[] to = new int[edgeTo.size];
    for (int e = 0; e < to.length; e++) {
      to[e] = byNodeId.get(edgeTo.values[e]);
    }
    int[][] out = rows(count, edgeFrom.values, to, edgeTo.size);
    byte[] outRelation = new byte[to.length];
    placed(
        count,
        edgeFrom.values,
        to.length,
        (e, at) -> outRelation[at] = (byte) edgeRelation.values[e]);
    int[][] in = rows(count, to, edgeFrom.values, to.length);
    int[] parent = new int[count];
    for (int i = 0; i < count; i++) {
      Integer p = parentIds.get(i) == null ? null : numbers.get(parentIds.get(i));
      parent[i] = p == null ? -1 : p;
    }
    String[] idArray = ids.toArray(String[]::new);
    // Children are in the order the graph gave them (a trace explains a parent by the first of its
    // best children), in rows by parent: the reads give each parent's children together.
    int[] childStart = starts(count, childOf.values, childOf.size);
    String[] child = new String[children.size()];
    byte[] childObligation = new byte[children.size()];
    Ints upFrom = new Ints();
    Ints upTo = new Ints();
    for (int e = 0; e < child.length; e++) {
      Integer c = children.get(e) == null ? null : numbers.get(children.get(e));
      child[e] = c == null ? children.get(e) : idArray[c];
      childObligation[e] = (byte) obligations.values[e];
      if (c != null) {
        upFrom.add(c);
        upTo.add(childOf.values[e]);
      }
    }
    int[][] up = rows(count, upFrom.values, upTo.values, upFrom.size);
    Map<String, Set<String>> documents = new HashMap<>();
    for (Record d : graph.read(DOCUMENTS, Map.of())) {
      documents.put(
          d.get("id").asString(), Set.copyOf(d.get("jurisdictions").asList(Value::asString)));
    }
    List<Set<String>> jurisdictions = new ArrayList<>(count);
    for (String documentId : documentIds) {
      jurisdictions.add(
          documentId == null ? Set.of() : documents.getOrDefault(documentId, Set.of()));
    }
    Claims claims = controls(graph);
    return new MappingIndex(
        stamp.generation(),
        stamp.changedAt(),
        idArray,
        numbers,
        out,
        outRelation,
        in,
        parent,
        parentIds(parentIds, parent, idArray),
        up,
        childStart,
        child,
        childObligation,
        jurisdictions,
        claims.starts(),
        claims.devices());
  }

  /** The parentIds, sharing the strings of the requirements they name. */
  private static String[] parentIds(List<String> parentIds, int[] parent, String[] ids) {
    String[] out = new String[parent.length];
    for (int i = 0; i < parent.length; i++) {
      out[i] = parent[i] >= 0 ? ids[parent[i]] : parentIds.get(i);
    }
    return out;
  }

  /** The controls' SATISFIES edges (of those with any) and the devices' controls, in id order. */
  private record Claims(
      Map<String, List<MappingWalk.Start>> starts, Map<String, List<String>> devices) {}

  private static Claims controls(Graph graph) {
    Map<String, List<MappingWalk.Start>> starts = new HashMap<>();
    Map<String, Set<String>> devices = new HashMap<>();
    String after = "";
    while (true) {
      List<Record> page = graph.read(CONTROLS, Map.of("after", after, "page", PAGE));
      for (Record c : page) {
        String control = c.get("id").asString();
        List<MappingWalk.Start> own = claims(control, c.get("starts"));
        if (!own.isEmpty()) {
          starts.put(control, List.copyOf(own));
        }
        for (Value d : c.get("devices").values()) {
          devices.computeIfAbsent(d.asString(), k -> new TreeSet<>()).add(control);
        }
        after = control;
      }
      if (page.size() < PAGE) {
        Map<String, List<String>> byDevice = HashMap.newHashMap(devices.size());
        devices.forEach((device, controls) -> byDevice.put(device, List.copyOf(controls)));
        return new Claims(starts, byDevice);
      }
    }
  }

  /** A control's SATISFIES edges as the reads give them: {@code [requirement id, fulfilment]}. */
  static List<MappingWalk.Start> claims(String controlId, Value pairs) {
    List<MappingWalk.Start> out = new ArrayList<>();
    for (Value s : pairs.values()) {
      out.add(MappingIndex.start(controlId, s.get(0).asString(), s.get(1).asString()));
    }
    return out;
  }

  /** Offsets of rows {@code 0..count} for the first {@code size} keys, which come grouped. */
  private static int[] starts(int count, int[] keys, int size) {
    int[] start = new int[count + 1];
    for (int e = 0; e < size; e++) {
      start[keys[e] + 1]++;
    }
    for (int i = 0; i < count; i++) {
      start[i + 1] += start[i];
    }
    return start;
  }

  /** Compressed rows: {@code [offsets, values]}, values of each row in the order given. */
  private static int[][] rows(int count, int[] keys, int[] values, int size) {
    int[] start = starts(count, keys, size);
    int[] out = new int[size];
    int[] next = Arrays.copyOf(start, count);
    for (int e = 0; e < size; e++) {
      out[next[keys[e]]++] = values[e];
    }
    return new int[][] {start, out};
  }

  /**
   * Tells where each of the first {@code size} keyed items lands in the rows {@link #rows} makes.
   */
  private static void placed(int count, int[] keys, int size, Placement placement) {
    int[] next = Arrays.copyOf(starts(count, keys, size), count);
    for (int e = 0; e < size; e++) {
      placement.at(e, next[keys[e]]++);
    }
  }

  private interface Placement {
    void at(int item, int place);
  }

  /** A growable int array. */
  private static final class Ints {
    int[] values = new int[1024];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }

  /** A growable long array. */
  private static final class Longs {
    long[] values = new long[1024];
    int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}
