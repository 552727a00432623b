package dev.regintel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regintel.app.internal.RegintelException;
import dev.regintel.crawlers.source.Sources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line as a user meets it: help, version, and usage errors, which are all answered
 * before anything starts (no Spring context, no Neo4j).
 */
class CommandLineTests {

  static CommandRun run(String... args) {
    return CommandRun.of(RegintelCommand.commandLine(), args);
  }

  /** A usage error: status 2, the message, the command's usage line and where to find more. */
  static void assertUsageError(CommandRun run, String command, String... message) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(command + ": ")
        .contains(message)
        .contains("Usage: " + command + " ")
        .contains("Run '" + command + " --help' for more.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpListsEveryCommand() {
    CommandRun run = run("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: regintel ")
        .containsPattern("(?m)^  serve +serve the GraphQL API")
        .containsPattern("(?m)^  load +validate and load seed-data files")
        .containsPattern("(?m)^  crawl +crawl the regulators' sites")
        .containsPattern("(?m)^  bench +run a benchmark")
        .contains("--version")
        .contains("Run 'regintel COMMAND --help' for a command's options.");
  }

  @Test
  void helpIsAlsoACommand() {
    assertThat(run("help").out()).isEqualTo(run("--help").out());
    assertThat(run("help", "crawl").out()).isEqualTo(run("crawl", "--help").out());
  }

  @Test
  void serveHelpListsEveryOption() {
    CommandRun run = run("serve", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: regintel serve ")
        .contains("/graphql", "/graphiql", "/actuator/health")
        .contains("--port=N", "HTTP port (default 8080)")
        .contains("--data=DIR", "--neo4j-uri=URI", "REGINTEL_NEO4J_USER")
        .contains("--seed=DIR", "--no-seed")
        .doesNotContain("COMMAND");
  }

  @Test
  void loadHelpListsItsOptionsAndOperands() {
    CommandRun run = run("load", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: regintel load ")
        .contains("[PATH...]", "--data=DIR", "--neo4j-uri=URI")
        .contains("the exit status is 1");
  }

  @Test
  void crawlHelpListsEveryOptionAndEverySource() {
    CommandRun run = run("crawl", "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Usage: regintel crawl ")
        .contains("--source=NAME", "--offline=DIR", "--record=DIR", "--user-agent=UA")
        .contains("--data=DIR", "--neo4j-uri=URI", "--seed=DIR", "--no-seed");
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("Sources: " + String.join(", ", Sources.names()));
  }

  @Test
  void versionNamesTheBuildAndTheJava() {
    CommandRun run = run("--version");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .containsPattern("^regintel \\d+\\.\\d+\\.\\d+")
        .contains("Java " + Runtime.version());
    assertThat(run("crawl", "--version").out()).isEqualTo(run.out());
  }

  @Test
  void theVersionLinesSayWhatIsKnown() {
    Properties build = new Properties();
    build.setProperty("build.version", "1.2.3");
    build.setProperty("build.time", "2026-12-04T20:00:00Z");
    Properties git = new Properties();
    git.setProperty("git.commit.id.abbrev", "59327e3");
    git.setProperty("git.commit.time", "2026-12-04T19:00:00Z");
    git.setProperty("git.dirty", "true");
    assertThat(BuildVersion.lines(build, git))
        .startsWith(
            "regintel 1.2.3",
            "git commit 59327e3 (2026-12-04T19:00:00Z) with uncommitted changes",
            "built 2026-12-04T20:00:00Z");
    assertThat(BuildVersion.lines(new Properties(), new Properties()).getFirst())
        .isEqualTo("regintel (version unknown: no build info)");
  }

  @Test
  void theServiceSaysWhereTheBenchmarksAre() {
    CommandRun run = run("bench", "trace", "--scale", "1");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "regintel bench: the benchmarks are not in the service's jar but in the bench"
                + " module's: run ./regintel bench ..., which builds and starts"
                + " bench/target/regintel-bench.jar\n");
  }

  @Test
  void noCommandIsAUsageError() {
    assertUsageError(run(), "regintel", "name a command");
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithASuggestion() {
    CommandRun run = run("srve");
    assertUsageError(run, "regintel", "'srve'");
    assertThat(run.err()).contains("Did you mean", "serve");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertUsageError(run("crawl", "--bogus"), "regintel crawl", "Unknown option: '--bogus'");
    assertUsageError(run("serve", "--prot", "1"), "regintel serve", "'--prot'");
  }

  @Test
  void aMissingValueIsAUsageError() {
    assertUsageError(run("serve", "--port"), "regintel serve", "--port", "Missing");
    assertUsageError(run("crawl", "--offline"), "regintel crawl", "--offline", "Missing");
  }

  @Test
  void anOperandWhereNoneIsTakenIsAUsageError() {
    assertUsageError(run("serve", "stray"), "regintel serve", "'stray'");
  }

  @Test
  void anOptionGivenTwiceIsAUsageError() {
    assertUsageError(
        run("load", "--data", "a", "--data", "b"), "regintel load", "--data", "only once");
  }

  @Test
  void aPortOutsideItsRangeIsAUsageErrorNamingTheValue() {
    assertUsageError(
        run("serve", "--port", "99999"),
        "regintel serve",
        "--port",
        "must be a whole number from 1 to 65535, not '99999'");
    assertUsageError(run("serve", "--port=x"), "regintel serve", "not 'x'");
    assertUsageError(run("serve", "--port", "0"), "regintel serve", "not '0'");
  }

  @Test
  void anUnknownSourceIsAUsageErrorNamingTheKnownOnes() {
    assertUsageError(
        run("crawl", "--source", "nist,nits"),
        "regintel crawl",
        "unknown source nits",
        "known: " + String.join(", ", Sources.names()));
  }

  @Test
  void offlineAndRecordTogetherAreAUsageError() {
    assertUsageError(
        run("crawl", "--offline", "a", "--record", "b"), "regintel crawl", "give one of them");
  }

  @Test
  void aMissingSnapshotDirectoryIsAUsageError() {
    assertUsageError(
        run("crawl", "--offline", "/no/such/snapshot"),
        "regintel crawl",
        "no snapshot directory /no/such/snapshot");
  }

  @Test
  void aRegintelExceptionIsToldAsItsMessageWithStatusOne() throws Exception {
    CommandLine line = RegintelCommand.commandLine();
    StringWriter err = new StringWriter();
    line.setErr(new PrintWriter(err, true));
    CommandLine load = line.getSubcommands().get("load");
    int status =
        RegintelCommand.failure(
            new IllegalStateException(
                "context failed", new RegintelException("The data directory is in use")),
            load,
            null);
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("regintel load: The data directory is in use\n");
  }

  @Test
  void anyOtherFailureIsNotHidden() {
    IllegalStateException bug = new IllegalStateException("a bug");
    assertThatThrownBy(() -> RegintelCommand.failure(bug, RegintelCommand.commandLine(), null))
        .isSameAs(bug);
  }
}
