package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regintel.app.internal.neo4j.EmbeddedNeo4j;
import dev.regintel.app.support.AppProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A load and a crawl killed with SIGKILL half way, as a crash or the OOM killer would end them:
 * what they committed is whole (each seed file and each crawled resource is one transaction), a
 * rerun completes, and nothing is there twice.
 */
class KilledWritesIT {

  static final Duration RUN = Duration.ofMinutes(4);
  static final String SEED = "../seed-data";

  @TempDir Path data;

  /** What the graph in {@code data} holds, read with the service stopped. */
  record Census(
      Map<String, Long> requirementsPerDocument,
      long documents,
      long nodes,
      List<String> duplicates,
      long crawlRuns) {

    static Census of(Path data) {
      try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, "64m");
          Driver driver =
              GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", neo4j.password()))) {
        Map<String, Long> perDocument = new HashMap<>();
        driver
            .executableQuery(
                """
                MATCH (d:Document)
                RETURN d.id AS id, COUNT { (d)-[:HAS_REQUIREMENT]->(:Requirement) } AS requirements""")
            .execute()
            .records()
            .forEach(r -> perDocument.put(r.get("id").asString(), r.get("requirements").asLong()));
        List<String> duplicates =
            driver
                .executableQuery(
                    """
                    MATCH (n) WHERE n.id IS NOT NULL
                    WITH labels(n)[0] AS label, n.id AS id, count(*) AS copies WHERE copies > 1
                    RETURN label + ' ' + id + ' x' + copies AS duplicate""")
                .execute()
                .records()
                .stream()
                .map(r -> r.get("duplicate").asString())
                .toList();
        var totals =
            driver
                .executableQuery(
                    """
                    CALL () { MATCH (n) RETURN count(n) AS nodes }
                    CALL () { MATCH (c:CrawlRun) RETURN count(c) AS runs }
                    RETURN nodes, runs""")
                .execute()
                .records()
                .getFirst();
        return new Census(
            perDocument,
            perDocument.size(),
            totals.get("nodes").asLong(),
            duplicates,
            totals.get("runs").asLong());
      }
    }
  }

  /** A line that says one seed file was written: {@code LoadReport.FileResult#print}. */
  static final Predicate<String> FILE_WRITTEN = line -> line.startsWith("  written ");

  /** The second line of a crawled resource's progress: {@code CrawlCommand#run}. */
  static final Predicate<String> RESOURCE_STORED =
      line -> line.startsWith("   ") && line.contains("fetched ") && line.contains("records ");

  @Test
  void aKilledLoadAndAKilledCrawlLeaveWholeRecordsAndTheirRerunsComplete() {
    String dir = data.toString();

    // A load killed after twenty of its files committed.
    try (AppProcess load = AppProcess.start("killed-load", Map.of(), "load", "--data", dir, SEED)) {
      load.awaitLines(FILE_WRITTEN, 20, RUN);
      load.kill();
    }
    Census killed = Census.of(data);
    assertThat(killed.documents()).isPositive();

    AppProcess rerun = AppProcess.start("load-rerun", Map.of(), "load", "--data", dir, SEED);
    assertThat(rerun.waitFor(RUN)).as(String.join("\n", rerun.lines())).isZero();
    assertThat(rerun.lines())
        .anyMatch(l -> l.startsWith("Loaded "))
        .noneMatch(l -> l.contains("problem(s)"));
    Census loaded = Census.of(data);

    assertThat(loaded.documents()).as("the kill came half way").isGreaterThan(killed.documents());
    assertThat(loaded.requirementsPerDocument())
        .as("every document the killed load wrote was whole")
        .containsAllEntriesOf(killed.requirementsPerDocument());
    assertThat(loaded.duplicates()).isEmpty();

    // A crawl of the recorded snapshot, killed after ten resources were stored.
    String[] crawl = {"crawl", "--offline", "../seed-data/snapshots", "--data", dir};
    try (AppProcess first = AppProcess.start("killed-crawl", Map.of(), crawl)) {
      first.awaitLines(RESOURCE_STORED, 10, RUN);
      first.kill();
    }
    Census crawlKilled = Census.of(data);
    assertThat(crawlKilled.nodes())
        .as("the killed crawl stored something")
        .isGreaterThan(loaded.nodes());

    AppProcess again = AppProcess.start("crawl-rerun", Map.of(), crawl);
    assertThat(again.waitFor(RUN)).as(String.join("\n", again.lines())).isZero();
    Census crawled = Census.of(data);

    assertThat(crawled.crawlRuns())
        .as("the rerun recorded a run per source; the killed one, those it finished")
        .isGreaterThan(crawlKilled.crawlRuns());
    assertThat(crawled.duplicates()).isEmpty();
    crawlKilled
        .requirementsPerDocument()
        .forEach(
            (document, requirements) ->
                assertThat(requirements)
                    .as("%s after the killed crawl: as before it, or as after the rerun", document)
                    .isIn(
                        loaded.requirementsPerDocument().getOrDefault(document, 0L),
                        crawled.requirementsPerDocument().get(document)));
  }
}
