package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code export coverage} as a user meets it: help and usage errors, before any start. */
class ExportCoverageCommandTests {

  static final String COMMAND = "regintel export coverage";

  static CommandRun run(String... args) {
    return CommandRun.of(RegintelCommand.commandLine(), args);
  }

  @Test
  void exportHelpListsTheCoverageSubcommand() {
    assertThat(run("export", "--help").out())
        .containsPattern("(?m)^  coverage +write a device's coverage for chosen markets");
  }

  @Test
  void coverageHelpListsItsOptionsAndExitStatuses() {
    CommandRun run = run("export", "coverage", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: " + COMMAND + " ",
            "--device=ID",
            "--markets=LIST",
            "--format=FORMAT",
            "--lang=LANG",
            "--out=FILE",
            "--data=DIR",
            "Exit status")
        .contains("csv (default), json, xlsx, oscal or html");
  }

  @Test
  void coverageWithoutADeviceIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("export", "coverage"), COMMAND, "Missing required option: '--device=ID'");
  }

  @Test
  void anUnknownFormatOrLanguageIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("export", "coverage", "--device", "dev:x", "--format", "pdf"),
        COMMAND,
        "format must be csv, json, xlsx, oscal, html, not 'pdf'");
    CommandLineTests.assertUsageError(
        run("export", "coverage", "--device", "dev:x", "--format", "html", "--lang", "de"),
        COMMAND,
        "lang must be en or ja, not 'de'");
  }

  @Test
  void moreThanTwentyMarketsIsAUsageError() {
    StringBuilder codes = new StringBuilder();
    for (char c = 'A'; c < 'A' + 21; c++) {
      codes.append(c).append('A').append(',');
    }
    CommandLineTests.assertUsageError(
        run("export", "coverage", "--device", "dev:x", "--markets", codes.toString()),
        COMMAND,
        "markets: at most 20 codes, not 21");
  }

  @Test
  void xlsxNeedsAnOutFile() {
    CommandLineTests.assertUsageError(
        run("export", "coverage", "--device", "dev:x", "--format", "xlsx"),
        COMMAND,
        "--format xlsx needs --out FILE");
  }

  @Test
  void anOutFileInADirectoryThatDoesNotExistIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("export", "coverage", "--device", "dev:x", "--out", "no-such-dir/cov.csv"),
        COMMAND,
        "--out: no directory");
  }
}
