package dev.regintel.crawlers.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.crawlers.CrawlRecord;
import dev.regintel.crawlers.DocumentRecord;
import dev.regintel.crawlers.Fetched;
import dev.regintel.crawlers.Parsed;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.fetch.FetchConfig;
import dev.regintel.crawlers.fetch.Fetcher;
import dev.regintel.crawlers.fetch.InMemoryValidatorStore;
import dev.regintel.crawlers.fetch.ManualTime;
import dev.regintel.crawlers.fetch.TestServer;
import dev.regintel.crawlers.fetch.ValidatorStore;
import dev.regintel.crawlers.source.Fixtures;
import dev.regintel.crawlers.source.Xxe;
import dev.regintel.crawlers.source.nist.NistSource;
import dev.regintel.crawlers.source.uk.LegislationGovUkSource;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crawls against an in-process server that serves the recorded fixtures, with the faults a real
 * site produces. Politeness and retry waits run on a manual clock, so they cost no real time.
 */
class CrawlerTests {

  private static final URI FEED =
      URI.create("https://csrc.nist.gov/CSRC/media/feeds/pubs/drafts-open-for-comment.json");
  private static final URI IR_8425_IPD = URI.create("https://csrc.nist.gov/pubs/ir/8425/ipd");
  private static final URI PSTI_REGULATIONS =
      URI.create("https://www.legislation.gov.uk/uksi/2023/1007/made/data.xml");
  private static final String JSON = "application/json";
  private static final String HTML = "text/html; charset=utf-8";

  private final ManualTime time = new ManualTime();
  private final TestServer server = new TestServer(time);
  private final ValidatorStore validators = new InMemoryValidatorStore();
  private final List<Fetcher> fetchers = new ArrayList<>();
  private final MemorySink sink = new MemorySink();
  private final Rehosted nist = new Rehosted(new NistSource(), server.uri(""), List.of(FEED));

  @AfterEach
  void stop() {
    fetchers.forEach(Fetcher::close);
    server.close();
  }

  private Crawler crawler(FetchConfig config, RecordSink recordSink) {
    Fetcher fetcher = new Fetcher(config, validators, time, time);
    fetchers.add(fetcher);
    return new Crawler(new LiveRetriever(fetcher), recordSink, time, 50);
  }

  private Crawler crawler() {
    return crawler(FetchConfig.defaults(), sink);
  }

  private void serve(URI real, String fixture, String contentType) {
    byte[] body = Fixtures.bytes(fixture);
    server.route(
        Rehosted.path(real), ex -> TestServer.respond(ex, 200, body, "Content-Type", contentType));
  }

  private void serveGoodSite() {
    serve(FEED, "nist/drafts-open-for-comment.json", JSON);
    serve(IR_8425_IPD, "nist/pubs-ir-8425-ipd.html", HTML);
  }

  @Test
  void aCrawlFollowsTheFeedsLinksAndCountsEveryOutcome() {
    serveGoodSite();
    List<String> progress = new ArrayList<>();

    CrawlReport report =
        crawler().crawl(nist, (url, outcome, soFar) -> progress.add(outcome + " " + url));

    // The feed links four publication pages (not the project page: another host's path, same
    // host, but the parser only links publications); one is served, three answer 404.
    assertThat(report.fetched()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(3);
    assertThat(report.errors()).extracting(CrawlReport.Error::stage).containsOnly("FETCH");
    assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).contains("HTTP 404"));
    assertThat(report.records()).isEqualTo(5); // 4 drafts from the feed, 1 from the page
    assertThat(report.created()).isEqualTo(4); // the page re-reads the IR 8425 draft
    assertThat(report.updated() + report.unchangedRecords()).isEqualTo(1);
    assertThat(progress).hasSize(5).first().asString().startsWith("fetched http://127.0.0.1");
    assertThat(sink.stored).containsKey("doc:nist-ir-8425:ipd-2022-06");
    DocumentRecord draft = (DocumentRecord) sink.stored.get("doc:nist-ir-8425:ipd-2022-06");
    assertThat(draft.provenance().url()).isEqualTo(IR_8425_IPD.toString());
  }

  @Test
  void robotsDisallowStopsThePagesButNotTheFeed() {
    serveGoodSite();
    server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /csrc.nist.gov/pubs/\n");

    CrawlReport report = crawler().crawl(nist, CrawlListener.NONE);

    assertThat(report.fetched()).isEqualTo(1);
    assertThat(report.disallowed()).isEqualTo(4);
    assertThat(server.requests(Rehosted.path(IR_8425_IPD))).isEmpty();
    assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).contains("disallowed"));
  }

  @Test
  void aSecondCrawlIsAnsweredNotModifiedAndStoresNothing() {
    server.route(
        Rehosted.path(FEED),
        ex -> {
          if ("\"feed-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            TestServer.respond(ex, 304, "ETag", "\"feed-1\"");
          } else {
            TestServer.respond(
                ex,
                200,
                Fixtures.bytes("nist/drafts-open-for-comment.json"),
                "Content-Type",
                JSON,
                "ETag",
                "\"feed-1\"");
          }
        });

    crawler().crawl(nist, CrawlListener.NONE);
    int callsAfterFirst = sink.calls;
    CrawlReport second = crawler().crawl(nist, CrawlListener.NONE);

    assertThat(second.unchanged()).isEqualTo(1);
    assertThat(second.fetched()).isZero();
    assertThat(second.records()).isZero();
    assertThat(sink.calls).isEqualTo(callsAfterFirst);
  }

  @Test
  void a429WithRetryAfterIsWaitedOutAndRetried() {
    serveGoodSite();
    int[] calls = {0};
    byte[] feed = Fixtures.bytes("nist/drafts-open-for-comment.json");
    server.route(
        Rehosted.path(FEED),
        ex -> {
          if (calls[0]++ == 0) {
            TestServer.respond(ex, 429, "Retry-After", "7");
          } else {
            TestServer.respond(ex, 200, feed, "Content-Type", JSON);
          }
        });

    CrawlReport report = crawler().crawl(nist, CrawlListener.NONE);

    assertThat(calls[0]).isEqualTo(2);
    assertThat(time.sleeps()).contains(Duration.ofSeconds(7));
    assertThat(report.fetched()).isEqualTo(2);
    assertThat(report.records()).isEqualTo(5);
  }

  @Test
  void a500ThatPersistsFailsTheResourceAfterTheRetries() {
    server.route(Rehosted.path(FEED), ex -> TestServer.respond(ex, 500));

    CrawlReport report =
        crawler(
                FetchConfig.defaults().withRetries(2, Duration.ofSeconds(1), Duration.ofMinutes(1)),
                sink)
            .crawl(nist, CrawlListener.NONE);

    assertThat(server.requests(Rehosted.path(FEED))).hasSize(3);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.errors().getFirst().message()).contains("HTTP 500").contains("3 attempts");
    assertThat(sink.calls).isZero();
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    server.route(
        Rehosted.path(FEED),
        ex -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    FetchConfig config =
        FetchConfig.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
            .withRetries(0, Duration.ofSeconds(1), Duration.ofMinutes(1));

    CrawlReport report = crawler(config, sink).crawl(nist, CrawlListener.NONE);

    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.errors().getFirst().message()).contains("timed out");
  }

  @Test
  void aRedirectLoopIsCutShort() {
    server.route(Rehosted.path(FEED), ex -> TestServer.respond(ex, 302, "Location", "/elsewhere"));
    server.route("/elsewhere", ex -> TestServer.respond(ex, 302, "Location", Rehosted.path(FEED)));

    CrawlReport report = crawler().crawl(nist, CrawlListener.NONE);

    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.errors().getFirst().message()).contains("redirect loop");
  }

  @Test
  void aTruncatedFeedIsAParseFailureAndTheCrawlGoesOn() {
    serve(FEED, "nist/drafts-open-for-comment-truncated.json", JSON);
    Rehosted both = new Rehosted(new NistSource(), server.uri(""), List.of(FEED, IR_8425_IPD));
    serve(IR_8425_IPD, "nist/pubs-ir-8425-ipd.html", HTML);

    CrawlReport report = crawler().crawl(both, CrawlListener.NONE);

    assertThat(report.parseFailures()).isEqualTo(1);
    assertThat(report.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.stage()).isEqualTo("PARSE"));
    assertThat(report.records()).isEqualTo(1);
    assertThat(sink.stored).containsOnlyKeys("doc:nist-ir-8425:ipd-2022-06");
  }

  @Test
  void malformedHtmlIsReadAsFarAsItGoes() {
    URI page = URI.create("https://csrc.nist.gov/pubs/ir/8200/final");
    serve(page, "nist/pubs-ir-8200-final-malformed.html", HTML);

    CrawlReport report =
        crawler()
            .crawl(
                new Rehosted(new NistSource(), server.uri(""), List.of(page)), CrawlListener.NONE);

    assertThat(report.parseFailures()).isZero();
    assertThat(report.records()).isEqualTo(1);
  }

  @Test
  void anXxePayloadIsRefusedWithoutReachingOut() throws Exception {
    try (Xxe xxe = new Xxe()) {
      byte[] hostile = xxe.arm("legislation-gov-uk/uksi-xxe.xml");
      server.route(
          Rehosted.path(PSTI_REGULATIONS),
          ex -> TestServer.respond(ex, 200, hostile, "Content-Type", "application/xml"));
      Rehosted legislation =
          new Rehosted(new LegislationGovUkSource(), server.uri(""), List.of(PSTI_REGULATIONS));

      CrawlReport report = crawler().crawl(legislation, CrawlListener.NONE);

      assertThat(report.parseFailures()).isEqualTo(1);
      assertThat(report.errors().getFirst().message()).doesNotContain(xxe.secret());
      assertThat(sink.stored).isEmpty();
      assertThat(xxe.requests()).isZero();
    }
  }

  @Test
  void aFiftyMegabyteBodyIsAbandonedAtTheLimit() {
    server.route(
        Rehosted.path(FEED),
        ex -> {
          ex.getResponseHeaders().add("Content-Type", JSON);
          ex.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) ' ');
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 50 * 16; i++) {
              out.write(chunk);
            }
          } catch (java.io.IOException expected) {
            // the client hung up at its limit
          }
        });

    CrawlReport report = crawler().crawl(nist, CrawlListener.NONE);

    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.errors().getFirst().message()).contains("exceeds 20971520 bytes");
    assertThat(sink.calls).isZero();
  }

  @Test
  void aPageServedWithTheWrongCharsetIsReadInItsOwn() {
    URI page = URI.create("https://csrc.nist.gov/pubs/ir/8425/ipd");
    // The page declares UTF-8 in a meta tag; the server claims ISO-8859-1.
    serve(page, "nist/pubs-ir-8425-ipd.html", "text/html; charset=ISO-8859-1");

    crawler()
        .crawl(new Rehosted(new NistSource(), server.uri(""), List.of(page)), CrawlListener.NONE);

    DocumentRecord draft = (DocumentRecord) sink.stored.get("doc:nist-ir-8425:ipd-2022-06");
    assertThat(draft.title()).doesNotContain("Ã", "â€");
  }

  @Test
  void nothingStoredIsLostWhenALaterCrawlFails() {
    serveGoodSite();
    crawler().crawl(nist, CrawlListener.NONE);
    Map<String, CrawlRecord> before = new TreeMap<>(sink.stored);

    try (TestServer broken = new TestServer(time)) {
      broken.route(Rehosted.path(FEED), ex -> TestServer.respond(ex, 500));
      broken.route(
          Rehosted.path(IR_8425_IPD),
          ex ->
              TestServer.respond(
                  ex, 200, "<html><body>Service unavailable".getBytes(StandardCharsets.UTF_8)));
      Rehosted nistOnBroken =
          new Rehosted(new NistSource(), broken.uri(""), List.of(FEED, IR_8425_IPD));
      CrawlReport report =
          crawler(
                  FetchConfig.defaults()
                      .withRetries(1, Duration.ofSeconds(1), Duration.ofMinutes(1)),
                  sink)
              .crawl(nistOnBroken, CrawlListener.NONE);

      assertThat(report.failed()).isEqualTo(1);
      assertThat(report.parseFailures()).isEqualTo(1);
      assertThat(report.failures()).isEqualTo(2);
    }
    assertThat(sink.stored).isEqualTo(before);
  }

  @Test
  void aParserBugOrAFailingSinkFailsOneResourceOnly() {
    serveGoodSite();
    Source buggy =
        new Source() {
          @Override
          public String name() {
            return "buggy";
          }

          @Override
          public Set<String> hosts() {
            return nist.hosts();
          }

          @Override
          public List<URI> entryPoints() {
            return List.of(nist.local(FEED), nist.local(IR_8425_IPD));
          }

          @Override
          public Parsed parse(Fetched fetched) {
            if (fetched.url().getPath().endsWith(".json")) {
              throw new IllegalStateException("bug");
            }
            return nist.parse(fetched);
          }
        };
    RecordSink failing =
        (source, resource, records) -> {
          throw new IllegalStateException("database unavailable");
        };

    CrawlReport report = crawler(FetchConfig.defaults(), failing).crawl(buggy, CrawlListener.NONE);

    assertThat(report.parseFailures()).isEqualTo(1);
    assertThat(report.storeFailures()).isEqualTo(1);
    assertThat(report.errors())
        .extracting(CrawlReport.Error::stage, CrawlReport.Error::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PARSE", "parser error java.lang.IllegalStateException: bug"),
            org.assertj.core.groups.Tuple.tuple("STORE", "database unavailable"));
  }

  @Test
  void thePageLimitStopsARunawayCrawl() {
    serveGoodSite();
    Fetcher fetcher = new Fetcher(FetchConfig.defaults(), validators, time, time);
    fetchers.add(fetcher);

    CrawlReport report =
        new Crawler(new LiveRetriever(fetcher), sink, time, 2).crawl(nist, CrawlListener.NONE);

    assertThat(report.fetched() + report.failed()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(3);
    assertThat(report.errors().getLast().message()).contains("page limit of 2");
  }
}
