package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code export comments} as a user meets it: help and usage errors, before any start. */
class ExportCommentsCommandTests {

  static CommandRun run(String... args) {
    return CommandRun.of(RegintelCommand.commandLine(), args);
  }

  @Test
  void exportHelpListsTheCommentsSubcommand() {
    assertThat(run("export", "--help").out())
        .contains("--out=FILE")
        .containsPattern("(?m)^  comments +write a comment sheet for a draft");
  }

  @Test
  void commentsHelpListsItsOptions() {
    CommandRun run = run("export", "comments", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: regintel export comments ",
            "--document=ID",
            "--format=FORMAT",
            "--out=FILE",
            "--data=DIR");
  }

  @Test
  void commentsWithoutADocumentIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("export", "comments"),
        "regintel export comments",
        "Missing required option: '--document=ID'");
  }

  @Test
  void commentsInAnUnknownFormatIsAUsageError() {
    CommandLineTests.assertUsageError(
        run("export", "comments", "--document", "doc:x", "--format", "pdf"),
        "regintel export comments",
        "--format: xlsx or csv, not 'pdf'");
  }

  @Test
  void exportWithoutASubcommandStillNeedsOut() {
    CommandLineTests.assertUsageError(
        run("export"), "regintel export", "Missing required option: '--out=FILE'");
  }
}
