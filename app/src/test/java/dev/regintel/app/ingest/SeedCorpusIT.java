package dev.regintel.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.internal.neo4j.SchemaMigrations;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.GraphWriter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * Fidelity of the shipped corpus ({@code seed-data/}): it loads without a problem, holds what the
 * regulations hold, is bilingual, carries provenance everywhere, and reloads without change.
 */
class SeedCorpusIT {

  static final Path CORPUS = Path.of("../seed-data");
  static final String ETSI = "doc:etsi-en-303-645:v2.1.1";

  /** ETSI EN 303 645 V2.1.1 Annex B: the 33 mandatory provisions (some only under a condition). */
  static final Set<String> ETSI_MANDATORY =
      Set.of(
          "4-1", "5.1-1", "5.1-2", "5.1-3", "5.1-4", "5.1-5", "5.2-1", "5.3-2", "5.3-3", "5.3-7",
          "5.3-8", "5.3-10", "5.3-13", "5.3-16", "5.4-1", "5.4-2", "5.4-3", "5.4-4", "5.5-1",
          "5.5-5", "5.5-7", "5.5-8", "5.6-1", "5.6-2", "5.6-4", "5.8-2", "5.8-3", "5.11-1",
          "5.13-1", "6-1", "6-2", "6-3", "6-5");

  /** Provisions per clause of ETSI EN 303 645 V2.1.1. */
  static final Map<String, Integer> ETSI_CLAUSES =
      Map.ofEntries(
          Map.entry("4", 1),
          Map.entry("5.1", 5),
          Map.entry("5.2", 3),
          Map.entry("5.3", 16),
          Map.entry("5.4", 4),
          Map.entry("5.5", 8),
          Map.entry("5.6", 9),
          Map.entry("5.7", 2),
          Map.entry("5.8", 3),
          Map.entry("5.9", 3),
          Map.entry("5.10", 1),
          Map.entry("5.11", 4),
          Map.entry("5.12", 3),
          Map.entry("5.13", 1),
          Map.entry("6", 5));

  static SeedLoader loader;
  static LoadReport first;
  static Set<String> idsAfterFirst;

  @BeforeAll
  static void loadCorpus() {
    var properties =
        new RegintelProperties(
            "data",
            new RegintelProperties.Neo4j(
                TestNeo4j.boltUri(), "neo4j", null, null, 0, "64m", Duration.ofSeconds(5)),
            new RegintelProperties.Seed(CORPUS.toString(), false));
    new SchemaMigrations(TestNeo4j.driver(), properties).apply();
    loader =
        new SeedLoader(
            new Graph(TestNeo4j.driver(), null, new SimpleMeterRegistry()),
            new GraphWriter(),
            event -> {});
    TestNeo4j.clean();
    first = loader.load(List.of(CORPUS));
    idsAfterFirst = ids();
  }

  @AfterAll
  static void restoreStandardGraph() {
    TestNeo4j.restoreStandardGraph(loader);
  }

  static List<Record> query(String cypher, Map<String, Object> params) {
    return TestNeo4j.driver().executableQuery(cypher).withParameters(params).execute().records();
  }

  static long count(String cypher) {
    return query(cypher, Map.of()).getFirst().get(0).asLong();
  }

  static Set<String> ids() {
    return query("MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id", Map.of()).stream()
        .map(r -> r.get("id").asString())
        .collect(Collectors.toSet());
  }

  @Test
  void theCorpusLoadsWithoutAProblem() {
    assertThat(first.problems()).isEmpty();
    assertThat(first.written()).hasSizeGreaterThan(100);
  }

  @Test
  void everyEtsiProvisionIsPresentWithItsStatus() {
    Map<String, String> obligations = new HashMap<>();
    query(
            "MATCH (:Document {id: $id})-[:HAS_REQUIREMENT]->(r) RETURN r.ref AS ref, r.obligation AS o",
            Map.of("id", ETSI))
        .forEach(r -> obligations.put(r.get("ref").asString(), r.get("o").asString()));
    assertThat(obligations).hasSize(68);
    Map<String, Long> perClause =
        obligations.keySet().stream()
            .collect(
                Collectors.groupingBy(
                    ref -> ref.substring(0, ref.indexOf('-')), Collectors.counting()));
    ETSI_CLAUSES.forEach(
        (clause, n) ->
            assertThat(perClause.get(clause)).as("clause " + clause).isEqualTo(n.longValue()));
    obligations.forEach(
        (ref, obligation) -> {
          if (ETSI_MANDATORY.contains(ref)) {
            assertThat(obligation).as(ref).isIn("MANDATORY", "CONDITIONAL");
          } else {
            assertThat(obligation).as(ref).isEqualTo("RECOMMENDED");
          }
        });
    assertThat(
            count(
                """
        MATCH (:Document {id: 'doc:etsi-en-303-645:v2.1.1'})-[:HAS_REQUIREMENT]->(r {obligation: 'CONDITIONAL'})
        WHERE r.condition IS NULL RETURN count(r)"""))
        .as("conditional provisions without a condition")
        .isZero();
  }

  static Set<String> refs(String documentId) {
    return query(
            "MATCH (:Document {id: $id})-[:HAS_REQUIREMENT]->(r) RETURN r.ref AS ref",
            Map.of("id", documentId))
        .stream()
        .map(r -> r.get("ref").asString())
        .collect(Collectors.toSet());
  }

  static Stream<String> letters(String prefix, char from, char to) {
    return java.util.stream.IntStream.rangeClosed(from, to)
        .mapToObj(c -> prefix + "(" + (char) c + ")");
  }

  @Test
  void euActsHoldTheProvisionsTheirUsersCite() {
    assertThat(refs("doc:eu-2022-2555"))
        .contains("Art. 20", "Art. 21(1)", "Art. 23")
        .containsAll(letters("Art. 21(2)", 'a', 'j').toList())
        .containsAll(letters("Art. 23(4)", 'a', 'e').toList());
    assertThat(refs("doc:eu-2024-2847"))
        .contains("Annex I Part I (1)", "Art. 13", "Art. 14")
        .containsAll(letters("Annex I Part I (2)", 'a', 'm').toList())
        .containsAll(
            java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(i -> "Annex I Part II (" + i + ")")
                .toList());
    assertThat(
            count(
                """
        MATCH (:Document {id: 'doc:eu-2022-2555'})-[:HAS_REQUIREMENT]->(r)
        WHERE r.ref IN ['Art. 23(4)(a)', 'Art. 23(4)(b)'] AND r.deadline IS NOT NULL RETURN count(r)"""))
        .isEqualTo(2);
  }

  @Test
  void ukAndCaliforniaHoldTheirScheduleAndSections() {
    assertThat(refs("doc:uk-si-2023-1007"))
        .contains("Sch. 1 para. 1", "Sch. 1 para. 2", "Sch. 1 para. 3", "Sch. 2", "Sch. 3");
    assertThat(refs("doc:uk-cop-consumer-iot:2018")).hasSize(13);
    assertThat(refs("doc:us-ca-civ-1.81.26"))
        .contains(
            "1798.91.04(a)(1)",
            "1798.91.04(a)(2)",
            "1798.91.04(a)(3)",
            "1798.91.04(b)(1)",
            "1798.91.04(b)(2)",
            "1798.91.04(c)",
            "1798.91.05",
            "1798.91.06");
  }

  @Test
  void nistBaselinesAndCsfHaveTheirCapabilitiesAndCategories() {
    assertThat(
            count(
                """
        MATCH (:Document {id: 'doc:nist-ir-8259a:final'})-[:HAS_REQUIREMENT]->(r) WHERE r.parentId IS NULL
        RETURN count(r)"""))
        .isEqualTo(6);
    assertThat(
            count(
                """
        MATCH (:Document {id: 'doc:nist-ir-8259b:final'})-[:HAS_REQUIREMENT]->(r) WHERE r.parentId IS NULL
        RETURN count(r)"""))
        .isEqualTo(4);
    assertThat(refs("doc:nist-csf:2.0"))
        .contains("GV", "ID", "PR", "DE", "RS", "RC", "GV.SC", "PR.AA", "RC.CO");
    assertThat(
            count(
                """
        MATCH (:Document {id: 'doc:nist-csf:2.0'})-[:HAS_REQUIREMENT]->(r)
        WHERE r.ref =~ '[A-Z]{2}\\\\.[A-Z]{2}' RETURN count(r)"""))
        .isEqualTo(22);
  }

  @Test
  void theCorpusIsLargeEnoughForItsUsers() {
    assertThat(count("MATCH (d:Document) RETURN count(d)")).isGreaterThanOrEqualTo(100);
    assertThat(count("MATCH (c:Control) RETURN count(c)")).isGreaterThanOrEqualTo(40);
    assertThat(count("MATCH ()-[m:MAPS_TO]->() RETURN count(m)")).isGreaterThanOrEqualTo(200);
    assertThat(count("MATCH (t:Term) RETURN count(t)")).isGreaterThanOrEqualTo(300);
    assertThat(count("MATCH (d:Device {example: true}) RETURN count(d)")).isEqualTo(2);
  }

  @Test
  void everythingIsBilingual() {
    // Every requirement, curated or imported (the SP 800-53 controls get theirs from
    // seed-data/oscal/titles-ja.yaml), has a Japanese title.
    assertThat(
            count(
                "MATCH (r:Requirement) WHERE r.titleJa IS NULL OR trim(r.titleJa) = ''"
                    + " RETURN count(r)"))
        .isZero();
    assertThat(count("MATCH (d:Document) WHERE d.titleJa IS NULL RETURN count(d)")).isZero();
    assertThat(
            count(
                "MATCH (c:Control) WHERE c.nameJa IS NULL OR c.descriptionJa IS NULL RETURN count(c)"))
        .isZero();
    assertThat(count("MATCH (j:Jurisdiction) WHERE j.nameJa IS NULL RETURN count(j)")).isZero();
    assertThat(count("MATCH (p:Publisher) WHERE p.nameJa IS NULL RETURN count(p)")).isZero();
  }

  @Test
  void everyNodeAndRelationshipHasProvenance() {
    assertThat(
            count(
                """
        MATCH (n) WHERE NOT n:RegintelMeta AND none(l IN labels(n) WHERE l STARTS WITH '__')
          AND (n.srcUrl IS NULL OR n.srcMethod IS NULL) RETURN count(n)"""))
        .isZero();
    assertThat(
            count(
                """
        MATCH (a)-[r]->() WHERE none(l IN labels(a) WHERE l STARTS WITH '__')
          AND (r.srcUrl IS NULL OR r.srcMethod IS NULL) RETURN count(r)"""))
        .isZero();
  }

  @Test
  void etsiTextIsNeverReproduced() {
    assertThat(
            count(
                """
        MATCH (d:Document)-[:PUBLISHED_BY]->(:Publisher {id: 'pub:etsi'}), (d)-[:HAS_REQUIREMENT]->(r)
        WHERE r.textIsOfficial = true RETURN count(r)"""))
        .isZero();
  }

  @Test
  void idsAreUniqueAndStableAcrossReloads() {
    assertThat(count("MATCH (n) WHERE n.id IS NOT NULL RETURN count(n)"))
        .isEqualTo(idsAfterFirst.size());
    LoadReport again = loader.load(List.of(CORPUS));
    assertThat(again.problems()).isEmpty();
    assertThat(again.nodesCreated()).isZero();
    assertThat(again.relationshipsCreated()).isZero();
    assertThat(ids()).isEqualTo(idsAfterFirst);
  }
}
