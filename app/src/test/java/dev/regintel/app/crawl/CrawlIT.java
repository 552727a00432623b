package dev.regintel.app.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.support.AbstractAppIT;
import dev.regintel.app.support.GraphQlClient;
import dev.regintel.app.support.TestNeo4j;
import dev.regintel.app.write.Conflict;
import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.RequirementRecord;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.crawl.CrawlListener;
import dev.regintel.crawlers.crawl.CrawlReport;
import dev.regintel.crawlers.crawl.Retriever;
import dev.regintel.crawlers.crawl.Snapshot;
import dev.regintel.crawlers.fetch.FetchOutcome;
import dev.regintel.crawlers.source.Sources;
import dev.regintel.ontology.Method;
import dev.regintel.ontology.Provenance;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Crawls into the shared test graph: the shipped snapshot end to end, then single records through
 * the same crawler and ingest to show each merge rule. The graph is put back afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlIT extends AbstractAppIT {

  static final Path SNAPSHOTS = Path.of("../seed-data/snapshots");
  static final Instant RETRIEVED = Instant.parse("2026-11-21T10:00:00Z");

  @Autowired CrawlService crawls;
  @LocalServerPort int port;

  @AfterAll
  void restore() {
    TestNeo4j.restoreStandardGraph(seedLoader);
  }

  private static long contentNodes() {
    return TestNeo4j.driver()
        .executableQuery("MATCH (n) WHERE NOT n:CrawlRun RETURN count(n) AS n")
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }

  private static List<org.neo4j.driver.Record> query(String cypher, Map<String, Object> params) {
    return TestNeo4j.driver().executableQuery(cypher).withParameters(params).execute().records();
  }

  @Test
  void theSnapshotCrawlsForEverySourceAndASecondRunAddsNothing() {
    List<CrawlRun> first = crawls.crawl(Sources.all(), new Snapshot(SNAPSHOTS), CrawlListener.NONE);
    long[] afterFirst = TestNeo4j.counts();
    long contentAfterFirst = contentNodes();
    List<CrawlRun> second =
        crawls.crawl(Sources.all(), new Snapshot(SNAPSHOTS), CrawlListener.NONE);
    long[] afterSecond = TestNeo4j.counts();

    assertThat(first).hasSize(Sources.all().size());
    for (CrawlRun run : first) {
      CrawlReport r = run.report();
      assertThat(r.failures()).as("%s %s", r.source(), r.errors()).isZero();
      assertThat(r.fetched()).as(r.source()).isPositive();
      assertThat(r.records()).as(r.source()).isPositive();
      assertThat(r.created() + r.updated() + r.unchangedRecords()).isEqualTo(r.records());
    }
    assertThat(first.stream().mapToLong(CrawlRun::nodesCreated).sum()).isPositive();
    for (CrawlRun run : second) {
      assertThat(run.nodesCreated()).as(run.report().source()).isZero();
      assertThat(run.relationshipsCreated()).as(run.report().source()).isZero();
      assertThat(run.report().created() + run.report().updated()).isZero();
    }
    // The only addition is the record of each run.
    assertThat(contentNodes()).isEqualTo(contentAfterFirst);
    assertThat(afterSecond[0]).isEqualTo(afterFirst[0] + Sources.all().size());
    assertThat(afterSecond[1]).isEqualTo(afterFirst[1]);

    // Every node a crawl made carries its full provenance.
    List<org.neo4j.driver.Record> crawled =
        query(
            """
            MATCH (n) WHERE n.srcMethod = 'CRAWL'
            RETURN count(n) AS all,
                   count(CASE WHEN n.srcUrl STARTS WITH 'https://' AND n.srcRetrieved IS NOT NULL
                              AND size(n.srcSha256) = 64 THEN 1 END) AS complete""",
            Map.of());
    assertThat(crawled.getFirst().get("all").asLong()).isPositive();
    assertThat(crawled.getFirst().get("complete").asLong())
        .isEqualTo(crawled.getFirst().get("all").asLong());
    // Crawled requirements of the EU acts meet the curated ones by id (no duplicates).
    assertThat(
            query(
                    "MATCH (r:Requirement {id: 'req:eu-2022-2555:art-21-2-d'}) RETURN r.srcMethod AS m",
                    Map.of())
                .getFirst()
                .get("m")
                .asString())
        .isEqualTo("SEED");
  }

  @Test
  void crawlRunsAndHistoryAreServedOverGraphQl() {
    crawls.crawl(Sources.named(List.of("gov-uk")), new Snapshot(SNAPSHOTS), CrawlListener.NONE);
    GraphQlClient client = new GraphQlClient(port);

    JsonNode runs =
        client.executeText(
            """
            { crawlRuns(source: "gov-uk", first: 1) {
                id source mode startedAt finishedAt fetched unchanged failed skipped records
                created updated unchangedRecords rejected failures nodesCreated relationshipsCreated
                errors { url stage message } conflicts { nodeId field stored crawled url } } }""",
            Map.of());
    JsonNode run = runs.at("/data/crawlRuns/0");
    assertThat(run.path("source").asString()).isEqualTo("gov-uk");
    assertThat(run.path("mode").asString()).startsWith("offline from");
    assertThat(run.path("fetched").asInt()).isEqualTo(3);
    assertThat(run.path("failures").asInt()).isZero();
    assertThat(run.path("records").asInt()).isPositive();

    JsonNode bad = client.executeText("{ crawlRuns(first: 0) { id } }", Map.of());
    assertThat(bad.at("/errors/0/message").asString()).contains("first must be from 1 to 500");

    String newDocument =
        query(
                "MATCH (c:Change {kind: 'NEW_DOCUMENT', srcMethod: 'CRAWL'})"
                    + " RETURN c.documentId AS id LIMIT 1",
                Map.of())
            .getFirst()
            .get("id")
            .asString();
    String code =
        query("MATCH (d:Document {id: $id}) RETURN d.code AS c", Map.of("id", newDocument))
            .getFirst()
            .get("c")
            .asString();
    JsonNode history =
        client.executeText(
            "query($c: String!) { document(code: $c) { id history { kind at detail fields"
                + " crawlRunId document { id } source { url method sha256 } } } }",
            Map.of("c", code));
    assertThat(history.at("/data/document/history").size()).isPositive();
    JsonNode change = history.at("/data/document/history/0");
    assertThat(change.path("kind").asString()).isIn("NEW_DOCUMENT", "NEW_VERSION");
    assertThat(change.at("/source/method").asString()).isEqualTo("CRAWL");
    assertThat(change.at("/document/id").asString())
        .isEqualTo(history.at("/data/document/id").asString());

    JsonNode changes =
        client.executeText(
            "{ changes(since: \"2000-01-01T00:00:00Z\", first: 1000,"
                + " changeKinds: [\"NEW_DOCUMENT\", \"NEW_VERSION\"])"
                + " { kind crawlRunId source { method } document { id } } }",
            Map.of());
    List<String> crawled = new java.util.ArrayList<>();
    changes
        .at("/data/changes")
        .forEach(
            c -> {
              if (c.at("/source/method").asString().equals("CRAWL")) {
                assertThat(c.get("crawlRunId").asString()).startsWith("crawl:");
                crawled.add(c.at("/document/id").asString());
              }
            });
    assertThat(crawled).as("changes(since:) lists the crawl's events").contains(newDocument);
  }

  @Test
  void aChangedSourceDocumentIsUpdatedWithItsHistoryKept() {
    DocumentRecord draft = document("doc:test-crawl-draft:ipd", "Old title", "DRAFT", null);
    DocumentRecord final1 = document("doc:test-crawl-draft:ipd", "New title", "FINAL", null);

    CrawlReport first = crawlOne(draft).report();
    CrawlReport second = crawlOne(final1).report();
    CrawlReport third = crawlOne(final1).report();

    assertThat(first.created()).isEqualTo(1);
    assertThat(second.updated()).isEqualTo(1);
    assertThat(third.unchangedRecords()).isEqualTo(1);
    var node =
        query(
                "MATCH (d:Document {id: 'doc:test-crawl-draft:ipd'})-[:PUBLISHED_BY]->(p)"
                    + " RETURN d.title AS t, d.status AS s, p.id AS p",
                Map.of())
            .getFirst();
    assertThat(node.get("t").asString()).isEqualTo("New title");
    assertThat(node.get("s").asString()).isEqualTo("FINAL");
    assertThat(node.get("p").asString()).isEqualTo("pub:nist");
    var changes =
        query(
            "MATCH (c:Change {documentId: 'doc:test-crawl-draft:ipd'})"
                + " RETURN c.kind AS k, c.before AS b, c.after AS a ORDER BY c.at, c.kind",
            Map.of());
    assertThat(changes)
        .extracting(r -> r.get("k").asString())
        .containsExactlyInAnyOrder("NEW_DOCUMENT", "STATUS_CHANGED", "UPDATED");
    assertThat(changes)
        .filteredOn(r -> r.get("k").asString().equals("UPDATED"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("b").asString()).contains("Old title");
              assertThat(r.get("a").asString()).contains("New title");
            });
  }

  @Test
  void curatedValuesWinConflictsAreReportedAndEmptyFieldsAreFilled() {
    var seeded =
        query(
                "MATCH (d:Document {id: 'doc:nist-ir-8425:ipd-2022-06'})"
                    + " RETURN d.title AS t, d.summary AS s, d.srcMethod AS m",
                Map.of())
            .getFirst();
    assertThat(seeded.get("m").asString()).isEqualTo("SEED");
    DocumentRecord disagreeing =
        document("doc:nist-ir-8425:ipd-2022-06", "A different title", "DRAFT", "A crawled summary");

    CrawlRun run = crawlOne(disagreeing);

    assertThat(run.conflicts())
        .extracting(Conflict::field, Conflict::crawled)
        .contains(org.assertj.core.groups.Tuple.tuple("title", "A different title"));
    var after =
        query(
                "MATCH (d:Document {id: 'doc:nist-ir-8425:ipd-2022-06'})"
                    + " RETURN d.title AS t, d.summary AS s, d.crawlUrl AS u, d.srcMethod AS m",
                Map.of())
            .getFirst();
    assertThat(after.get("t").asString()).isEqualTo(seeded.get("t").asString());
    assertThat(after.get("m").asString()).isEqualTo("SEED");
    if (seeded.get("s").isNull()) {
      assertThat(after.get("s").asString()).isEqualTo("A crawled summary");
      assertThat(after.get("u").asString()).isEqualTo("https://example.test/crawl");
    } else {
      assertThat(after.get("s").asString()).isEqualTo(seeded.get("s").asString());
    }
  }

  @Test
  void badRecordsAreRejectedWithTheReasonAndNothingStoredIsLost() {
    long[] before = TestNeo4j.counts();
    String titleBefore =
        query("MATCH (d:Document {id: 'doc:etsi-en-303-645:v2.1.1'}) RETURN d.title AS t", Map.of())
            .getFirst()
            .get("t")
            .asString();
    DocumentRecord unknownPublisher =
        new DocumentRecord(
            "doc:test-crawl-orphan:v1",
            "TEST 1",
            "v1",
            "Orphan",
            "STANDARD",
            "FINAL",
            null,
            null,
            null,
            null,
            "pub:nobody",
            List.of("GB"),
            null,
            "test-crawl-orphan",
            List.of(),
            null,
            List.of(),
            provenance());
    RequirementRecord unknownDocument =
        new RequirementRecord(
            "doc:test-crawl-missing:v1", "1.1", null, "x", "y", "MANDATORY", provenance());
    RequirementRecord badObligation =
        new RequirementRecord(
            "doc:etsi-en-303-645:v2.1.1", "5.1-1", null, null, null, "SOMETIMES", provenance());
    DocumentRecord badStatus = document("doc:etsi-en-303-645:v2.1.1", null, "PUBLISHED", null);

    CrawlRun run = crawlOne(unknownPublisher, unknownDocument, badObligation, badStatus);
    // A fetch failure and a truncated body in a later run change nothing either.
    CrawlRun failing =
        crawls
            .crawl(
                List.of(source(url -> new FetchOutcome.Failed(url, "HTTP 500 from " + url, 500))),
                retriever(url -> new FetchOutcome.Failed(url, "HTTP 500 from " + url, 500)),
                CrawlListener.NONE)
            .getFirst();

    assertThat(run.report().rejected()).isEqualTo(4);
    assertThat(run.report().errors())
        .extracting(CrawlReport.Error::message)
        .anySatisfy(m -> assertThat(m).contains("unknown publisher pub:nobody"))
        .anySatisfy(
            m -> assertThat(m).contains("doc:test-crawl-missing:v1 is neither in the graph"))
        .anySatisfy(m -> assertThat(m).contains("obligation 'SOMETIMES'"))
        .anySatisfy(m -> assertThat(m).contains("status 'PUBLISHED'"));
    assertThat(failing.report().failed()).isEqualTo(1);
    long[] after = TestNeo4j.counts();
    assertThat(after[0]).isEqualTo(before[0] + 2); // the two CrawlRun records
    assertThat(after[1]).isEqualTo(before[1]);
    assertThat(
            query(
                    "MATCH (d:Document {id: 'doc:etsi-en-303-645:v2.1.1'}) RETURN d.title AS t",
                    Map.of())
                .getFirst()
                .get("t")
                .asString())
        .isEqualTo(titleBefore);
  }

  // ---- helpers: a source of given records, served by a retriever that always "fetches" the same

  private static final URI URL = URI.create("https://example.test/crawl");

  private static Provenance provenance() {
    return new Provenance(URL.toString(), RETRIEVED, Method.CRAWL, "a".repeat(64));
  }

  private static DocumentRecord document(String id, String title, String status, String summary) {
    return new DocumentRecord(
        id,
        "TEST CRAWL",
        "ipd",
        title,
        "GUIDANCE",
        status,
        null,
        LocalDate.of(2026, 11, 1),
        null,
        null,
        "pub:nist",
        List.of("US"),
        URL.toString(),
        "test-crawl",
        List.of(),
        summary,
        List.of(),
        provenance());
  }

  private CrawlRun crawlOne(CrawlRecord... records) {
    Source source = source(url -> new Parsed(List.of(records), List.of()));
    return crawls
        .crawl(
            List.of(source),
            retriever(
                url ->
                    new FetchOutcome.Fetched(
                        url,
                        new Fetched(
                            url,
                            "text/plain",
                            "records".getBytes(StandardCharsets.UTF_8),
                            RETRIEVED,
                            "a".repeat(64)))),
            CrawlListener.NONE)
        .getFirst();
  }

  private static Source source(Function<URI, Object> parse) {
    return new Source() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public Set<String> hosts() {
        return Set.of(URL.getHost());
      }

      @Override
      public List<URI> entryPoints() {
        return List.of(URL);
      }

      @Override
      public Parsed parse(Fetched fetched) {
        return (Parsed) parse.apply(fetched.url());
      }
    };
  }

  private static Retriever retriever(Function<URI, FetchOutcome> answer) {
    return new Retriever() {
      @Override
      public FetchOutcome retrieve(Source source, URI url) {
        return answer.apply(url);
      }

      @Override
      public String describe() {
        return "test";
      }
    };
  }
}
