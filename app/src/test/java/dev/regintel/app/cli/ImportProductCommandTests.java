package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import product} as a user meets it: help and usage errors, before any start, beside the
 * {@code import FILE} of backups.
 */
class ImportProductCommandTests {

  @TempDir Path dir;

  static CommandRun run(String... args) {
    return CommandRun.of(RegintelCommand.commandLine(), args);
  }

  @Test
  void importHelpListsTheProductSubcommand() {
    assertThat(run("import", "--help").out())
        .contains("Usage: regintel import ", "FILE", "--replace")
        .containsPattern(
            "(?m)^  product +import a product file: OSCAL component definition or product sheet");
  }

  @Test
  void productHelpListsItsOptions() {
    CommandRun run = run("import", "product", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: regintel import product ",
            "FILE",
            "--format=FORMAT",
            "--dry-run",
            "--data=DIR",
            "--neo4j-uri=URI",
            "docs/vendors.md");
  }

  @Test
  void productWithoutAFileIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("import", "product"), "regintel import product", "Missing required parameter: 'FILE'");
  }

  @Test
  void productOfAMissingFileIsAUsageError() {
    Path missing = dir.resolve("missing.json");
    CommandLineTests.assertUsageError(
        run("import", "product", missing.toString()),
        "regintel import product",
        "no product file " + missing);
  }

  @Test
  void productInAnUnknownFormatIsAUsageErrorNamingTheFormats() {
    CommandLineTests.assertUsageError(
        run("import", "product", "--format", "pdf", "sheet.pdf"),
        "regintel import product",
        "--format: oscal-json, oscal-xml, csv or yaml, not 'pdf'");
  }

  @Test
  void aFileWhoseExtensionNamesNoFormatNeedsFormat() {
    CommandLineTests.assertUsageError(
        run("import", "product", "sheet.txt"),
        "regintel import product",
        "cannot tell the format of sheet.txt from its extension: give --format oscal-json,"
            + " oscal-xml, csv or yaml");
  }

  @Test
  void importOfABackupStillTakesItsFileAndNeedsIt() {
    CommandLineTests.assertUsageError(
        run("import"), "regintel import", "Missing required parameter: 'FILE'");
    Path missing = dir.resolve("backup.jsonl.gz");
    CommandLineTests.assertUsageError(
        run("import", missing.toString()), "regintel import", "no backup file " + missing);
  }
}
