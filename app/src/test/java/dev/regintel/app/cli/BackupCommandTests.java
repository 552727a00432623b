package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} and {@code import} as a user meets them: help and usage errors, before any start.
 */
class BackupCommandTests {

  @TempDir Path dir;

  static CommandRun run(String... args) {
    return CommandRun.of(RegintelCommand.commandLine(), args);
  }

  @Test
  void helpListsExportAndImport() {
    assertThat(run("--help").out())
        .containsPattern("(?m)^  export +back the whole graph up to a file")
        .containsPattern("(?m)^  import +restore the graph from a backup file");
  }

  @Test
  void exportHelpListsItsOptions() {
    CommandRun run = run("export", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: regintel export ", "--out=FILE", "--data=DIR", "--neo4j-uri=URI")
        .contains("docs/backup.md");
  }

  @Test
  void importHelpListsItsOptions() {
    CommandRun run = run("import", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: regintel import ", "FILE", "--replace", "--data=DIR", "--neo4j-uri=URI");
  }

  @Test
  void exportWithoutOutIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("export"), "regintel export", "Missing required option: '--out=FILE'");
  }

  @Test
  void exportIntoAMissingDirectoryIsAUsageError() {
    Path out = dir.resolve("missing/backup.jsonl");
    CommandLineTests.assertUsageError(
        run("export", "--out", out.toString()),
        "regintel export",
        "--out: no directory " + out.getParent());
  }

  @Test
  void exportOntoADirectoryIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("export", "--out", dir.toString()), "regintel export", "is a directory");
  }

  @Test
  void importWithoutAFileIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("import"), "regintel import", "Missing required parameter: 'FILE'");
  }

  @Test
  void importOfAMissingFileIsAUsageError() {
    Path missing = dir.resolve("nothing.jsonl");
    CommandLineTests.assertUsageError(
        run("import", missing.toString()), "regintel import", "no backup file " + missing);
  }

  @Test
  void importOfADirectoryIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("import", dir.toString()), "regintel import", "no backup file " + dir);
  }
}
