package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.crawlers.Source;
import dev.regintel.crawlers.source.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class CrawlCommandTests {

  static CrawlCommand.Plan plan(String... args) {
    CrawlCommand command = new CrawlCommand();
    new CommandLine(command).parseArgs(args);
    return command.plan();
  }

  @Test
  void withoutSourcesEveryRegisteredSourceIsCrawled() {
    assertThat(plan().sources()).extracting(Source::name).isEqualTo(Sources.names());
  }

  @Test
  void sourcesAreChosenByNameRepeatedOrWithCommasEachOnce() {
    assertThat(plan("--source", "etsi,nist").sources())
        .extracting(Source::name)
        .containsExactly("etsi", "nist");
    assertThat(plan("--source", "nist", "--source=etsi,nist", "--source", "enisa").sources())
        .extracting(Source::name)
        .containsExactly("nist", "etsi", "enisa");
  }

  @Test
  void anUnknownSourceIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> plan("--source", "nits"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("unknown source nits")
        .hasMessageContaining("known: nist, enisa");
  }

  @Test
  void offlineNeedsASnapshotDirectoryHoldingTheSources(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> plan("--offline", dir.resolve("none").toString()))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("no snapshot directory");
    assertThatThrownBy(() -> plan("--offline", dir.toString()))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("holds no snapshot of any source");
    Files.createDirectories(dir.resolve("nist"));
    Files.writeString(dir.resolve("nist/index.json"), "{\"entries\": []}");
    assertThatThrownBy(() -> plan("--offline", dir.toString(), "--source", "etsi"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("has no etsi");

    CrawlCommand.Plan plan = plan("--offline", dir.toString());
    assertThat(plan.sources()).extracting(Source::name).containsExactly("nist");
    assertThat(plan.notes()).singleElement().asString().contains("not in the snapshot");
  }

  @Test
  void offlineAndRecordExcludeEachOther() {
    assertThatThrownBy(() -> plan("--offline", "a", "--record", "b"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("give one of them");
  }

  @Test
  void recordingNamesItsDirectory() {
    CrawlCommand.Plan plan = plan("--record", "/tmp/snap", "--source", "nist");
    assertThat(plan.record()).isEqualTo(Path.of("/tmp/snap"));
    assertThat(plan.offline()).isNull();
  }

  @Test
  void theShippedSnapshotCoversEverySource() {
    assertThat(plan("--offline", "../seed-data/snapshots").sources())
        .extracting(Source::name)
        .isEqualTo(Sources.names());
  }
}
