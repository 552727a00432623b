package dev.regintel.app.trace;

import dev.regintel.ontology.Fulfilment;
import dev.regintel.ontology.Obligation;
import dev.regintel.ontology.Relation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mapping topology of one generation of the graph, in memory: every requirement as an int, its
 * MAPS_TO edges both ways in compressed sparse rows (offsets into one array of ends and one of
 * relation codes), its parent by {@code parentId}, its HAS_PART parents and children (with their
 * obligations), its document's jurisdictions, and every control's SATISFIES edges. From it, {@link
 * #around} gives a trace the same neighbourhood the trace query gives: the mapping edges among the
 * requirements within reach, their ancestors and jurisdictions; and every device's controls (by
 * IMPLEMENTS), where a coverage starts. Built by {@link MappingIndexReads}; immutable but for the
 * controls' SATISFIES and the devices' controls, which a trace or coverage may correct ({@link
 * #correct}).
 */
final class MappingIndex {

  private static final Relation[] RELATIONS = Relation.values();
  private static final Obligation[] OBLIGATIONS = Obligation.values();
  private static final Comparator<MappingWalk.Start> START_ORDER =
      Comparator.comparing(MappingWalk.Start::requirementId)
          .thenComparing(MappingWalk.Start::fulfilment);

  /** The graph's generation, and when it was counted, read before the topology was. */
  private final long generation;

  private final String changedAt;
  private final String[] ids;
  private final Map<String, Integer> numbers;
  private final int[] outStart;
  private final int[] outEnd;
  private final byte[] outRelation;
  private final int[] inStart;
  private final int[] inEnd;
  private final int[] parent;
  private final int[] upStart;
  private final int[] up;
  private final int[] childStart;
  private final String[] child;
  private final byte[] childObligation;
  private final String[] parentId;
  private final List<Set<String>> jurisdictions;
  private final Map<String, List<MappingWalk.Start>> starts;
  private final Map<String, List<String>> devices;
  private volatile long bytes = -1;

  /**
   * The index, from the arrays {@link MappingIndexReads} fills. Requirement {@code i}'s mapping
   * edges out are {@code out[1][out[0][i] .. out[0][i+1])}, their relations at the same places in
   * {@code outRelation}; the same for edges in (ends only), HAS_PART parents ({@code up}) and
   * children ({@code child}, with {@code childObligation}: an {@link Obligation} ordinal, or -1 for
   * none). {@code parent[i]} is the requirement named by its parentId, or -1; {@code
   * jurisdictions.get(i)} its document's jurisdiction codes; {@code starts} the controls' SATISFIES
   * edges, {@code devices} the devices' controls.
   */
  MappingIndex(
      long generation,
      String changedAt,
      String[] ids,
      Map<String, Integer> numbers,
      int[][] out,
      byte[] outRelation,
      int[][] in,
      int[] parent,
      String[] parentId,
      int[][] up,
      int[] childStart,
      String[] child,
      byte[] childObligation,
      List<Set<String>> jurisdictions,
      Map<String, List<MappingWalk.Start>> starts,
      Map<String, List<String>> devices) {
    this.generation = generation;
    this.changedAt = changedAt;
    this.ids = ids;
    this.numbers = numbers;
    this.outStart = out[0];
    this.outEnd = out[1];
    this.outRelation = outRelation;
    this.inStart = in[0];
    this.inEnd = in[1];
    this.parent = parent;
    this.parentId = parentId;
    this.upStart = up[0];
    this.up = up[1];
    this.childStart = childStart;
    this.child = child;
    this.childObligation = childObligation;
    this.jurisdictions = jurisdictions;
    this.starts = new ConcurrentHashMap<>(starts);
    this.devices = new ConcurrentHashMap<>(devices);
  }

  long generation() {
    return generation;
  }

  /** Whether the graph's meta node says what it said when this index was read. */
  boolean builtAt(long liveGeneration, String liveChangedAt) {
    return generation == liveGeneration && java.util.Objects.equals(changedAt, liveChangedAt);
  }

  int requirements() {
    return ids.length;
  }

  int mappings() {
    return outEnd.length;
  }

  int controls() {
    return starts.size();
  }

  /** Whether the index holds this requirement. */
  boolean holds(String requirementId) {
    return numbers.containsKey(requirementId);
  }

  /** Whether the index holds the requirement of every claim. */
  boolean holdsAll(List<MappingWalk.Start> claims) {
    return claims.stream().allMatch(s -> holds(s.requirementId()));
  }

  /** The control's SATISFIES edges as read (none for a control the index does not know). */
  List<MappingWalk.Start> starts(String controlId) {
    return starts.getOrDefault(controlId, List.of());
  }

  /** The ids of the controls the device implements, in order (none for an unknown device). */
  List<String> controlsOf(String deviceId) {
    return devices.getOrDefault(deviceId, List.of());
  }

  /**
   * Whether SATISFIES edges just read from the graph are those the index holds for their controls,
   * and, with a device, whether those controls are all the device's.
   *
   * @param deviceId the device whose controls {@code live} holds; null when no device is asked
   * @param live SATISFIES edges by control
   */
  boolean agrees(String deviceId, Map<String, List<MappingWalk.Start>> live) {
    if (deviceId != null
        && !new TreeSet<>(live.keySet()).equals(new TreeSet<>(controlsOf(deviceId)))) {
      return false;
    }
    return live.entrySet().stream()
        .allMatch(e -> sorted(e.getValue()).equals(sorted(starts(e.getKey()))));
  }

  /**
   * Replaces controls' SATISFIES edges (and a device's controls) with those just read from the
   * graph at this index's generation (claims, withdrawals and a vendor's product edits do not count
   * a generation). Every trace and coverage compares them with the graph's before it answers, so a
   * correction that loses a race with another costs a Cypher read, never a wrong answer.
   *
   * @param deviceId the device whose controls {@code live} holds, or null
   */
  void correct(String deviceId, Map<String, List<MappingWalk.Start>> live) {
    live.forEach((control, claims) -> starts.put(control, List.copyOf(claims)));
    if (deviceId != null) {
      devices.put(deviceId, List.copyOf(new TreeSet<>(live.keySet())));
    }
  }

  private static List<MappingWalk.Start> sorted(List<MappingWalk.Start> claims) {
    List<MappingWalk.Start> out = new ArrayList<>(claims);
    out.sort(START_ORDER);
    return out;
  }

  /** The jurisdiction codes of a requirement's document (with their parents); none if unknown. */
  Set<String> jurisdictions(String requirementId) {
    Integer n = numbers.get(requirementId);
    return n == null ? Set.of() : jurisdictions.get(n);
  }

  /** What the trace query returns around the starts, from memory. */
  record Neighbourhood(List<MappingWalk.Edge> edges, List<TraceRows.Ancestor> ancestors) {}

  /**
   * The mapping edges among the requirements within {@code maxHops} mappings (either way) of the
   * starts, and the ancestors of those requirements: those their parentIds name, and all above
   * those by HAS_PART. Every start's requirement must be {@link #holds held}.
   */
  Neighbourhood around(List<MappingWalk.Start> from, int maxHops) {
    BitSet seen = new BitSet(ids.length);
    int[] queue = new int[Math.max(16, from.size())];
    int size = 0;
    for (MappingWalk.Start s : from) {
      int n = numbers.get(s.requirementId());
      if (!seen.get(n)) {
        seen.set(n);
        queue = push(queue, size++, n);
      }
    }
    int levelStart = 0;
    for (int depth = 0; depth < maxHops && levelStart < size; depth++) {
      int levelEnd = size;
      for (int q = levelStart; q < levelEnd; q++) {
        int n = queue[q];
        for (int e = outStart[n]; e < outStart[n + 1]; e++) {
          if (!seen.get(outEnd[e])) {
            seen.set(outEnd[e]);
            queue = push(queue, size++, outEnd[e]);
          }
        }
        for (int e = inStart[n]; e < inStart[n + 1]; e++) {
          if (!seen.get(inEnd[e])) {
            seen.set(inEnd[e]);
            queue = push(queue, size++, inEnd[e]);
          }
        }
      }
      levelStart = levelEnd;
    }
    List<MappingWalk.Edge> edges = new ArrayList<>();
    for (int q = 0; q < size; q++) {
      int a = queue[q];
      for (int e = outStart[a]; e < outStart[a + 1]; e++) {
        if (seen.get(outEnd[e])) {
          edges.add(new MappingWalk.Edge(ids[a], ids[outEnd[e]], RELATIONS[outRelation[e]]));
        }
      }
    }
    return new Neighbourhood(edges, ancestors(queue, size));
  }

  private List<TraceRows.Ancestor> ancestors(int[] reached, int size) {
    BitSet isAncestor = new BitSet(ids.length);
    int[] stack = new int[16];
    int depth = 0;
    List<TraceRows.Ancestor> out = new ArrayList<>();
    for (int q = 0; q < size; q++) {
      int p = parent[reached[q]];
      if (p >= 0 && !isAncestor.get(p)) {
        isAncestor.set(p);
        out.add(ancestor(p));
        stack = push(stack, depth++, p);
      }
    }
    while (depth > 0) {
      int n = stack[--depth];
      for (int e = upStart[n]; e < upStart[n + 1]; e++) {
        if (!isAncestor.get(up[e])) {
          isAncestor.set(up[e]);
          out.add(ancestor(up[e]));
          stack = push(stack, depth++, up[e]);
        }
      }
    }
    return out;
  }

  private TraceRows.Ancestor ancestor(int n) {
    int from = childStart[n];
    int to = childStart[n + 1];
    List<String> children = new ArrayList<>(to - from);
    List<String> obligations = new ArrayList<>(to - from);
    for (int e = from; e < to; e++) {
      children.add(child[e]);
      obligations.add(childObligation[e] < 0 ? null : OBLIGATIONS[childObligation[e]].name());
    }
    return new TraceRows.Ancestor(ids[n], parentId[n], children, obligations);
  }

  private static int[] push(int[] array, int at, int value) {
    int[] out = at < array.length ? array : java.util.Arrays.copyOf(array, array.length * 2);
    out[at] = value;
    return out;
  }

  /**
   * The bytes the index's arrays take, and an estimate for its strings and maps (object headers and
   * references as on a 64-bit JVM with compressed pointers), for the log.
   */
  long estimatedBytes() {
    if (bytes < 0) {
      bytes = measure();
    }
    return bytes;
  }

  private long measure() {
    long arrays =
        4L
                * (outStart.length
                    + outEnd.length
                    + inStart.length
                    + inEnd.length
                    + parent.length
                    + upStart.length
                    + up.length
                    + childStart.length)
            + outRelation.length
            + childObligation.length
            + 4L * (child.length + ids.length + parentId.length);
    long strings = 0;
    for (String id : ids) {
      strings += 24 + 16 + id.length();
    }
    long map = 48L * numbers.size();
    long claims = 0;
    for (List<MappingWalk.Start> list : starts.values()) {
      claims += 64 + 32L * list.size();
    }
    for (List<String> list : devices.values()) {
      claims += 64 + 8L * list.size();
    }
    return arrays + strings + map + claims + 16L * jurisdictions.size();
  }

  /** A SATISFIES edge as read, for comparing the index's with the graph's. */
  static MappingWalk.Start start(String controlId, String requirementId, String fulfilment) {
    return new MappingWalk.Start(controlId, requirementId, Fulfilment.valueOf(fulfilment));
  }
}
