package dev.regintel.crawlers.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.fetch.FetchConfig;
import dev.regintel.crawlers.fetch.FetchOutcome;
import dev.regintel.crawlers.fetch.Fetcher;
import dev.regintel.crawlers.fetch.InMemoryValidatorStore;
import dev.regintel.crawlers.fetch.ManualTime;
import dev.regintel.crawlers.fetch.TestServer;
import dev.regintel.crawlers.source.Fixtures;
import dev.regintel.crawlers.source.Sources;
import dev.regintel.crawlers.source.nist.NistSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped snapshot ({@code seed-data/snapshots}) and the snapshot format. */
class SnapshotTests {

  /** The module runs from {@code crawlers/}; the snapshot ships in the repository's seed-data. */
  static final Path SHIPPED = Path.of("..", "seed-data", "snapshots");

  @Test
  void everyRegisteredSourceHasASnapshot() {
    Snapshot snapshot = new Snapshot(SHIPPED);
    assertThat(Sources.names()).allSatisfy(name -> assertThat(snapshot.covers(name)).isTrue());
  }

  @Test
  void everySnapshotBodyIsDescribedInItsSourcesFixtureReadme() throws IOException {
    Snapshot snapshot = new Snapshot(SHIPPED);
    for (Source source : Sources.all()) {
      String readme =
          new String(Fixtures.bytes(source.name() + "/README.md"), StandardCharsets.UTF_8);
      for (Snapshot.Entry entry : snapshot.entries(source.name())) {
        assertThat(readme).as("%s/README.md", source.name()).contains("`" + entry.file() + "`");
        assertThat(Files.isRegularFile(SHIPPED.resolve(source.name()).resolve(entry.file())))
            .isTrue();
      }
    }
  }

  @Test
  void replayingTheSnapshotGivesRecordsForEverySourceWithoutAFailure() {
    for (Source source : Sources.all()) {
      MemorySink sink = new MemorySink();
      CrawlReport report =
          new Crawler(new Snapshot(SHIPPED), sink).crawl(source, CrawlListener.NONE);

      assertThat(report.failures()).as("%s: %s", source.name(), report.errors()).isZero();
      assertThat(report.fetched()).as(source.name()).isPositive();
      assertThat(report.records()).as(source.name()).isPositive();
      assertThat(report.mode()).startsWith("offline from ");
    }
  }

  @Test
  void replayingTwiceGivesTheSameRecords() {
    for (Source source : Sources.all()) {
      MemorySink first = new MemorySink();
      MemorySink second = new MemorySink();
      new Crawler(new Snapshot(SHIPPED), first).crawl(source, CrawlListener.NONE);
      new Crawler(new Snapshot(SHIPPED), second).crawl(source, CrawlListener.NONE);
      assertThat(second.stored).as(source.name()).isEqualTo(first.stored);
    }
  }

  @Test
  void aLiveCrawlRecordedIsReplayedToTheSameRecords(@TempDir Path dir) {
    ManualTime time = new ManualTime();
    URI feed =
        URI.create("https://csrc.nist.gov/CSRC/media/feeds/pubs/drafts-open-for-comment.json");
    URI page = URI.create("https://csrc.nist.gov/pubs/ir/8425/ipd");
    MemorySink live = new MemorySink();
    MemorySink replayed = new MemorySink();
    try (TestServer server = new TestServer(time)) {
      byte[] feedBody = Fixtures.bytes("nist/drafts-open-for-comment.json");
      byte[] pageBody = Fixtures.bytes("nist/pubs-ir-8425-ipd.html");
      server.route(
          Rehosted.path(feed),
          ex -> TestServer.respond(ex, 200, feedBody, "Content-Type", "application/json"));
      server.route(
          Rehosted.path(page),
          ex -> TestServer.respond(ex, 200, pageBody, "Content-Type", "text/html"));
      Rehosted nist = new Rehosted(new NistSource(), server.uri(""), List.of(feed));
      Fetcher fetcher =
          new Fetcher(FetchConfig.defaults(), new InMemoryValidatorStore(), time, time);
      try (Snapshot.Recorder recorder = new Snapshot.Recorder(new LiveRetriever(fetcher), dir)) {
        new Crawler(recorder, live, time, 50).crawl(nist, CrawlListener.NONE);
      }
      assertThat(new Snapshot(dir).entries("nist")).hasSize(2);

      new Crawler(new Snapshot(dir), replayed, time, 50).crawl(nist, CrawlListener.NONE);
    }
    assertThat(replayed.stored).isEqualTo(live.stored).isNotEmpty();
  }

  @Test
  void aBrokenIndexIsNamedWithWhatIsWrong(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("nist"));
    Files.writeString(dir.resolve("nist/index.json"), "{\"entries\": [ {\"url\": ");
    Snapshot snapshot = new Snapshot(dir);

    assertThatThrownBy(() -> snapshot.entries("nist"))
        .isInstanceOf(Snapshot.SnapshotException.class)
        .hasMessageContaining("index.json is not valid JSON");
    FetchOutcome outcome =
        snapshot.retrieve(new NistSource(), URI.create("https://csrc.nist.gov/x"));
    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
  }

  @Test
  void anEntryCannotPointOutsideItsFolderOrRepeatAUrl(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(
        dir.resolve("a/index.json"),
        """
        {"entries": [{"url": "https://x.test/", "file": "../../etc/passwd",
                      "retrieved": "2026-11-20T08:30:00Z"}]}""");
    Files.writeString(
        dir.resolve("b/index.json"),
        """
        {"entries": [{"url": "https://x.test/", "file": "one", "retrieved": "2026-11-20T08:30:00Z"},
                     {"url": "https://x.test/", "file": "two", "retrieved": "2026-11-20T08:30:00Z"}]}""");
    Snapshot snapshot = new Snapshot(dir);

    assertThatThrownBy(() -> snapshot.entries("a")).hasMessageContaining("is outside");
    assertThatThrownBy(() -> snapshot.entries("b")).hasMessageContaining("recorded twice");
    assertThatThrownBy(() -> snapshot.entries("c")).hasMessageContaining("no snapshot of 'c'");
    assertThatThrownBy(() -> new Snapshot(dir.resolve("missing")))
        .hasMessageContaining("snapshot directory not found");
  }

  @Test
  void recordedFileNamesAreReadableAndUnique() {
    assertThat(
            Snapshot.Recorder.fileName(
                URI.create("https://csrc.nist.gov/pubs/ir/8425/ipd"), "text/html", 0))
        .isEqualTo("001-ipd.html");
    assertThat(
            Snapshot.Recorder.fileName(
                URI.create("https://www.legislation.gov.uk/new/data.feed"), null, 9))
        .isEqualTo("010-data.feed");
    assertThat(
            Snapshot.Recorder.fileName(
                URI.create("https://api.first.org/data/v1/news"), "application/json", 2))
        .isEqualTo("003-news.json");
  }
}
