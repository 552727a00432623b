package dev.regintel.app.internal.neo4j;

import java.lang.reflect.Array;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.values.storable.DurationValue;
import org.neo4j.values.storable.ValueWriter;
import org.neo4j.values.storable.VectorValue;

/**
 * Turns what an embedded transaction returns into the driver's {@link Value}s, the same values the
 * driver makes of the same result sent over Bolt: nodes, relationships and paths become the
 * driver's own (with their element ids, labels or type, and properties), stored arrays become
 * lists, Neo4j durations become {@link org.neo4j.driver.types.IsoDuration}s, points the driver's
 * points, vectors the driver's vectors; everything else (null, booleans, integers, floats, strings,
 * byte arrays, lists, maps, java.time temporals) is what {@link Values#value(Object)} makes of it.
 * Call it inside the transaction: entities are read as they are converted.
 */
final class DriverValues {

  private DriverValues() {}

  static Value value(Object o) {
    return switch (o) {
      case null -> Values.NULL;
      case String s -> Values.value(s);
      case Long l -> Values.value(l.longValue());
      case Boolean b -> Values.value(b.booleanValue());
      case Double d -> Values.value(d.doubleValue());
      case Float f -> Values.value(f.doubleValue());
      case Integer i -> Values.value(i.longValue());
      case Short s -> Values.value(s.longValue());
      case Byte b -> Values.value(b.longValue());
      case Character c -> Values.value(String.valueOf(c));
      case Node n -> node(n).asValue();
      case Relationship r -> relationship(r).asValue();
      case Path p -> path(p).asValue();
      case Point p -> point(p);
      case DurationValue d ->
          Values.isoDuration(
              d.get(ChronoUnit.MONTHS),
              d.get(ChronoUnit.DAYS),
              d.get(ChronoUnit.SECONDS),
              (int) d.get(ChronoUnit.NANOS));
      case VectorValue v -> vector(v);
      case Map<?, ?> m -> Values.value(map(m));
      case Collection<?> c -> list(c);
      case byte[] b -> Values.value(b);
      case Value v -> v;
      default -> o.getClass().isArray() ? array(o) : Values.value(o);
    };
  }

  private static Map<String, Object> map(Map<?, ?> map) {
    Map<String, Object> values = new LinkedHashMap<>(Math.max(4, map.size() * 2));
    map.forEach((k, v) -> values.put(String.valueOf(k), value(v)));
    return values;
  }

  private static Map<String, Value> properties(Map<String, Object> properties) {
    Map<String, Value> values = new LinkedHashMap<>(Math.max(4, properties.size() * 2));
    properties.forEach((k, v) -> values.put(k, value(v)));
    return values;
  }

  private static Value list(Collection<?> items) {
    Value[] values = new Value[items.size()];
    int i = 0;
    for (Object item : items) {
      values[i++] = value(item);
    }
    return Values.value(values);
  }

  /**
   * A stored array property (e.g. {@code String[]}, {@code long[]}), which Bolt sends as a list.
   */
  private static Value array(Object array) {
    Value[] values = new Value[Array.getLength(array)];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(Array.get(array, i));
    }
    return Values.value(values);
  }

  @SuppressWarnings("deprecation") // the numeric id, which the driver's entities still carry
  static InternalNode node(Node node) {
    List<String> labels = new ArrayList<>(2);
    for (Label label : node.getLabels()) {
      labels.add(label.name());
    }
    return new InternalNode(
        node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
  }

  @SuppressWarnings("deprecation")
  static InternalRelationship relationship(Relationship rel) {
    Node start = rel.getStartNode();
    Node end = rel.getEndNode();
    return new InternalRelationship(
        rel.getId(),
        rel.getElementId(),
        start.getId(),
        start.getElementId(),
        end.getId(),
        end.getElementId(),
        rel.getType().name(),
        properties(rel.getAllProperties()));
  }

  /** Nodes and relationships in the order the path walks them, as Bolt sends them. */
  static InternalPath path(Path path) {
    List<Entity> entities = new ArrayList<>(path.length() * 2 + 1);
    for (org.neo4j.graphdb.Entity entity : path) {
      entities.add(entity instanceof Node n ? node(n) : relationship((Relationship) entity));
    }
    return new InternalPath(entities);
  }

  /** A Cypher 25 vector, its coordinates exactly as stored, of the same coordinate type. */
  private static Value vector(VectorValue vector) {
    Value[] converted = new Value[1];
    vector.writeTo(
        new ValueWriter.Adapter<RuntimeException>() {
          @Override
          public void writeInt8Vector(byte[] v) {
            converted[0] = Values.vector(v);
          }

          @Override
          public void writeInt16Vector(short[] v) {
            converted[0] = Values.vector(v);
          }

          @Override
          public void writeInt32Vector(int[] v) {
            converted[0] = Values.vector(v);
          }

          @Override
          public void writeInt64Vector(long[] v) {
            converted[0] = Values.vector(v);
          }

          @Override
          public void writeFloat32Vector(float[] v) {
            converted[0] = Values.vector(v);
          }

          @Override
          public void writeFloat64Vector(double[] v) {
            converted[0] = Values.vector(v);
          }
        });
    if (converted[0] == null) {
      throw new IllegalArgumentException("a vector of an unknown kind: " + vector.getTypeName());
    }
    return converted[0];
  }

  private static Value point(Point point) {
    double[] c = point.getCoordinate().getCoordinate();
    int srid = point.getCRS().getCode();
    return c.length == 2 ? Values.point(srid, c[0], c[1]) : Values.point(srid, c[0], c[1], c[2]);
  }
}
