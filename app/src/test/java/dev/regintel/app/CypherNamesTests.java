package dev.regintel.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.CypherNames.PropertyValue;
import org.junit.jupiter.api.Test;

class CypherNamesTests {

  @Test
  void readsLabelsFromNodePatternsPredicatesAndLabelLists() {
    String cypher =
        """
        MATCH (d:Document {id: $id})-[:PUBLISHED_BY]->(:Publisher)
        MERGE (x: `Term`) CREATE (n:Control:Device)
        WITH d MATCH (a) WHERE a:Requirement AND 'Supplier' IN labels(a) OR labels(a)[0] = 'Jurisdiction'
        SET d:Change REMOVE d:CrawlRun
        """;

    assertThat(CypherNames.labels(cypher))
        .containsExactlyInAnyOrder(
            "Document",
            "Publisher",
            "Term",
            "Control",
            "Device",
            "Requirement",
            "Supplier",
            "Jurisdiction",
            "Change",
            "CrawlRun");
  }

  @Test
  void readsRelationshipTypesInEitherDirectionWithAlternatives() {
    String cypher =
        """
        MATCH (a)-[:MAPS_TO*0..3]-(b)<-[s:SATISFIES]-(c)
        MATCH (a)-[r:HAS_PART|HAS_REQUIREMENT]->(x), (x)-[:PART_OF|:BASED_IN]->{0,3}(y)
        """;

    assertThat(CypherNames.relationshipTypes(cypher))
        .containsExactlyInAnyOrder(
            "MAPS_TO", "SATISFIES", "HAS_PART", "HAS_REQUIREMENT", "PART_OF", "BASED_IN");
  }

  @Test
  void mapsParametersListsStringsAndCommentsNameNothing() {
    String cypher =
        """
        // MATCH (n:Commented)-[:COMMENTED]->()
        MATCH (n {key: $Value, other: Value}) WHERE n.x IN [a:b, c] AND n.detail = '(x:Quoted)-[:QUOTED]->'
        RETURN collect({control: c.id}) AS starts, n {.*, nid: id(n)}, [(n)--(m) | [m.id, m.x]]
        """;

    assertThat(CypherNames.labels(cypher)).isEmpty();
    assertThat(CypherNames.relationshipTypes(cypher)).isEmpty();
  }

  @Test
  void anUnknownLabelOrTypeIsReportedWithWhereItWasFound() {
    String cypher = "MATCH (v:Vendor)-[:SELLS]->(d:Device)-[:IMPLEMENTS]->(c:Control)";

    assertThat(CypherNames.notInTheOntology("bench/Fake.java", cypher))
        .containsExactly(
            "bench/Fake.java: the label Vendor is not a Label of the ontology",
            "bench/Fake.java: the relationship type SELLS is not a RelType of the ontology");
  }

  @Test
  void readsTheValuesPropertiesAreComparedWith() {
    String cypher =
        """
        MATCH (m:RegintelMeta {key: 'graph'}) WHERE q.obligation <> 'INFORMATIVE' AND 'CRAWL' = n.srcMethod
          AND d.kind IN ['LAW', 'BILL'] AND r.srcMethod = '%s'
        RETURN CASE d.status WHEN 'IN_FORCE' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END
        """;

    assertThat(CypherNames.comparedValues(cypher))
        .containsExactlyInAnyOrder(
            new PropertyValue("key", "graph"),
            new PropertyValue("obligation", "INFORMATIVE"),
            new PropertyValue("srcMethod", "CRAWL"),
            new PropertyValue("kind", "LAW"),
            new PropertyValue("kind", "BILL"),
            new PropertyValue("status", "IN_FORCE"),
            new PropertyValue("status", "DRAFT"));
  }

  @Test
  void javaStringsAreLiteralsAndTextBlocksWithJoinedPartsAndWithoutComments() {
    String java =
        """
        class X {
          // "MATCH (n:LineComment)"
          /* "MATCH (n:BlockComment)" */
          char quote = '"';
          char apostrophe = '\\'';
          String a = "MATCH (n:" + "Document) " + label + "RETURN \\"n\\"";
          String b = \"""
              MATCH (r:Requirement)
              RETURN r\""";
        }
        """;

    assertThat(CypherNames.javaStrings(java))
        .containsExactly("MATCH (n:Document) ", "RETURN \"n\"", "MATCH (r:Requirement)\nRETURN r");
  }

  @Test
  void onlyStringsWithAClauseKeywordAreTakenForCypher() {
    assertThat(CypherNames.looksLikeCypher("UNWIND $rows AS row CREATE (c:Change)")).isTrue();
    assertThat(CypherNames.looksLikeCypher("CASE d.status WHEN 'DRAFT' THEN 1 ELSE 2 END"))
        .isTrue();
    assertThat(CypherNames.looksLikeCypher("not CLML (no leg:Legislation root): ")).isFalse();
  }
}
