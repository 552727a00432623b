package dev.regintel.app.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * A read sent directly to the database in this JVM returns the very records the same read returns
 * over Bolt, for every kind of value Cypher can return, and fails the same way.
 */
class DirectReadsIT {

  static final Map<String, Object> PARAMETERS =
      Map.of(
          "s", "text",
          "i", 7,
          "l", List.of(1L, "two", List.of(3.5)),
          "m", Map.of("k", List.of(true, false), "n", Map.of("deep", 1)),
          "d", LocalDate.of(2024, 2, 29),
          "ldt", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6),
          "bytes", new byte[] {1, 2, 3, -1});

  final Graph bolt =
      new Graph(
          TestNeo4j.driver(),
          null,
          null,
          new SimpleMeterRegistry(),
          Duration.ofSeconds(30),
          Duration.ofSeconds(30));
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final Graph direct =
      new Graph(
          TestNeo4j.driver(),
          TestNeo4j.database(),
          null,
          registry,
          Duration.ofSeconds(30),
          Duration.ofSeconds(30));

  @BeforeAll
  static void someNodes() {
    TestNeo4j.driver()
        .executableQuery(
            """
            CREATE (a:DirectReadsTest:Second {name: 'a', nums: [1, 2, 3], strs: ['x', 'y'],
                    f: 1.5, flag: true, day: date('2024-01-01'), bytes: $bytes,
                    at: point({x: 1, y: 2}), took: duration('PT1H')})
                   -[:DIRECT_READS_LINK {w: 2, tags: ['p']}]->(b:DirectReadsTest {name: 'b'}),
                   (b)-[:DIRECT_READS_LINK {w: 3}]->(c:DirectReadsTest {name: 'c'})""")
        .withParameters(Map.of("bytes", new byte[] {9, 8, 7}))
        .execute();
  }

  @AfterAll
  static void removeThem() {
    TestNeo4j.driver().executableQuery("MATCH (n:DirectReadsTest) DETACH DELETE n").execute();
  }

  static Stream<String> queries() {
    return Stream.of(
        "RETURN null AS none, true AS yes, false AS no, 42 AS i, -9223372036854775808 AS min,"
            + " 3.5 AS d, -0.0 AS negZero, 1.0/0 AS inf, 'text' AS s, '' AS empty, 'ünï' AS u",
        "RETURN [1, 'a', [2.5, null], {k: [true]}] AS l, [] AS e, [[], [[]]] AS nested",
        "RETURN {a: 1, b: {c: [1, 2], d: {}}, n: null} AS m, {} AS e",
        "RETURN $s AS s, $i AS i, $l AS l, $m AS m, $d AS d, $ldt AS ldt, $bytes AS bytes",
        "RETURN date('2024-02-29') AS d, localtime('12:34:56.789') AS lt,"
            + " time('12:34:56.000000001+02:00') AS t,"
            + " localdatetime('2024-01-01T01:02:03.000000004') AS ldt,"
            + " datetime('2024-01-01T01:02:03+01:00') AS offset,"
            + " datetime({year: 2024, month: 6, day: 1, hour: 12, timezone: 'Europe/Berlin'}) AS zoned,"
            + " datetime('2024-01-01T00:00:00Z') AS utc",
        "RETURN duration('P1Y2M3DT4H5M6.000000007S') AS d, duration('-PT1.5S') AS negative,"
            + " duration.between(date('2024-01-01'), date('2025-03-04')) AS between,"
            + " duration({days: 1.5}) AS fractional",
        "RETURN point({x: 1.5, y: 2}) AS c2, point({x: 1, y: 2, z: 3}) AS c3,"
            + " point({latitude: 52.5, longitude: 13.4}) AS w2,"
            + " point({latitude: 1, longitude: 2, height: 3}) AS w3",
        "CYPHER 25 RETURN vector([1, -2, 3], 3, INTEGER8) AS i8,"
            + " vector([300, -2], 2, INTEGER16) AS i16, vector([70000, 1], 2, INTEGER32) AS i32,"
            + " vector([9007199254740993, -1], 2, INTEGER64) AS i64,"
            + " vector([1.5, 0.1], 2, FLOAT32) AS f32, vector([0.1, 1e300], 2, FLOAT64) AS f64",
        "MATCH (n:DirectReadsTest) RETURN n, n.nums AS nums, n.strs AS strs, n.bytes AS bytes,"
            + " n.at AS at, n.took AS took, labels(n) AS labels, elementId(n) AS id ORDER BY n.name",
        "MATCH (n:DirectReadsTest) WITH n ORDER BY n.name"
            + " RETURN collect(n) AS all, collect(n {.*}) AS projected",
        "MATCH ()-[r:DIRECT_READS_LINK]->() RETURN r, type(r) AS type ORDER BY r.w",
        "MATCH p = (:DirectReadsTest {name: 'a'})-[:DIRECT_READS_LINK*]->(:DirectReadsTest)"
            + " RETURN p, length(p) AS length ORDER BY length",
        "MATCH p = (:DirectReadsTest {name: 'c'})<-[:DIRECT_READS_LINK*]-(:DirectReadsTest)"
            + " RETURN p ORDER BY length(p)",
        "MATCH p = (a:DirectReadsTest {name: 'a'}) RETURN p, [a] AS inList, {node: a} AS inMap",
        "UNWIND range(1, 5) AS x RETURN x, x * x AS square, toString(x) AS s",
        "MATCH (n:NoSuchLabelAnywhere) RETURN n",
        "CALL db.labels() YIELD label WHERE label = 'DirectReadsTest' RETURN label");
  }

  @ParameterizedTest
  @MethodSource("queries")
  void aDirectReadReturnsWhatTheSameReadReturnsOverBolt(String cypher) {
    List<Record> overBolt = bolt.read(cypher, PARAMETERS);
    List<Record> direct = this.direct.read(cypher, PARAMETERS);

    assertThat(direct).hasSameSizeAs(overBolt);
    if (!cypher.contains("NoSuchLabelAnywhere")) {
      assertThat(direct).isNotEmpty();
    }
    for (int i = 0; i < overBolt.size(); i++) {
      assertThat(direct.get(i).keys()).isEqualTo(overBolt.get(i).keys());
      assertThat(describe(direct.get(i))).isEqualTo(describe(overBolt.get(i)));
      // The driver's own equality, too (it compares entities by id).
      assertThat(direct.get(i)).isEqualTo(overBolt.get(i));
    }
  }

  @Test
  void entitiesCarryTheirElementIdsLabelsAndProperties() {
    Record row =
        direct
            .read("MATCH (n:DirectReadsTest {name: 'a'})-[r]->(m) RETURN n, r, m", Map.of())
            .getFirst();
    Node n = row.get("n").asNode();
    Relationship r = row.get("r").asRelationship();
    assertThat(n.labels()).containsExactlyInAnyOrder("DirectReadsTest", "Second");
    assertThat(n.get("nums").asList(Value::asLong)).containsExactly(1L, 2L, 3L);
    assertThat(n.get("bytes").asByteArray()).containsExactly(9, 8, 7);
    assertThat(n.get("day").asLocalDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(n.get("took").asIsoDuration().seconds()).isEqualTo(3600);
    assertThat(r.type()).isEqualTo("DIRECT_READS_LINK");
    assertThat(r.startNodeElementId()).isEqualTo(n.elementId());
    assertThat(r.endNodeElementId()).isEqualTo(row.get("m").asNode().elementId());
    assertThat(n.elementId())
        .isEqualTo(
            bolt.read("MATCH (n:DirectReadsTest {name: 'a'}) RETURN elementId(n) AS id", Map.of())
                .getFirst()
                .get("id")
                .asString());
  }

  @Test
  void aDirectReadIsCountedAsOneRoundTrip() {
    assertThat(direct.readsDirect()).isTrue();
    assertThat(bolt.readsDirect()).isFalse();
    long before = direct.roundTrips();
    direct.read("RETURN 1 AS one", Map.of());
    direct.read("RETURN 2 AS two", Map.of());
    assertThat(direct.roundTrips()).isEqualTo(before + 2);
    assertThat(registry.get("regintel.neo4j.round.trips").counter().count()).isEqualTo(before + 2);
  }

  /**
   * Refused with a client error both ways, though not the same one: Bolt's read session says
   * Statement.AccessMode, the read-only embedded transaction Security.Forbidden.
   */
  @Test
  void aWriteSentAsAReadIsRefusedBothWays() {
    String write = "CREATE (n:DirectReadsTest {name: 'sneaked in'}) RETURN n";
    Neo4jException overBolt = catchNeo4j(() -> bolt.read(write, Map.of()));
    Neo4jException direct = catchNeo4j(() -> this.direct.read(write, Map.of()));
    assertThat(overBolt.code()).isEqualTo("Neo.ClientError.Statement.AccessMode");
    assertThat(direct.code()).isEqualTo("Neo.ClientError.Security.Forbidden");
    assertThat(bolt.read("MATCH (n:DirectReadsTest {name: 'sneaked in'}) RETURN n", Map.of()))
        .isEmpty();
  }

  @Test
  void anErrorInTheQueryComesBackWithTheSameCode() {
    Neo4jException overBolt = catchNeo4j(() -> bolt.read("RETURN nonsense(", Map.of()));
    Neo4jException direct = catchNeo4j(() -> this.direct.read("RETURN nonsense(", Map.of()));
    assertThat(direct.code())
        .isEqualTo(overBolt.code())
        .isEqualTo("Neo.ClientError.Statement.SyntaxError");
    Neo4jException missing = catchNeo4j(() -> this.direct.read("RETURN $absent", Map.of()));
    assertThat(missing.code()).isEqualTo("Neo.ClientError.Statement.ParameterMissing");
  }

  private static Neo4jException catchNeo4j(Runnable read) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(Neo4jException.class);
    return (Neo4jException) thrown;
  }

  /** A record as plain, comparable Java values, entities spelled out in full. */
  static Map<String, Object> describe(Record record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    record.keys().forEach(k -> fields.put(k, describe(record.get(k))));
    return fields;
  }

  static Object describe(Value v) {
    String type = v.type().name(); // e.g. "LIST OF ANY?" for a list
    if (type.startsWith("LIST")) {
      type = "LIST";
    }
    return switch (type) {
      case "NODE" -> describe(v.asNode());
      case "RELATIONSHIP" -> describe(v.asRelationship());
      case "PATH" -> {
        Path p = v.asPath();
        List<Object> walk = new ArrayList<>();
        walk.add(describe(p.start()));
        p.forEach(
            s -> {
              walk.add(describe(s.relationship()));
              walk.add(describe(s.end()));
            });
        yield List.of("PATH", walk);
      }
      case "LIST" -> List.of("LIST", v.asList(DirectReadsIT::describe));
      case "MAP" -> List.of("MAP", new TreeMap<>(v.asMap(DirectReadsIT::describe)));
      case "VECTOR" -> List.of("VECTOR", v.toString());
      case "BYTES" -> List.of("BYTES", java.util.HexFormat.of().formatHex(v.asByteArray()));
      case "NULL" -> "NULL";
      default -> List.of(type, v.asObject());
    };
  }

  static Object describe(Node n) {
    return List.of(
        "NODE",
        n.elementId(),
        n.id(),
        new java.util.TreeSet<>((java.util.Collection<String>) n.labels()),
        new TreeMap<>(n.asMap(DirectReadsIT::describe)));
  }

  static Object describe(Relationship r) {
    return List.of(
        "RELATIONSHIP",
        r.elementId(),
        r.type(),
        r.startNodeElementId(),
        r.endNodeElementId(),
        new TreeMap<>(r.asMap(DirectReadsIT::describe)));
  }
}
