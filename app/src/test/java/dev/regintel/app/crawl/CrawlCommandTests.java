package dev.regintel.app.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.cli.CommandLine;
import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.source.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlCommandTests {

  static final Map<String, CommandLine.Spec> SPECS =
      Map.of(
          "crawl",
          new CommandLine.Spec(
              "crawl",
              Set.of("source", "offline", "record"),
              Set.of(),
              false,
              "",
              Set.of("source")));

  static CrawlCommand.Plan plan(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "crawl";
    System.arraycopy(args, 0, all, 1, args.length);
    return CrawlCommand.plan(CommandLine.parse(all, SPECS));
  }

  @Test
  void withoutSourcesEveryRegisteredSourceIsCrawled() {
    assertThat(plan().sources()).extracting(Source::name).isEqualTo(Sources.names());
  }

  @Test
  void sourcesAreChosenByName() {
    assertThat(plan("--source", "etsi,nist").sources())
        .extracting(Source::name)
        .containsExactly("etsi", "nist");
  }

  @Test
  void anUnknownSourceIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> plan("--source", "nits"))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessageContaining("unknown source nits")
        .hasMessageContaining("known: nist, enisa");
  }

  @Test
  void offlineNeedsASnapshotDirectoryHoldingTheSources(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> plan("--offline", dir.resolve("none").toString()))
        .hasMessageContaining("no snapshot directory");
    assertThatThrownBy(() -> plan("--offline", dir.toString()))
        .hasMessageContaining("holds no snapshot of any source");
    Files.createDirectories(dir.resolve("nist"));
    Files.writeString(dir.resolve("nist/index.json"), "{\"entries\": []}");
    assertThatThrownBy(() -> plan("--offline", dir.toString(), "--source", "etsi"))
        .hasMessageContaining("has no etsi");

    CrawlCommand.Plan plan = plan("--offline", dir.toString());
    assertThat(plan.sources()).extracting(Source::name).containsExactly("nist");
    assertThat(plan.notes()).singleElement().asString().contains("not in the snapshot");
  }

  @Test
  void offlineAndRecordExcludeEachOther() {
    assertThatThrownBy(() -> plan("--offline", "a", "--record", "b"))
        .hasMessageContaining("give one of them");
  }

  @Test
  void theShippedSnapshotCoversEverySource() {
    assertThat(plan("--offline", "../seed-data/snapshots").sources())
        .extracting(Source::name)
        .isEqualTo(Sources.names());
  }
}
